package webcare.ui.inbox.model;

import java.util.Objects;
import webcare.store.api.InboxRepository.Status;

/**
 * How to take back the last status or assignment change: the item's earlier status, or its earlier
 * assignee (null: nobody).
 */
public sealed interface Undo {

    long mentionId();

    /** Sets the status back to {@code previous}. */
    record StatusBack(long mentionId, Status previous) implements Undo {
        public StatusBack {
            Objects.requireNonNull(previous, "previous");
        }
    }

    /** Gives the item back to {@code previous}, or to nobody when null. */
    record AssigneeBack(long mentionId, String previous) implements Undo {}
}

package webcare.store.api;

import java.time.Instant;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * The store opened a database file that had to be recovered, after keeping a copy of the file
 * as it was. {@code copy} is that copy's path; {@code mentionsAtLastClose} is how many mentions
 * the file held when the workbench last closed it (empty when unknown, e.g. after a crash),
 * {@code mentionsNow} how many it holds after the recovery. {@code message} is one line for
 * people: what happened, where the copy is, what to do.
 */
public record Recovery(Cause cause, Instant at, String copy, OptionalLong mentionsAtLastClose, long mentionsNow,
        String message) {

    /** Why the file needed recovery. */
    public enum Cause {
        /** The workbench did not close the file last time: a crash, a power cut, a forced stop. */
        NOT_CLOSED_CLEANLY,
        /** The file changed on disk after the workbench closed it (a backup put back, say), and nothing is missing. */
        CHANGED_ON_DISK,
        /**
         * The file was damaged on disk after it was closed (cut short, overwritten): H2 could only
         * recover an earlier state, or mentions are missing compared with the last close.
         */
        DAMAGED
    }

    public Recovery {
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(copy, "copy");
        Objects.requireNonNull(mentionsAtLastClose, "mentionsAtLastClose");
        Objects.requireNonNull(message, "message");
    }

    /** Whether the file now holds fewer mentions than when the workbench last closed it. */
    public boolean mentionsLost() {
        return mentionsAtLastClose.isPresent() && mentionsNow < mentionsAtLastClose.getAsLong();
    }
}

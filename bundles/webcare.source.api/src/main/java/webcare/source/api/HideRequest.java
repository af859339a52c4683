package webcare.source.api;

import java.util.Objects;
import webcare.model.Mention;
import webcare.model.MentionKind;

/**
 * A mention to hide from the public on its platform: its author and their friends still see it,
 * others do not. Nothing is deleted.
 *
 * @param externalId the mention's {@link Mention#externalId()} (required)
 * @param threadId   the mention's {@link Mention#threadId()}; null when it is a thread itself
 * @param kind       the mention's {@link Mention#kind()} (required): platforms hide some kinds only
 */
public record HideRequest(String externalId, String threadId, MentionKind kind) {

    public HideRequest {
        ReplyRequest.requireText(externalId, "externalId");
        Objects.requireNonNull(kind, "kind");
    }

    /** A request to hide {@code mention}. */
    public static HideRequest of(Mention mention) {
        return new HideRequest(mention.externalId(), mention.threadId(), mention.kind());
    }
}

package webcare.source.api;

import java.util.Objects;
import webcare.model.Mention;
import webcare.model.MentionKind;

/**
 * An answer to post below a mention, in public, as the organisation.
 *
 * @param externalId the mention's {@link Mention#externalId()}, the item answered (required)
 * @param threadId   the mention's {@link Mention#threadId()}; null when it is a thread itself
 * @param kind       the mention's {@link Mention#kind()} (required)
 * @param text       the answer as it is to appear, plain text (required, not blank)
 */
public record ReplyRequest(String externalId, String threadId, MentionKind kind, String text) {

    public ReplyRequest {
        requireText(externalId, "externalId");
        Objects.requireNonNull(kind, "kind");
        requireText(text, "text");
    }

    /** An answer {@code text} to {@code mention}. */
    public static ReplyRequest to(Mention mention, String text) {
        return new ReplyRequest(mention.externalId(), mention.threadId(), mention.kind(), text);
    }

    static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
    }
}

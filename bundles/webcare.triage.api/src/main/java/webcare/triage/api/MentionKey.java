package webcare.triage.api;

import java.util.Objects;
import webcare.model.Mention;

/** The identity of a mention: ({@code source}, {@code instance}, {@code externalId}), as in {@link Mention}. */
public record MentionKey(String source, String instance, String externalId) {

    public MentionKey {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(instance, "instance");
        Objects.requireNonNull(externalId, "externalId");
    }

    public static MentionKey of(Mention mention) {
        return new MentionKey(mention.source(), mention.instance(), mention.externalId());
    }
}

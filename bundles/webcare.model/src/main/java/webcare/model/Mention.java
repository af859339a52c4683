package webcare.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One item said about the organisation: a post, comment, reply, review or message, normalised
 * from whatever platform it came from. Identity is ({@code source}, {@code instance},
 * {@code externalId}): the same item fetched twice is the same mention, and an edit arrives with
 * the same identity and a later {@code updated}.
 *
 * @param source     the platform type: {@code twitter}, {@code facebook}, {@code google},
 *                   {@code trustpilot}, {@code feed}, {@code file}, … (required)
 * @param instance   the configured instance it came through, e.g. {@code brand}; empty for imports
 * @param externalId the platform's id of the item (required)
 * @param kind       post, comment, reply, review or message (required)
 * @param threadId   the conversation or post the item belongs to; null when it is one itself
 * @param inReplyTo  the external id of the item this one answers; null when none
 * @param author     who wrote it; null when the platform does not say
 * @param text       what was said (required; may be empty for a rating without text)
 * @param lang       BCP 47 language the platform reports, e.g. {@code nl}; null when unknown
 * @param rating     star rating 1–5 for reviews; null when none
 * @param url        where people can see it; null when unknown
 * @param created    when it was written (UTC instant, required)
 * @param updated    when it was last edited on the platform; null when never
 * @param raw        the platform's payload for audit (JSON or XML text); null when not kept
 * @param truncated  true when a field was longer than the workbench keeps and was cut: longer
 *                   values are cut here, so a huge or hostile payload never reaches the store
 */
public record Mention(String source, String instance, String externalId, MentionKind kind, String threadId,
        String inReplyTo, Author author, String text, String lang, Integer rating, String url, Instant created,
        Instant updated, String raw, boolean truncated) {

    /** Longest text kept, in characters; a longer one is cut and flagged. */
    public static final int MAX_TEXT = 20_000;
    /** Longest raw payload kept, in characters. */
    public static final int MAX_RAW = 200_000;
    /** Longest id, name, URL or other short field kept, in characters. */
    public static final int MAX_FIELD = 2_000;

    public Mention {
        int before = length(source, instance, externalId, threadId, inReplyTo, text, lang, url, raw);
        source = cut(source, MAX_FIELD);
        instance = cut(instance, MAX_FIELD);
        externalId = cut(externalId, MAX_FIELD);
        threadId = cut(threadId, MAX_FIELD);
        inReplyTo = cut(inReplyTo, MAX_FIELD);
        text = cut(text, MAX_TEXT);
        lang = cut(lang, MAX_FIELD);
        url = cut(url, MAX_FIELD);
        raw = cut(raw, MAX_RAW);
        truncated = truncated || before != length(source, instance, externalId, threadId, inReplyTo, text, lang, url, raw);
        requireText(source, "source");
        Objects.requireNonNull(instance, "instance");
        requireText(externalId, "externalId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(created, "created");
        if (rating != null && (rating < 1 || rating > 5)) {
            throw new IllegalArgumentException("rating must be 1 to 5, not " + rating);
        }
    }

    private static String cut(String value, int max) {
        if (value == null || value.length() <= max) {
            return value;
        }
        // never split a surrogate pair
        int end = Character.isHighSurrogate(value.charAt(max - 1)) ? max - 1 : max;
        return value.substring(0, end);
    }

    private static int length(String... values) {
        int total = 0;
        for (String value : values) {
            total += value == null ? 0 : value.length();
        }
        return total;
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
    }
}

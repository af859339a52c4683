package webcare.source.file;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import webcare.model.Author;
import webcare.model.Mention;
import webcare.model.MentionKind;

/**
 * The fields of one line as a reader found them, checked and made into a {@link Mention}. Null
 * means absent. Reasons name fields the way the file does: {@code author.id} in JSON Lines,
 * {@code author_id} in CSV.
 */
final class MentionFields {

    /** A field's value is not acceptable; the message is the reason, one line. */
    static final class BadField extends Exception {
        private static final long serialVersionUID = 1L;

        BadField(String reason) {
            super(reason, null, false, false);
        }
    }

    private static final int QUOTE_AT_MOST = 60;

    private final String authorPrefix;
    String source;
    String instance;
    String id;
    String kind;
    String created;
    String updated;
    String thread;
    String inReplyTo;
    String authorId;
    String authorHandle;
    String authorName;
    Long authorFollowers;
    String authorUrl;
    String text;
    String lang;
    Long rating;
    String url;
    boolean truncated;
    String raw;

    /** @param authorPrefix how the file names the author's fields: {@code "author."} or {@code "author_"} */
    MentionFields(String authorPrefix) {
        this.authorPrefix = authorPrefix;
    }

    String authorField(String name) {
        return authorPrefix + name;
    }

    Mention toMention() throws BadField {
        require(source, "source");
        require(id, "id");
        if (text == null) {
            throw new BadField("'text' is missing");
        }
        if (created == null) {
            throw new BadField("'created' is missing");
        }
        Instant createdAt = instant(created, "created");
        Instant updatedAt = updated == null ? null : instant(updated, "updated");
        if (rating != null && (rating < 1 || rating > 5)) {
            throw new BadField("'rating' must be 1 to 5: " + rating);
        }
        if (authorFollowers != null && authorFollowers < 0) {
            throw new BadField("'" + authorField("followers") + "' must be 0 or more: " + authorFollowers);
        }
        Author author = authorId == null && authorHandle == null && authorName == null && authorFollowers == null
                && authorUrl == null ? null
                        : new Author(wellFormed(authorId), wellFormed(authorHandle), wellFormed(authorName),
                                authorFollowers, wellFormed(authorUrl));
        return new Mention(wellFormed(source), instance == null ? "" : wellFormed(instance), wellFormed(id),
                kind(), wellFormed(thread), wellFormed(inReplyTo), author, wellFormed(text), wellFormed(lang),
                rating == null ? null : rating.intValue(), wellFormed(url), createdAt, updatedAt, wellFormed(raw),
                truncated);
    }

    private static void require(String value, String name) throws BadField {
        if (value == null) {
            throw new BadField("'" + name + "' is missing");
        }
        if (value.isBlank()) {
            throw new BadField("'" + name + "' is empty");
        }
    }

    private MentionKind kind() throws BadField {
        if (kind == null) {
            return MentionKind.POST;
        }
        for (MentionKind each : MentionKind.values()) {
            if (each.id().equals(kind)) {
                return each;
            }
        }
        throw new BadField("'kind' must be post, comment, reply, review or message: " + quote(kind));
    }

    private static Instant instant(String value, String name) throws BadField {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadField("'" + name + "' is not an ISO-8601 instant: " + quote(value));
        }
    }

    /**
     * {@code value} with every unpaired surrogate replaced by U+FFFD, like an undecodable byte: a
     * JSON {@code \ud800} escape can make one, and UTF-8 cannot encode it.
     */
    static String wellFormed(String value) {
        if (value == null) {
            return null;
        }
        int length = value.length();
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++; // a pair, as in every emoji: fine
            } else if (Character.isSurrogate(c)) {
                return replaceUnpaired(value, i);
            }
        }
        return value;
    }

    private static String replaceUnpaired(String value, int from) {
        StringBuilder fixed = new StringBuilder(value.length()).append(value, 0, from);
        for (int i = from; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                fixed.append(c).append(value.charAt(++i));
            } else {
                fixed.append(Character.isSurrogate(c) ? '\uFFFD' : c);
            }
        }
        return fixed.toString();
    }

    /** A value for a message: in double quotes, escaped, at most {@value #QUOTE_AT_MOST} characters. */
    static String quote(String value) {
        StringBuilder quoted = new StringBuilder("\"");
        int end = Math.min(value.length(), QUOTE_AT_MOST);
        if (end < value.length() && Character.isHighSurrogate(value.charAt(end - 1))) {
            end--;
        }
        for (int i = 0; i < end; i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                case '\t' -> quoted.append("\\t");
                default -> {
                    if (c < ' ' || c == '\u2028' || c == '\u2029') {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append(value.length() > end ? "…\"" : "\"").toString();
    }
}

package webcare.source.file;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
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

    /**
     * A field's value is not acceptable: the reason as a text of {@link Texts} and its arguments,
     * said in the reader's language by {@link #reason}.
     */
    static final class BadField extends Exception {
        private static final long serialVersionUID = 1L;

        private final transient Object[] arguments;

        BadField(String key, Object... arguments) {
            super(key, null, false, false);
            this.arguments = arguments.clone();
        }

        /** The reason, one line, in the language of {@code texts}. */
        String reason(Texts texts) {
            return texts.format(getMessage(), arguments);
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
            throw new BadField("field.missing", "text");
        }
        if (created == null) {
            throw new BadField("field.missing", "created");
        }
        Instant createdAt = instant(created, "created");
        Instant updatedAt = updated == null ? null : instant(updated, "updated");
        if (rating != null && (rating < 1 || rating > 5)) {
            throw new BadField("field.rating", String.valueOf(rating));
        }
        if (authorFollowers != null && authorFollowers < 0) {
            throw new BadField("field.notNegative", authorField("followers"), String.valueOf(authorFollowers));
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
            throw new BadField("field.missing", name);
        }
        if (value.isBlank()) {
            throw new BadField("field.empty", name);
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
        throw new BadField("field.kind", quote(kind));
    }

    private static Instant instant(String value, String name) throws BadField {
        try {
            return parseInstant(value);
        } catch (DateTimeParseException e) {
            throw new BadField("field.instant", name, quote(value));
        }
    }

    /**
     * {@link Instant#parse}, with a fast path for the form nearly every file uses,
     * {@code 2026-10-25T08:00:00Z} with up to nine fraction digits: {@code Instant.parse} took a
     * quarter of the time spent reading a line.
     */
    static Instant parseInstant(String value) {
        int length = value.length();
        if (length >= 20 && length <= 30 && length != 21 && value.charAt(4) == '-' && value.charAt(7) == '-'
                && value.charAt(10) == 'T' && value.charAt(13) == ':' && value.charAt(16) == ':'
                && value.charAt(length - 1) == 'Z' && (length == 20 || value.charAt(19) == '.')) {
            int year = digits(value, 0, 4);
            int month = digits(value, 5, 2);
            int day = digits(value, 8, 2);
            int hour = digits(value, 11, 2);
            int minute = digits(value, 14, 2);
            int second = digits(value, 17, 2);
            int nanos = 0;
            if (length > 20) {
                int fraction = length - 21;
                nanos = digits(value, 20, fraction);
                for (int i = fraction; i < 9 && nanos >= 0; i++) {
                    nanos *= 10;
                }
            }
            if (year >= 0 && month >= 1 && month <= 12 && day >= 1
                    && day <= Month.of(month).length(Year.isLeap(year)) && hour >= 0 && hour < 24
                    && minute >= 0 && minute < 60 && second >= 0 && second < 60 && nanos >= 0) {
                long days = LocalDate.of(year, month, day).toEpochDay();
                return Instant.ofEpochSecond(days * 86_400 + hour * 3_600L + minute * 60L + second, nanos);
            }
        }
        // anything else (offsets, leap seconds, mistakes) the careful way
        return Instant.parse(value);
    }

    /** The number written by {@code count} digits from {@code from}; -1 when one is not a digit. */
    private static int digits(String value, int from, int count) {
        int number = 0;
        for (int i = from; i < from + count; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            number = number * 10 + (c - '0');
        }
        return number;
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
            boolean pair = Character.isHighSurrogate(c) && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1));
            if (pair) {
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

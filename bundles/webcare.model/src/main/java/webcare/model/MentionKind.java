package webcare.model;

import java.util.Locale;

/** What sort of item a mention is on its platform. */
public enum MentionKind {
    POST, COMMENT, REPLY, REVIEW, MESSAGE;

    /** The lower-case name used in files ({@code post}, {@code review}, …). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind for a lower- or upper-case name. */
    public static MentionKind of(String id) {
        return valueOf(id.strip().toUpperCase(Locale.ROOT));
    }
}

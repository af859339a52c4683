package webcare.reply.templates;

import java.util.Locale;

/** The placeholders a template may hold, written {@code {name}} in its text. */
enum Placeholder {
    /** The author's display name; falls back to {@code @handle}. */
    NAME,
    /** The author's handle, without {@code @}. */
    HANDLE,
    /** The first name the team member signs with. */
    AGENT,
    /** The private channel; falls back to the configured one of the template's language. */
    CHANNEL;

    /** How it is written inside the braces. */
    String token() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The placeholder written {@code {token}}, or null for an unknown one. */
    static Placeholder of(String token) {
        for (Placeholder placeholder : values()) {
            if (placeholder.token().equals(token)) {
                return placeholder;
            }
        }
        return null;
    }
}

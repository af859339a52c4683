package webcare.reply.api;

import java.util.Objects;
import java.util.Set;
import webcare.triage.api.Decision;

/**
 * A ready-made answer with placeholders ({@code {name}}, {@code {handle}}, {@code {agent}},
 * {@code {channel}}) filled by {@link ReplyTemplates#fill}.
 *
 * @param id        stable, e.g. {@code respond.acknowledge}; a team's own template with the id of a
 *                  built-in one replaces it
 * @param purpose   what the answer does
 * @param lang      {@code nl} or {@code en}
 * @param title     a few words for a picker, in {@code lang}
 * @param text      the answer with its placeholders
 * @param decisions the triage decisions it fits, never empty
 */
public record ReplyTemplate(String id, Purpose purpose, String lang, String title, String text,
        Set<Decision> decisions) {

    /** What an answer does; a composer may offer them in this order. */
    public enum Purpose { ACKNOWLEDGE, APOLOGISE, MOVE_TO_PRIVATE, CORRECT_FACTS, EXPLAIN_REMOVAL, THANK }

    public ReplyTemplate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        decisions = Set.copyOf(decisions);
        if (decisions.isEmpty()) {
            throw new IllegalArgumentException("template " + id + " fits no decision");
        }
    }
}

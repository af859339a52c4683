package webcare.model.plan;

import java.util.Objects;

/**
 * A reference to one element of a plan, written {@code kind:id} ("role:spokesperson"): how flags,
 * review items, health findings and the audit log say what they are about. The id is the
 * element's own id, except for elements that have none:
 * <ul>
 * <li>{@code organisation} (no id);
 * <li>{@code statement:SCENARIO/holding|update/LANG}, e.g. {@code statement:data-leak/holding/nl};
 * <li>{@code contact:PERSON}, the contact-tree branch of the person who calls;
 * <li>{@code review:YYYY-MM-DD}, an approved review; {@code review} alone, the review cycle.
 * </ul>
 *
 * @param kind which list the element is in
 * @param id   its id there ({@code organisation} has none: the empty string)
 */
public record ItemRef(Kind kind, String id) {

    /** The kinds of element. */
    public enum Kind {
        ORGANISATION,
        PERSON,
        ROLE,
        TASK,
        SCENARIO,
        STATEMENT,
        ESCALATION,
        CONTACT,
        CALENDAR,
        FACT,
        REVIEW;

        /** The word used in references, e.g. "role". */
        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public ItemRef {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
    }

    /** Reads {@code kind:id}; throws IllegalArgumentException naming what is wrong. */
    public static ItemRef parse(String text) {
        int colon = text.indexOf(':');
        String word = colon < 0 ? text : text.substring(0, colon);
        for (Kind kind : Kind.values()) {
            if (kind.word().equals(word)) {
                return new ItemRef(kind, colon < 0 ? "" : text.substring(colon + 1));
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not an item reference: write kind:id, kind one of "
                + java.util.Arrays.stream(Kind.values()).map(Kind::word).toList());
    }

    @Override
    public String toString() {
        return id.isEmpty() ? kind.word() : kind.word() + ":" + id;
    }
}

package webcare.plan.api;

import java.util.Objects;

/**
 * One health-check finding.
 *
 * @param level   how serious
 * @param code    stable code, the same in every language, e.g. {@code role-without-deputy}
 *                (docs/PLAN.md lists them all)
 * @param item    the element it is about, as an ItemRef text ("role:spokesperson")
 * @param message one line for people, in the language the check was asked for: what is wrong and
 *                what to do
 */
public record Finding(Level level, String code, String item, String message) {

    /** How serious a finding is. */
    public enum Level {
        ERROR,
        WARN
    }

    public Finding {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(message, "message");
    }

    /** The line {@code plan check} prints: {@code LEVEL code: message}. */
    @Override
    public String toString() {
        return level + " " + code + ": " + message;
    }
}

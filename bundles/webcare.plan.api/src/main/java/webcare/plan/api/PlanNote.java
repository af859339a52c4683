package webcare.plan.api;

/**
 * What a reader assumed about a plan file written in the plain shape rather than the canonical
 * one (docs/PLAN.md, "The plain shape"): the file was read, and this is how.
 *
 * @param path    where, as a JSON path: {@code $.scenarios[0].severity}
 * @param message what was read there and as what, one line: {@code read "hoog" as 3 (high)}
 */
public record PlanNote(String path, String message) {

    @Override
    public String toString() {
        return path + ": " + message;
    }
}

package webcare.plan.api;

/**
 * One error in a plan or plan file.
 *
 * @param path    where, as a JSON path: {@code $.roles[2].deputies[0]}
 * @param message what is wrong and what to do, one line
 */
public record PlanError(String path, String message) {

    @Override
    public String toString() {
        return path + ": " + message;
    }
}

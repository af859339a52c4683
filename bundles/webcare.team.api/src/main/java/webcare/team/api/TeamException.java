package webcare.team.api;

/** The team could not be read or changed (the database failed, or the change is not allowed as asked). */
public final class TeamException extends Exception {

    private static final long serialVersionUID = 1L;

    public TeamException(String message) {
        super(message);
    }

    public TeamException(String message, Throwable cause) {
        super(message, cause);
    }
}

package webcare.plan.api;

/** The plan could not be read, saved or written; the message says what to do. */
public class PlanException extends Exception {

    private static final long serialVersionUID = 1L;

    public PlanException(String message) {
        super(message);
    }

    public PlanException(String message, Throwable cause) {
        super(message, cause);
    }
}

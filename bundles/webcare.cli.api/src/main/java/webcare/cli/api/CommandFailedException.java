package webcare.cli.api;

/**
 * The command ran but failed, or found problems it has already printed: exit status 1. The
 * message is one line for standard error.
 */
public class CommandFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CommandFailedException(String message) {
        super(message);
    }

    public CommandFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}

package webcare.cli.api;

/** The command was called wrongly: exit status 2; the message is one line saying what to do. */
public class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}

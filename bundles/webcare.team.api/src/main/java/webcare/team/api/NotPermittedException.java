package webcare.team.api;

/** The user's role does not allow what they asked; the message says who can do it. */
public final class NotPermittedException extends Exception {

    private static final long serialVersionUID = 1L;

    public NotPermittedException(String message) {
        super(message);
    }
}

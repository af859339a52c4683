package webcare.notify.api;

/** A notification could not be stored or sent; the message says what to do, and never holds a password. */
public class NotifyException extends Exception {

    private static final long serialVersionUID = 1L;

    public NotifyException(String message) {
        super(message);
    }

    public NotifyException(String message, Throwable cause) {
        super(message, cause);
    }
}

package webcare.response.api;

/** An incident could not be opened, read or changed; the message says why and what to do. */
public class IncidentException extends Exception {

    private static final long serialVersionUID = 1L;

    public IncidentException(String message) {
        super(message);
    }

    public IncidentException(String message, Throwable cause) {
        super(message, cause);
    }
}

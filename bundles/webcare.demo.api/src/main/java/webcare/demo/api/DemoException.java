package webcare.demo.api;

/** The demo data could not be read or written; the message says why, for people. */
public class DemoException extends Exception {
    private static final long serialVersionUID = 1L;

    public DemoException(String message, Throwable cause) {
        super(message, cause);
    }
}

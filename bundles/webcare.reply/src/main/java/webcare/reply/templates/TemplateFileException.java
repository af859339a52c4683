package webcare.reply.templates;

/** A templates file that cannot be used; the message is one line naming the file, the place and what to do. */
public final class TemplateFileException extends Exception {

    private static final long serialVersionUID = 1L;

    TemplateFileException(String message) {
        super(message);
    }
}

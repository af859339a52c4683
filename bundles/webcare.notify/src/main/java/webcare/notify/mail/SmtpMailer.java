package webcare.notify.mail;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.ByteArrayDataSource;
import jakarta.activation.DataHandler;
import java.io.UnsupportedEncodingException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Properties;
import org.eclipse.angus.mail.smtp.SMTPTransport;

/** Sends one plain-text, UTF-8 e-mail through the configured SMTP server (Jakarta Mail with Eclipse Angus). */
final class SmtpMailer {

    /** One attempt failed; the message names the server and what to do, never the password. */
    static final class MailFailure extends Exception {
        private static final long serialVersionUID = 1L;

        MailFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private SmtpMailer() {}

    static void send(MailSettings settings, String address, String name, String subject, String body, Instant at)
            throws MailFailure {
        // Jakarta Mail finds its SMTP provider with ServiceLoader through the context class loader:
        // in OSGi that must be the Angus bundle's, which holds the provider files.
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(SMTPTransport.class.getClassLoader());
        try {
            Session session = Session.getInstance(properties(settings));
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(settings.from(),
                    settings.fromName().isEmpty() ? null : settings.fromName(), "UTF-8"));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(address, name, "UTF-8"));
            message.setSubject(subject, "UTF-8");
            message.setSentDate(Date.from(at));
            // the text as a data source: no content handler (mailcap) has to be found in OSGi
            message.setDataHandler(new DataHandler(
                    new ByteArrayDataSource(body.getBytes(StandardCharsets.UTF_8), "text/plain; charset=UTF-8")));
            message.saveChanges();
            if (settings.user().isEmpty()) {
                Transport.send(message);
            } else {
                Transport.send(message, settings.user(), settings.password());
            }
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is always supported", e);
        } catch (MessagingException e) {
            throw new MailFailure(explain(settings, address, e), e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static Properties properties(MailSettings settings) {
        Properties properties = new Properties();
        String millis = String.valueOf(settings.timeout().toMillis());
        properties.put("mail.transport.protocol", "smtp");
        properties.put("mail.smtp.host", settings.host());
        properties.put("mail.smtp.port", String.valueOf(settings.port()));
        properties.put("mail.smtp.connectiontimeout", millis);
        properties.put("mail.smtp.timeout", millis);
        properties.put("mail.smtp.writetimeout", millis);
        properties.put("mail.smtp.auth", String.valueOf(!settings.user().isEmpty()));
        switch (settings.security()) {
            case STARTTLS -> {
                properties.put("mail.smtp.starttls.enable", "true");
                properties.put("mail.smtp.starttls.required", "true");
                properties.put("mail.smtp.ssl.checkserveridentity", "true");
            }
            case SSL -> {
                properties.put("mail.smtp.ssl.enable", "true");
                properties.put("mail.smtp.ssl.checkserveridentity", "true");
            }
            case NONE -> { }
        }
        return properties;
    }

    /** One line: which server, what went wrong, what to do. */
    static String explain(MailSettings settings, String address, MessagingException e) {
        String server = settings.host() + ":" + settings.port();
        if (e instanceof AuthenticationFailedException) {
            return "the mail server " + server + " refused the login of '" + settings.user()
                    + "': check user and password in " + MailSettings.FILE;
        }
        if (e instanceof SendFailedException failed && failed.getInvalidAddresses() != null
                && failed.getInvalidAddresses().length > 0) {
            return "the mail server " + server + " refused the address " + address + ": " + firstLine(e);
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnknownHostException) {
                return "the mail server " + settings.host() + " is unknown: check host in " + MailSettings.FILE;
            }
            if (cause instanceof ConnectException || cause instanceof SocketTimeoutException) {
                return "the mail server " + server + " cannot be reached (" + firstLine(cause)
                        + "); messages wait and are tried again";
            }
        }
        return "the mail server " + server + " said: " + firstLine(e);
    }

    private static String firstLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse("").strip();
    }
}

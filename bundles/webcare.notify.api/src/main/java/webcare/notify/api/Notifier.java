package webcare.notify.api;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Sends notices to people. Each is written to the database's outbox first and e-mailed in the
 * background; while the mail server is down they wait and are tried again, none is dropped.
 */
@ProviderType
public interface Notifier {

    /** Stores the notices and wakes the sender; returns how many were new (a repeated notice is not). */
    int send(List<Notice> notices) throws NotifyException;

    /** The newest notifications first, at most {@code limit}. */
    List<Notification> recent(int limit) throws NotifyException;

    /** Records that {@code by} has seen notification {@code id}; false when unknown or seen already. */
    boolean acknowledge(long id, String by) throws NotifyException;

    MailStatus status() throws NotifyException;

    /** Sends one test message to {@code address} at once, outside the outbox: checks the mail settings. */
    void sendTest(String address) throws NotifyException;
}

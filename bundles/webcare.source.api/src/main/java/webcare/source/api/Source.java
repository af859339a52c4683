package webcare.source.api;

import java.time.Duration;
import java.util.Optional;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * One configured connector instance: one X query, one Facebook page, one review location, one
 * feed. Registered with the service properties named here, which a connector sets with
 * {@link SourceCapabilities}; {@link #CAN_REPLY}, {@link #CAN_HIDE} and {@link #HAS_RATINGS} say
 * what the platform allows.
 *
 * <p>{@link #fetch} is called by one thread at a time, never on the UI thread.
 */
@ConsumerType
public interface Source {

    /** Service property: the platform type, e.g. {@code twitter}. */
    String TYPE = "webcare.source.type";
    /** Service property (Boolean): the platform lets us answer an item. */
    String CAN_REPLY = "webcare.source.canReply";
    /** Service property (Boolean): the platform lets us hide an item. */
    String CAN_HIDE = "webcare.source.canHide";
    /** Service property (Boolean): items carry a 1–5 star rating. */
    String HAS_RATINGS = "webcare.source.hasRatings";

    /**
     * What to do about {@code etc/<factoryPid>.cfg}, a source file without an instance name after
     * a dash: one sentence, the same wherever it is said (the connector's refusal, {@code sources}).
     */
    static String unnamedFileProblem(String factoryPid) {
        return "a source instance file needs a name after a dash: rename it to " + factoryPid + "-<name>.cfg";
    }

    /** The platform, e.g. {@code twitter}, {@code facebook}, {@code feed}; the mentions' source. */
    String type();

    /** The instance name, from the configuration file name, e.g. {@code brand}. */
    String instance();

    /** How long to wait between two sync passes (the {@code pollSeconds} setting). */
    Duration pollInterval();

    /**
     * A setting this instance cannot run with, found without asking the platform (a file name
     * without an instance name, a value of the wrong type or out of range): the scheduler shows
     * it at once, before any pass, and never polls the instance. Empty when the settings are
     * usable; {@link #fetch} then answers with the same outcome. Quick, no I/O.
     */
    default Optional<FetchOutcome.BadConfiguration> settingsProblem() {
        return Optional.empty();
    }

    /**
     * Fetches one page of items newer than {@code cursor}. Blocks for at most the connector's own
     * timeouts; returns how it went, never throws for anything the platform or the network does.
     *
     * @param cursor where the previous page ended, {@link Cursor#START} for the first fetch ever
     * @throws InterruptedException when the calling thread is interrupted (the instance is being
     *     stopped); nothing is lost, the same cursor is fetched again later
     */
    FetchOutcome fetch(Cursor cursor) throws InterruptedException;
}

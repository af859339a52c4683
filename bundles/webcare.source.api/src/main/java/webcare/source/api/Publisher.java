package webcare.source.api;

import java.util.Optional;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Answering and hiding mentions through the platform of one connector instance. A connector whose
 * platform lets it publish registers one beside each {@link Source} it registers, from the same
 * configuration: both services carry the same {@code service.pid} and {@link Source#TYPE}, so a
 * view pairs them, and an instance without a {@code Publisher} can do neither (the workbench then
 * offers to copy the answer and mark the mention answered). {@link #cannotReply} and
 * {@link #cannotHide} tell per instance, before any click, what is possible.
 *
 * <p>{@link #reply} and {@link #hide} block for at most the connector's request timeout and never on
 * the UI thread; they may be called by several threads at once. They return how it went and never
 * throw for anything the platform, the network or the settings do. Nothing is retried: a reply sent
 * twice is posted twice, so only the caller decides to try again.
 */
@ConsumerType
public interface Publisher {

    /** The platform, e.g. {@code twitter}: the same as its {@link Source#type()}. */
    String type();

    /** The instance name, the same as its {@link Source#instance()}. */
    String instance();

    /**
     * Why this instance cannot answer any mention (a setting the platform needs for it is missing or
     * wrong; the message names it); empty when it can try. Quick, no I/O: for enabling a button.
     */
    Optional<PublishOutcome.Unsupported> cannotReply();

    /** As {@link #cannotReply}, for hiding; a platform that hides nothing always says so. */
    Optional<PublishOutcome.Unsupported> cannotHide();

    /**
     * Posts {@code request}'s text as the organisation's public answer to its mention.
     *
     * @return {@link PublishOutcome.Published} with the new reply's id, or why not; an item this
     *     platform cannot answer (a kind it has no reply for) is {@link PublishOutcome.Unsupported}
     *     without any request
     * @throws InterruptedException when the calling thread is interrupted; whether the platform
     *     received the reply is then unknown
     */
    PublishOutcome reply(ReplyRequest request) throws InterruptedException;

    /**
     * Hides {@code request}'s mention from the public. Hiding an item that is already hidden is
     * {@link PublishOutcome.Published} too; unhiding is not offered.
     *
     * @return {@link PublishOutcome.Published} with the hidden item's id, or why not
     * @throws InterruptedException as for {@link #reply}
     */
    PublishOutcome hide(HideRequest request) throws InterruptedException;
}

package webcare.ui.inbox.model;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import webcare.model.Mention;
import webcare.model.MentionKind;
import webcare.source.api.HideRequest;
import webcare.source.api.PublishOutcome;
import webcare.source.api.PublishOutcome.Published;
import webcare.source.api.Publisher;
import webcare.source.api.ReplyRequest;
import webcare.store.api.InboxRepository;
import webcare.store.api.InboxRepository.Item;
import webcare.store.api.InboxRepository.Reply;
import webcare.store.api.InboxRepository.ReplyAction;
import webcare.store.api.InboxRepository.ReplyState;
import webcare.store.api.InboxRepository.Status;
import webcare.store.api.Store;
import webcare.store.api.StoreException;

/**
 * Answering one item: its draft kept in the store while it is written, publishing through the
 * paired {@link Publisher} (or a hide first, then the explanation), or copying by hand where no
 * platform takes it. The draft is stored before anything goes out and stays a draft until the
 * platform took it, so no failure loses the text; every attempt is stored, and the store's audit
 * records who sent or hid what, when. Every method blocks: call it off the UI thread.
 */
public final class ReplyFlow {

    /**
     * An item to answer, with the draft left from earlier (null when there is none), the team
     * member it is given to when that is someone else, and its last answer that went out.
     */
    public record Opening(Item item, Reply draft, Optional<String> heldBy, Optional<Reply> lastAnswer) {}

    /** How an answer to an item can go out. */
    public sealed interface Route {

        /** Through this platform's publisher. */
        record Publish(Publisher publisher) implements Route {}

        /**
         * By hand: copied, then marked answered. {@code why} is the publisher's reason, or null when
         * no running connector publishes for the item's source.
         */
        record Copy(String why) implements Route {}
    }

    /**
     * How a send ended: the last action tried and its outcome, and the id of the stored draft that
     * still holds the text (0 once the reply went out: nothing is left to send).
     */
    public record Result(ReplyAction action, PublishOutcome outcome, long draftId) {

        public boolean published() {
            return outcome instanceof Published;
        }
    }

    private final Store store;
    private final InboxRepository inbox;
    private final PublisherSet publishers;
    private final Clock clock;
    private final LocalDrafts locals;

    public ReplyFlow(Store store, InboxRepository inbox, PublisherSet publishers, Clock clock) {
        this(store, inbox, publishers, clock, new LocalDrafts(null));
    }

    /** As above, keeping an answer the database cannot take in {@code locals} until it can. */
    public ReplyFlow(Store store, InboxRepository inbox, PublisherSet publishers, Clock clock, LocalDrafts locals) {
        this.store = store;
        this.inbox = inbox;
        this.publishers = publishers;
        this.clock = clock;
        this.locals = locals;
    }

    /** The answer kept on this computer while the database was away, when there is one: newer than any stored draft. */
    public Optional<String> localDraft(long mentionId) {
        return locals.find(mentionId);
    }

    /**
     * The item and its unsent draft, claimed for {@code who} when it is given to nobody (so a
     * teammate sees who is answering it); empty when the item is gone.
     */
    public Optional<Opening> open(long mentionId, String who) throws StoreException {
        return store.inTransaction(tx -> {
            if (inbox.item(tx, mentionId).isEmpty()) {
                return Optional.<Opening>empty();
            }
            Optional<String> heldBy = inbox.claim(tx, mentionId, who, clock.instant());
            List<Reply> replies = inbox.replies(tx, mentionId);
            return Optional.of(new Opening(inbox.item(tx, mentionId).orElseThrow(), draft(replies).orElse(null), heldBy,
                    lastAnswer(replies)));
        });
    }

    /** The item's last answer that went out (sent or copied), by anyone; read now, to warn before a second one. */
    public Optional<Reply> lastAnswer(long mentionId) throws StoreException {
        return store.inTransaction(tx -> lastAnswer(inbox.replies(tx, mentionId)));
    }

    private static Optional<Reply> lastAnswer(List<Reply> replies) {
        for (int i = replies.size() - 1; i >= 0; i--) {
            Reply reply = replies.get(i);
            if (reply.action() == ReplyAction.REPLY
                    && (reply.state() == ReplyState.SENT || reply.state() == ReplyState.COPIED)) {
                return Optional.of(reply);
            }
        }
        return Optional.empty();
    }

    /** The newest reply still a draft: the one a composer continues. */
    static Optional<Reply> draft(List<Reply> replies) {
        for (int i = replies.size() - 1; i >= 0; i--) {
            Reply reply = replies.get(i);
            if (reply.action() == ReplyAction.REPLY && reply.state() == ReplyState.DRAFT) {
                return Optional.of(reply);
            }
        }
        return Optional.empty();
    }

    /** Where an answer (after a hide, when {@code hideFirst}) to {@code mention} can go, as of now. Quick, no I/O. */
    public Route route(Mention mention, boolean hideFirst) {
        Optional<Publisher> publisher = publishers.of(mention.source(), mention.instance());
        if (publisher.isEmpty()) {
            return new Route.Copy(null);
        }
        Optional<PublishOutcome.Unsupported> cannot = hideFirst ? publisher.get().cannotHide()
                : publisher.get().cannotReply();
        if (cannot.isEmpty() && hideFirst) {
            cannot = publisher.get().cannotReply();
        }
        return cannot.<Route>map(why -> new Route.Copy(why.message())).orElseGet(() -> new Route.Publish(publisher.get()));
    }

    /** Whether the answer is seen by everyone (everything but a private message). */
    public static boolean isPublic(Mention mention) {
        return mention.kind() != MentionKind.MESSAGE;
    }

    /**
     * Keeps {@code text} as the item's draft: stores a new one ({@code draftId} 0) or updates it.
     * Returns the draft's id; 0 when there was none and the text is blank (nothing worth keeping).
     */
    public long keepDraft(long mentionId, long draftId, String text, String who) throws StoreException {
        if (draftId == 0 && text.isBlank()) {
            return 0;
        }
        Reply draft = new Reply(draftId, mentionId, ReplyAction.REPLY, text, ReplyState.DRAFT, null, null, who,
                clock.instant(), null);
        try {
            long id = store.inTransaction(tx -> inbox.saveReply(tx, draft));
            locals.forget(mentionId);
            return id;
        } catch (StoreException e) {
            try {
                if (locals.keep(mentionId, text)) {
                    throw new StoreException(e.getMessage() + "; the answer is kept on this computer until the "
                            + "database is back", e);
                }
            } catch (IOException io) {
                e.addSuppressed(io);
            }
            throw e;
        }
    }

    /**
     * Publishes {@code text} as the answer to {@code item}, after hiding the item when
     * {@code hideFirst}. Success marks the item answered (hidden, after a hide; a hidden item stays
     * hidden); a failure leaves
     * the draft as it is and stores the failed attempt with the outcome's message. Without a
     * publisher that can do it (gone since the composer opened), the outcome is
     * {@link PublishOutcome.Unsupported} and nothing is sent.
     *
     * @throws IllegalArgumentException when {@code text} is blank: there is nothing to send
     */
    public Result publish(Item item, long draftId, String text, boolean hideFirst, String who) throws StoreException {
        if (text.isBlank()) {
            throw new IllegalArgumentException("an answer needs text");
        }
        long mentionId = item.row().mentionId();
        Mention mention = item.mention().mention();
        long draft = keepDraft(mentionId, draftId, text, who);
        Route route = route(mention, hideFirst);
        if (route instanceof Route.Copy copy) {
            return new Result(hideFirst ? ReplyAction.HIDE : ReplyAction.REPLY,
                    new PublishOutcome.Unsupported(copy.why() == null ? "" : copy.why()), draft);
        }
        Publisher publisher = ((Route.Publish) route).publisher();
        if (hideFirst) {
            PublishOutcome hidden = call(() -> publisher.hide(HideRequest.of(mention)));
            store(mentionId, 0, ReplyAction.HIDE, "", hidden, who, Status.HIDDEN);
            if (!(hidden instanceof Published)) {
                return new Result(ReplyAction.HIDE, hidden, draft);
            }
        }
        PublishOutcome replied = call(() -> publisher.reply(ReplyRequest.to(mention, text)));
        // a hidden item stays hidden: answered is the status of items still in view
        boolean hidden = hideFirst || item.row().status() == Status.HIDDEN;
        store(mentionId, replied instanceof Published ? draft : 0, ReplyAction.REPLY, text, replied, who,
                hidden ? null : Status.ANSWERED);
        return new Result(ReplyAction.REPLY, replied, replied instanceof Published ? 0 : draft);
    }

    /**
     * Records that {@code text} was copied to answer {@code item} on the platform by hand: the
     * draft becomes a copied reply and the item is answered, in one transaction.
     */
    public void copied(Item item, long draftId, String text, String who) throws StoreException {
        long mentionId = item.row().mentionId();
        Instant at = clock.instant();
        Reply reply = new Reply(draftId, mentionId, ReplyAction.REPLY, text, ReplyState.COPIED, null, null, who, at,
                null);
        store.inTransaction(tx -> {
            inbox.saveReply(tx, reply);
            inbox.setStatus(tx, List.of(mentionId), Status.ANSWERED, who, at);
            return null;
        });
        locals.forget(mentionId);
    }

    /** A publisher call, as an outcome whatever happens: the draft must survive a connector's bug too. */
    private interface Call {
        PublishOutcome run() throws InterruptedException;
    }

    private static PublishOutcome call(Call call) {
        try {
            PublishOutcome outcome = call.run();
            return outcome != null ? outcome
                    : new PublishOutcome.Unavailable("the connector gave no outcome", true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new PublishOutcome.Unavailable("interrupted while waiting for the platform", true);
        } catch (RuntimeException e) {
            // the exception's message is not quoted: a connector's bug must not leak a token
            return new PublishOutcome.Unavailable("the connector failed (" + e.getClass().getSimpleName() + ")", true);
        }
    }

    /**
     * Stores one attempt: sent (into the draft row {@code id} when not 0) with the platform's id and
     * address and, when {@code done} is not null, the item's new status, in the same transaction;
     * or failed, as a row of its own beside the draft.
     */
    private void store(long mentionId, long id, ReplyAction action, String text, PublishOutcome outcome, String who,
            Status done) throws StoreException {
        Reply reply;
        if (outcome instanceof Published published) {
            reply = new Reply(id, mentionId, action, text, ReplyState.SENT, published.id(),
                    published.url() == null ? null : published.url().toString(), who, published.at(), null);
        } else {
            reply = new Reply(0, mentionId, action, text, ReplyState.FAILED, null, null, who, clock.instant(),
                    failure(outcome));
        }
        store.inTransaction(tx -> {
            inbox.saveReply(tx, reply);
            if (reply.state() == ReplyState.SENT && done != null) {
                inbox.setStatus(tx, List.of(mentionId), done, who, clock.instant());
            }
            return null;
        });
    }

    /** The outcome as the audit keeps it: what kind of failure and the connector's one line. */
    static String failure(PublishOutcome outcome) {
        if (outcome instanceof PublishOutcome.AuthFailed auth) {
            return "auth failed (" + auth.setting() + "): " + auth.message();
        } else if (outcome instanceof PublishOutcome.RateLimited limited) {
            return "rate limited until " + limited.until() + ": " + limited.message();
        } else if (outcome instanceof PublishOutcome.Rejected rejected) {
            return "rejected (HTTP " + rejected.status() + "): " + rejected.message();
        } else if (outcome instanceof PublishOutcome.Unavailable down) {
            return (down.outcomeUnknown() ? "outcome unknown: " : "unavailable: ") + down.message();
        } else if (outcome instanceof PublishOutcome.Unsupported unsupported) {
            return "unsupported: " + unsupported.message();
        }
        return "published " + ((Published) outcome).id();
    }
}

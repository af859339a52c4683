package webcare.ui.inbox.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import webcare.source.api.HideRequest;
import webcare.source.api.PublishOutcome;
import webcare.source.api.Publisher;
import webcare.source.api.ReplyRequest;
import webcare.store.api.InboxRepository.Reply;
import webcare.store.api.InboxRepository.ReplyAction;
import webcare.store.api.InboxRepository.ReplyState;
import webcare.store.api.InboxRepository.Status;
import webcare.store.api.InboxRepository.WorkEntry;
import webcare.store.api.StoreException;

/** Answering through a scripted publisher on a real H2 store: what is stored, audited and kept. */
class ReplyFlowTest {

    private static final Instant NOW = Instant.parse("2026-12-05T13:30:00Z");
    private static final String TEXT = "Wat vervelend, Fatima. Stuur ons een DM met uw bestelnummer, dan zoeken we het uit. Anna";

    @TempDir
    Path data;

    private StoredInbox stored;
    private final PublisherSet publishers = new PublisherSet();
    private final ScriptedPublisher x = new ScriptedPublisher("twitter", "brand");
    private ReplyFlow flow;
    private long id;

    @BeforeEach
    void open() throws StoreException {
        stored = new StoredInbox(data);
        flow = new ReplyFlow(stored.store, stored.inbox, publishers, Clock.fixed(NOW, ZoneOffset.UTC));
        id = stored.add(StoredInbox.post("1860000000000000001", "Mijn pakket is al een week zoek!",
                NOW.minusSeconds(600)), "RESPOND", -0.5, "[]", NOW);
    }

    @AfterEach
    void close() {
        stored.close();
    }

    @Test
    void anAnswerTheDatabaseCannotTakeIsKeptOnThisComputerUntilItCan() throws Exception {
        LocalDrafts locals = new LocalDrafts(data.resolve("reply-drafts"));
        webcare.store.api.Store away = new webcare.store.api.Store() {
            @Override
            public String location() {
                return "jdbc:postgresql://db/webcare";
            }

            @Override
            public webcare.store.api.StoreState state() {
                return new webcare.store.api.StoreState.Failed("away");
            }

            @Override
            public java.util.Optional<webcare.store.api.Recovery> recovery() {
                return java.util.Optional.empty();
            }

            @Override
            public <T> T inTransaction(Work<T> work) throws StoreException {
                throw new StoreException("Database server jdbc:postgresql://db/webcare cannot be reached");
            }
        };
        ReplyFlow whileAway = new ReplyFlow(away, stored.inbox, publishers, Clock.fixed(NOW, ZoneOffset.UTC), locals);

        assertThatThrownBy(() -> whileAway.keepDraft(id, 0, TEXT, "anna")).isInstanceOf(StoreException.class)
                .hasMessageEndingWith("; the answer is kept on this computer until the database is back");
        assertThat(locals.find(id)).contains(TEXT);

        ReplyFlow back = new ReplyFlow(stored.store, stored.inbox, publishers, Clock.fixed(NOW, ZoneOffset.UTC), locals);
        assertThat(back.localDraft(id)).as("offered when the item is answered again").contains(TEXT);
        back.keepDraft(id, 0, TEXT, "anna");
        assertThat(back.localDraft(id)).as("the database has it now").isEmpty();
        assertThat(back.open(id, "anna").orElseThrow().draft().text()).isEqualTo(TEXT);
    }

    @Test
    void aPublishedReplyIsStoredAsSentWithItsAddressAndTheItemIsAnswered() throws StoreException {
        publishers.add(x.replies(new PublishOutcome.Published("1860000000000000999",
                URI.create("https://x.com/i/web/status/1860000000000000999"), NOW.plusSeconds(2))));

        ReplyFlow.Result result = flow.publish(stored.item(id), 0, TEXT, false, "anna");

        assertThat(result.published()).isTrue();
        assertThat(result.draftId()).as("nothing is left to send").isZero();
        assertThat(x.replied()).extracting(ReplyRequest::externalId, ReplyRequest::text)
                .containsExactly(tuple("1860000000000000001", TEXT));
        assertThat(stored.replies(id)).singleElement().satisfies(reply -> {
            assertThat(reply.state()).isEqualTo(ReplyState.SENT);
            assertThat(reply.platformId()).isEqualTo("1860000000000000999");
            assertThat(reply.url()).isEqualTo("https://x.com/i/web/status/1860000000000000999");
            assertThat(reply.who()).isEqualTo("anna");
            assertThat(reply.at()).isEqualTo(NOW.plusSeconds(2));
        });
        assertThat(stored.item(id).row().status()).isEqualTo(Status.ANSWERED);
        assertThat(stored.history(id)).extracting(WorkEntry::who, WorkEntry::action, WorkEntry::detail)
                .containsExactly(tuple("anna", "reply sent", TEXT), tuple("anna", "status", "ANSWERED"));
        assertThat(flow.open(id, "anna").orElseThrow().draft()).as("no draft once sent").isNull();
    }

    static Stream<PublishOutcome> failures() {
        return Stream.of(
                new PublishOutcome.AuthFailed("userToken", "X refused the 'userToken' (HTTP 401): it is expired or "
                        + "wrong; put a new one as 'userToken' in etc/webcare.source.twitter-brand.cfg"),
                new PublishOutcome.RateLimited(NOW.plusSeconds(900), "X asks to wait (HTTP 429)"),
                new PublishOutcome.Unavailable("X answered HTTP 503", false),
                new PublishOutcome.Unavailable("no answer from X within 30 s", true),
                new PublishOutcome.Rejected(403, "You are not allowed to create a Tweet with duplicate content."));
    }

    @ParameterizedTest
    @MethodSource("failures")
    void aFailedPublishKeepsTheDraftAndStoresTheAttemptWithItsMessage(PublishOutcome failure) throws StoreException {
        publishers.add(x.replies(failure));

        ReplyFlow.Result result = flow.publish(stored.item(id), 0, TEXT, false, "anna");

        assertThat(result.published()).isFalse();
        assertThat(result.outcome()).isEqualTo(failure);
        Reply draft = flow.open(id, "anna").orElseThrow().draft();
        assertThat(draft).as("reopening shows the draft").isNotNull();
        assertThat(draft.text()).isEqualTo(TEXT);
        assertThat(draft.id()).isEqualTo(result.draftId());
        assertThat(stored.replies(id)).extracting(Reply::state).containsExactly(ReplyState.DRAFT, ReplyState.FAILED);
        Reply failed = stored.replies(id).get(1);
        assertThat(failed.text()).isEqualTo(TEXT);
        assertThat(failed.error()).isEqualTo(ReplyFlow.failure(failure));
        assertThat(stored.item(id).row().status()).as("still to answer").isEqualTo(Status.OPEN);
        assertThat(stored.history(id)).extracting(WorkEntry::action).as("opening it claimed it")
                .containsExactly("reply failed", "claim");
    }

    @Test
    void sendingAgainAfterAFailureUsesTheSameDraftAndLeavesTheFailureOnRecord() throws StoreException {
        publishers.add(x.replies(new PublishOutcome.Unavailable("X answered HTTP 502", false))
                .replies(new PublishOutcome.Published("9", null, NOW)));

        long draft = flow.publish(stored.item(id), 0, TEXT, false, "anna").draftId();
        ReplyFlow.Result again = flow.publish(stored.item(id), draft, TEXT + "!", false, "anna");

        assertThat(again.published()).isTrue();
        assertThat(stored.replies(id)).extracting(Reply::id, Reply::state, Reply::text).containsExactly(
                tuple(draft, ReplyState.SENT, TEXT + "!"), tuple(draft + 1, ReplyState.FAILED, TEXT));
    }

    @Test
    void aConnectorThatThrowsIsAnUnknownOutcomeAndItsMessageIsNotQuoted() throws StoreException {
        publishers.add(new ScriptedPublisher("twitter", "brand") {
            @Override
            public synchronized PublishOutcome reply(ReplyRequest request) {
                throw new IllegalStateException("Bearer secret-token-123 was refused");
            }
        });

        ReplyFlow.Result result = flow.publish(stored.item(id), 0, TEXT, false, "anna");

        assertThat(result.outcome()).isInstanceOfSatisfying(PublishOutcome.Unavailable.class, down -> {
            assertThat(down.outcomeUnknown()).isTrue();
            assertThat(down.message()).doesNotContain("secret");
        });
        assertThat(flow.open(id, "anna").orElseThrow().draft().text()).isEqualTo(TEXT);
        assertThat(stored.history(id)).extracting(WorkEntry::detail).noneMatch(line -> line.contains("secret"));
    }

    @Test
    void hideAndExplainHidesFirstThenAnswersAndLeavesTheItemHidden() throws StoreException {
        long abusive = stored.add(StoredInbox.post("1860000000000000002", "Stelletje oplichters", NOW),
                "HIDE_AND_EXPLAIN", -0.9, "[]", NOW);
        publishers.add(x.hides(new PublishOutcome.Published("1860000000000000002", null, NOW))
                .replies(new PublishOutcome.Published("77", null, NOW)));

        ReplyFlow.Result result = flow.publish(stored.item(abusive), 0, "We hebben een bericht verborgen.", true,
                "anna");

        assertThat(result.published()).isTrue();
        assertThat(x.hidden()).extracting(HideRequest::externalId).containsExactly("1860000000000000002");
        assertThat(stored.replies(abusive)).extracting(Reply::action, Reply::state).containsExactly(
                tuple(ReplyAction.REPLY, ReplyState.SENT), tuple(ReplyAction.HIDE, ReplyState.SENT));
        assertThat(stored.item(abusive).row().status()).isEqualTo(Status.HIDDEN);
        assertThat(stored.history(abusive)).extracting(WorkEntry::action)
                .containsExactly("hide sent", "status", "reply sent");
    }

    @Test
    void anExplanationSentAgainAfterItFailedLeavesTheItemHidden() throws StoreException {
        publishers.add(x.hides(new PublishOutcome.Published("1860000000000000001", null, NOW))
                .replies(new PublishOutcome.Unavailable("X answered HTTP 503", false))
                .replies(new PublishOutcome.Published("78", null, NOW)));

        long draft = flow.publish(stored.item(id), 0, TEXT, true, "anna").draftId();
        assertThat(stored.item(id).row().status()).isEqualTo(Status.HIDDEN);
        assertThat(flow.publish(stored.item(id), draft, TEXT, false, "anna").published()).isTrue();

        assertThat(stored.item(id).row().status()).isEqualTo(Status.HIDDEN);
    }

    @Test
    void aFailedHideSendsNoExplanationAndKeepsTheDraft() throws StoreException {
        publishers.add(x.hides(new PublishOutcome.Rejected(403, "X hides only replies in the organisation's "
                + "conversations")));

        ReplyFlow.Result result = flow.publish(stored.item(id), 0, TEXT, true, "anna");

        assertThat(result.action()).isEqualTo(ReplyAction.HIDE);
        assertThat(x.replied()).isEmpty();
        assertThat(flow.open(id, "anna").orElseThrow().draft().text()).isEqualTo(TEXT);
        assertThat(stored.item(id).row().status()).isEqualTo(Status.OPEN);
        assertThat(stored.history(id)).extracting(WorkEntry::action).containsExactly("hide failed", "claim");
    }

    @Test
    void withoutAPublisherTheAnswerIsCopiedAndTheItemMarkedAnswered() throws StoreException {
        assertThat(flow.route(stored.item(id).mention().mention(), false)).isEqualTo(new ReplyFlow.Route.Copy(null));
        ReplyFlow.Result nothing = flow.publish(stored.item(id), 0, TEXT, false, "anna");
        assertThat(nothing.outcome()).isEqualTo(new PublishOutcome.Unsupported(""));

        flow.copied(stored.item(id), nothing.draftId(), TEXT, "anna");

        assertThat(stored.replies(id)).singleElement().satisfies(reply -> {
            assertThat(reply.state()).isEqualTo(ReplyState.COPIED);
            assertThat(reply.text()).isEqualTo(TEXT);
            assertThat(reply.platformId()).isNull();
        });
        assertThat(stored.item(id).row().status()).isEqualTo(Status.ANSWERED);
        assertThat(stored.history(id)).extracting(WorkEntry::who, WorkEntry::action)
                .containsExactly(tuple("anna", "reply copied"), tuple("anna", "status"));
    }

    @Test
    void aPublisherThatCannotReplySaysWhyAndTheAnswerIsCopied() {
        publishers.add(x.cannotReply("X takes replies only with a 'userToken' in etc/webcare.source.twitter-brand.cfg"));

        assertThat(flow.route(StoredInbox.post("1", "?", NOW), false)).isEqualTo(new ReplyFlow.Route.Copy(
                "X takes replies only with a 'userToken' in etc/webcare.source.twitter-brand.cfg"));
        assertThat(flow.route(StoredInbox.post("1", "?", NOW), true)).isInstanceOf(ReplyFlow.Route.Copy.class);
    }

    @Test
    void hidingNeedsBothHideAndReply() {
        publishers.add(x.cannotHide("Google does not let a business hide reviews"));

        assertThat(flow.route(StoredInbox.post("1", "?", NOW), false)).isEqualTo(new ReplyFlow.Route.Publish(x));
        assertThat(flow.route(StoredInbox.post("1", "?", NOW), true))
                .isEqualTo(new ReplyFlow.Route.Copy("Google does not let a business hide reviews"));
    }

    @Test
    void aDraftIsKeptInOneRowAndABlankOneIsNotStored() throws StoreException {
        assertThat(flow.keepDraft(id, 0, "  ", "anna")).isZero();
        long draft = flow.keepDraft(id, 0, "Eerste versie", "anna");
        assertThat(flow.keepDraft(id, draft, "Tweede versie", "anna")).isEqualTo(draft);

        assertThat(stored.replies(id)).extracting(Reply::state, Reply::text)
                .containsExactly(tuple(ReplyState.DRAFT, "Tweede versie"));
        assertThat(stored.history(id)).as("drafts are not work done").isEmpty();
    }

    @Test
    void publishersPairByTypeAndInstanceAndTheNewestWins() {
        Publisher older = new ScriptedPublisher("twitter", "brand");
        Publisher newer = new ScriptedPublisher("twitter", "brand");
        Publisher other = new ScriptedPublisher("twitter", "care");
        publishers.add(older);
        publishers.add(other);
        publishers.add(newer);

        assertThat(publishers.of("twitter", "brand")).containsSame(newer);
        publishers.remove(older);
        assertThat(publishers.of("twitter", "brand")).as("the older one leaving takes nothing newer").containsSame(newer);
        publishers.remove(newer);
        assertThat(publishers.of("twitter", "brand")).isEmpty();
        assertThat(publishers.of("twitter", "care")).containsSame(other);
        assertThat(publishers.of("feed", "")).isEmpty();
    }
}

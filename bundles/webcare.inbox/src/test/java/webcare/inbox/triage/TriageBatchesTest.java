package webcare.inbox.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.osgi.service.component.ComponentServiceObjects;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import webcare.analysis.api.LanguageDetector;
import webcare.analysis.api.Polarity;
import webcare.analysis.api.ReachTier;
import webcare.analysis.api.Sentiment;
import webcare.launch.testing.HomeLaunch;
import webcare.model.Author;
import webcare.model.Mention;
import webcare.model.MentionKind;
import webcare.model.plan.Plan;
import webcare.model.plan.Review;
import webcare.plan.api.AuditEntry;
import webcare.plan.api.PlanBook;
import webcare.plan.api.PlanVersion;
import webcare.plan.api.WorkingPlan;
import webcare.store.api.InboxRepository.DecisionChange;
import webcare.store.api.InboxRepository.Item;
import webcare.store.api.InboxRepository.Status;
import webcare.store.api.InboxRepository.WorkEntry;
import webcare.store.api.LeaseRepository;
import webcare.store.api.StoreException;
import webcare.store.api.Workbench;
import webcare.store.sql.SqlInboxRepository;
import webcare.store.sql.SqlLeaseRepository;
import webcare.store.sql.SqlMentionRepository;
import webcare.store.sql.H2Store;
import webcare.triage.engine.TriageEngine;
import webcare.triage.reasons.ReasonTexts;
import webcare.triage.testing.Configs;

/**
 * Triage of stored mentions with the real rules in a real store: four authors on one subject
 * within the window raise the monitored items posted before them, in the store, in the same
 * transaction as the new results.
 */
class TriageBatchesTest {

    private static final Instant MONDAY_NOON = Instant.parse("2026-11-30T11:00:00Z");
    private static final Instant NOW = MONDAY_NOON.plus(Duration.ofHours(12));
    private static final String RANT = "Weer die app-update die alles wist, waardeloos";

    @TempDir
    Path home;

    private H2Store store;
    private final SqlMentionRepository mentions = new SqlMentionRepository();
    private final SqlInboxRepository inbox = new SqlInboxRepository();
    private TriageBatches batches;

    @BeforeEach
    void open() {
        store = new H2Store(new HomeLaunch(home));
        // every text negative, without cues: the subject is the text's own words
        MentionAnalyser analyser = new MentionAnalyser((text, claimed) -> LanguageDetector.DUTCH,
                (text, lang, rating) -> new Sentiment(-0.7, Polarity.NEGATIVE, List.of(), "test"),
                (source, followers) -> ReachTier.SMALL, List.of());
        batches = new TriageBatches(store, inbox, analyser, new TriageEngine(Configs.defaults()), new OnePlan(),
                new ReasonTexts(), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static Mention post(String id, String author, int hoursAfterMonday) {
        return new Mention("twitter", "brand", id, MentionKind.POST, null, null,
                new Author(null, author, author, 50L, null), RANT, "nl", null, null,
                MONDAY_NOON.plus(Duration.ofHours(hoursAfterMonday)), null, null, false);
    }

    private void storeAndTriage(Mention... posts) throws StoreException {
        store.inTransaction(tx -> mentions.save(tx, List.of(posts)));
        batches.all(() -> true);
    }

    /** The item of the mention stored {@code n}th (from 1). */
    private Item item(long n) throws StoreException {
        return store.inTransaction(tx -> inbox.item(tx, n)).orElseThrow();
    }

    private List<WorkEntry> history(long n) throws StoreException {
        return store.inTransaction(tx -> inbox.history(tx, n));
    }

    @Test
    void aFourthAuthorOnTheSameSubjectRaisesTheStoredMonitoredItemsInTheStore() throws Exception {
        storeAndTriage(post("m1", "anna", 0));
        storeAndTriage(post("m2", "bert", 2), post("m3", "cees", 4));
        assertThat(item(1).row().decision()).isEqualTo("MONITOR");

        storeAndTriage(post("m4", "dirk", 6));

        Item first = item(1);
        assertThat(first.row().decision()).isEqualTo("RESPOND");
        assertThat(first.rulesDecision()).isEqualTo("RESPOND");
        assertThat(first.row().overridden()).isFalse();
        assertThat(first.row().priority()).as("a raised item's priority").isEqualTo(50);
        assertThat(first.row().due()).as("due from its own posting").isEqualTo(MONDAY_NOON.plus(Duration.ofHours(24)));
        assertThat(first.reasons()).as("the raise first, the monitoring rule after it")
                .startsWith("[{\"rule\":\"raised-by-others\",\"decision\":\"RESPOND\",\"nl\":\"3 andere auteurs")
                .contains("\"rule\":\"unfounded-rant\"");
        assertThat(history(1)).singleElement().satisfies(entry -> {
            assertThat(entry.who()).isEqualTo(TriageBatches.WHO);
            assertThat(entry.action()).isEqualTo("redecide");
            assertThat(entry.at()).isEqualTo(NOW);
            assertThat(entry.detail()).startsWith("MONITOR -> RESPOND: [{\"rule\":\"raised-by-others\"")
                    .contains("3 other authors raised the same subject within 48 hours");
        });
        assertThat(List.of(item(2), item(3), item(4))).extracting(each -> each.row().decision())
                .containsOnly("RESPOND");
        assertThat(history(4)).as("the new item was triaged raised: no change to record").isEmpty();
    }

    @Test
    void anItemAPersonDecidedOnOrClosedIsNotRaised() throws Exception {
        storeAndTriage(post("m1", "anna", 0), post("m2", "bert", 2), post("m3", "cees", 4));
        store.inTransaction(tx -> {
            inbox.override(tx, new DecisionChange(1, "MONITOR", "MONITOR", "eva", "bekende trol", NOW));
            inbox.setStatus(tx, List.of(2L), Status.CLOSED, "eva", NOW);
            return null;
        });

        storeAndTriage(post("m4", "dirk", 6));

        assertThat(item(1).row().decision()).as("a person's call stands, even one agreeing with the rules")
                .isEqualTo("MONITOR");
        assertThat(item(1).reasons()).doesNotContain("raised-by-others");
        assertThat(item(2).row().decision()).isEqualTo("MONITOR");
        assertThat(item(3).row().decision()).isEqualTo("RESPOND");
        assertThat(history(3)).extracting(WorkEntry::action).containsExactly("redecide");
    }

    @Test
    void itemsRaisedWithinOneBatchAreStoredRaised() throws Exception {
        storeAndTriage(post("m1", "anna", 0), post("m2", "bert", 2), post("m3", "cees", 4), post("m4", "dirk", 6));

        for (long n = 1; n <= 4; n++) {
            Item item = item(n);
            assertThat(item.row().decision()).as("item %d", n).isEqualTo("RESPOND");
            assertThat(item.reasons()).as("item %d", n).startsWith("[{\"rule\":\"raised-by-others\"")
                    .contains("unfounded-rant");
        }
        assertThat(item(1).row().priority()).isEqualTo(50);
        assertThat(history(1)).isEmpty();
    }

    @Test
    void itemsPostedFurtherApartThanTheWindowStayMonitored() throws Exception {
        storeAndTriage(post("m1", "anna", 0));
        storeAndTriage(post("m2", "bert", 50), post("m3", "cees", 52), post("m4", "dirk", 54));

        assertThat(item(1).row().decision()).isEqualTo("MONITOR");
        assertThat(history(1)).isEmpty();
    }

    @Test
    void oneWorkbenchOfATeamTriagesAtATimeUnderALease() throws Exception {
        SqlLeaseRepository leases = new SqlLeaseRepository();
        // another workbench on the same database triages now
        store.inTransaction(tx -> leases.acquire(tx, "triage", "new-mentions", "anke@desk-1:4711", Instant.now(),
                Duration.ofMinutes(5)));
        store.inTransaction(tx -> mentions.save(tx, List.of(post("m1", "anna", 0))));
        BackgroundTriage background = new BackgroundTriage(new ComponentServiceObjects<>() {
            @Override
            public TriageBatches getService() {
                return batches;
            }

            @Override
            public void ungetService(TriageBatches service) {
            }

            @Override
            public org.osgi.framework.ServiceReference<TriageBatches> getServiceReference() {
                return null;
            }
        }, new HomeLaunch(home), store, inbox, leases);
        try {
            assertThat(background.triageWaiting()).as("left to anke's workbench").isZero();
            assertThat(store.<Long>inTransaction(inbox::untriagedCount)).isEqualTo(1);

            store.inTransaction(tx -> {
                leases.release(tx, "triage", "new-mentions", "anke@desk-1:4711");
                return null;
            });
            assertThat(background.triageWaiting()).isEqualTo(1);
            assertThat(store.<Optional<LeaseRepository.Lease>>inTransaction(tx -> leases.holder(tx, "triage", "new-mentions")))
                    .map(LeaseRepository.Lease::holder).contains(Workbench.current().toString());
        } finally {
            background.stop();
        }
        assertThat(store.<Optional<LeaseRepository.Lease>>inTransaction(tx -> leases.holder(tx, "triage", "new-mentions"))).as("given up on stop")
                .isEmpty();
    }

    /** A plan book with one empty plan of a web shop; triage only reads the working plan. */
    private static final class OnePlan implements PlanBook {

        private final WorkingPlan plan = new WorkingPlan(Plan.empty("Webwinkel"), 0, null, null);

        @Override
        public WorkingPlan working() {
            return plan;
        }

        @Override
        public long revision() {
            return 0;
        }

        @Override
        public WorkingPlan save(Plan plan, long basedOn, String who, Locale language) {
            throw new UnsupportedOperationException("triage does not save plans");
        }

        @Override
        public WorkingPlan replace(Plan plan, String who) {
            throw new UnsupportedOperationException("triage does not save plans");
        }

        @Override
        public PlanVersion approve(long basedOn, Review review, LocalDate nextReview, String who, Locale language) {
            throw new UnsupportedOperationException("triage does not approve plans");
        }

        @Override
        public List<PlanVersion> versions() {
            return List.of();
        }

        @Override
        public Optional<Plan> version(int number) {
            return Optional.empty();
        }

        @Override
        public List<AuditEntry> audit(int limit) {
            return List.of();
        }
    }
}

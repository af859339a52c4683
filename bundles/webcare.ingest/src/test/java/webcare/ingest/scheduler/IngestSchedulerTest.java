package webcare.ingest.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import webcare.cli.api.CommandFailedException;
import webcare.ingest.api.SourceState;
import webcare.ingest.api.SourceStatus;
import webcare.ingest.api.SyncResult;
import webcare.launch.testing.ManualClock;
import webcare.source.api.Cursor;
import webcare.source.api.FetchOutcome;
import webcare.store.api.LeaseRepository;
import webcare.store.api.LeaseRepository.Lease;
import webcare.store.api.SourceStateRepository;
import webcare.store.api.Workbench;

class IngestSchedulerTest {

    private static final Instant RESET = Instant.parse("2099-01-01T00:00:00Z");

    @TempDir
    Path etc;

    private static final Map<String, Object> CONFIGURATION = Map.of("query", "webcare", "token", "AAAA-old",
            "service.pid", "webcare.source.twitter~brand", "component.id", 7L);

    private final MemoryIngestStore store = new MemoryIngestStore();
    private final CountDownLatch never = new CountDownLatch(1);
    private final ManualClock clock = new ManualClock(Instant.parse("2026-10-25T00:30:00Z"));
    /** What passes waited, in order; waiting moves the clock. */
    private final List<Duration> waits = new CopyOnWriteArrayList<>();
    private Sleeper sleeper = duration -> {
        waits.add(duration);
        clock.advance(duration);
    };
    private IngestScheduler scheduler;
    /** The schedulers of other workbenches on {@link #store}, deactivated after the test. */
    private final List<IngestScheduler> others = new CopyOnWriteArrayList<>();
    private static final Workbench ANKE = new Workbench("anke", "desk-1", 4711);
    private static final Workbench PIET = new Workbench("piet", "desk-2", 815);

    private IngestScheduler scheduler(Duration fetchDeadline) {
        return scheduler(fetchDeadline, false);
    }

    /** A scheduler on {@link #store}, as a new process would start one; the one before is deactivated. */
    private IngestScheduler scheduler(Duration fetchDeadline, boolean autoPoll) {
        if (scheduler != null) {
            scheduler.deactivate();
        }
        scheduler = workbench(new SourceLeases(store, store.leases, ANKE, clock, SourceLeases.TTL), fetchDeadline,
                autoPoll);
        return scheduler;
    }

    /** The scheduler of a workbench with {@code leases} on {@link #store}. */
    private IngestScheduler workbench(SourceLeases leases, Duration fetchDeadline, boolean autoPoll) {
        return new IngestScheduler(
                new SyncPass(store, store, store, clock, duration -> sleeper.sleep(duration), leases),
                new SavedStatuses(store, store.states, clock), leases, clock, autoPoll, etc, fetchDeadline);
    }

    /** Another workbench's scheduler on {@link #store}, not polling by itself. */
    private IngestScheduler other(Workbench id) {
        IngestScheduler other = workbench(new SourceLeases(store, store.leases, id, clock, SourceLeases.TTL),
                Duration.ofSeconds(10), false);
        others.add(other);
        return other;
    }

    /** Adds {@code source} as configured by {@link #CONFIGURATION}. */
    private void add(ScriptedSource source) {
        scheduler.addSource(source, CONFIGURATION);
    }

    @AfterEach
    void stop() {
        never.countDown();
        if (scheduler != null) {
            scheduler.deactivate();
        }
        others.forEach(IngestScheduler::deactivate);
    }

    private SyncResult sync(ScriptedSource source) {
        return sync(scheduler, source);
    }

    private static SyncResult sync(IngestScheduler scheduler, ScriptedSource source) {
        return scheduler.syncNow(source.type(), source.instance()).toCompletableFuture().orTimeout(30, TimeUnit.SECONDS)
                .join();
    }

    private SourceStatus status(String instance) {
        return status(scheduler, instance);
    }

    private static SourceStatus status(IngestScheduler scheduler, String instance) {
        return scheduler.sources().stream().filter(s -> s.instance().equals(instance)).findFirst().orElseThrow();
    }

    @Test
    void pagesUntilCaughtUpStoringEachPageWithTheCursorAfterIt() {
        ScriptedSource source = new ScriptedSource("brand").thenPage("p1", true, "1", "2").thenPage("p2", true, "3")
                .thenPage("p3", false, "4");
        scheduler(Duration.ofSeconds(10));
        add(source);

        SyncResult result = sync(source);

        assertThat(result).isEqualTo(new SyncResult("twitter", "brand", 3, 4, 0, 0, Map.of(), SourceState.OK, ""));
        assertThat(source.asked).containsExactly(Cursor.START, new Cursor("p1"), new Cursor("p2"));
        assertThat(store.cursor("twitter", "brand")).contains("p3");
        assertThat(status("brand").state()).isEqualTo(SourceState.OK);
        assertThat(status("brand").lastSync()).isNotNull();
        assertThat(status("brand").lastAdded()).isEqualTo(4);
    }

    @Test
    void resumesFromTheSavedCursorAndCountsRepeatsAsUnchanged() {
        store.putCursor("twitter", "brand", "p7");
        ScriptedSource first = new ScriptedSource("brand").thenPage("p8", false, "1");
        scheduler(Duration.ofSeconds(10));
        add(first);
        sync(first);
        first.thenPage("p9", false, "1", "2");

        SyncResult again = sync(first);

        assertThat(first.asked).containsExactly(new Cursor("p7"), new Cursor("p8"));
        assertThat(again.added()).isEqualTo(1);
        assertThat(again.unchanged()).isEqualTo(1);
        assertThat(store.mentions()).hasSize(2);
    }

    @Test
    void aStoreFailureKeepsEarlierPagesWithTheirCursorAndLosesNothing() {
        store.failSaveNumber = 2;
        ScriptedSource source = new ScriptedSource("brand").thenPage("p1", true, "1").thenPage("p2", false, "2");
        scheduler(Duration.ofSeconds(10));
        add(source);

        SyncResult result = sync(source);

        assertThat(result.state()).isEqualTo(SourceState.ERROR);
        assertThat(result.message()).isEqualTo("cannot store: disk full");
        assertThat(store.mentions()).extracting(m -> m.externalId()).containsExactly("1");
        assertThat(store.cursor("twitter", "brand")).contains("p1");
        assertThat(status("brand").until()).as("retried later").isNotNull();
    }

    @Test
    void waitsOutARateLimitUntilTheResetTime() {
        ScriptedSource source = new ScriptedSource("brand").thenPage("p1", true, "1")
                .then(() -> new FetchOutcome.RateLimited(RESET, "X asks to slow down (HTTP 429)"));
        scheduler(Duration.ofSeconds(10));
        add(source);

        SyncResult result = sync(source);

        assertThat(result.state()).isEqualTo(SourceState.RATE_LIMITED);
        assertThat(result.added()).isEqualTo(1);
        assertThat(status("brand").until()).isEqualTo(RESET.plusSeconds(1));
        assertThat(status("brand").message()).isEqualTo("X asks to slow down (HTTP 429)");
    }

    @Test
    void aRefusedTokenOrABadSettingStopsTheInstanceUntilItsConfigurationChanges() {
        ScriptedSource expired = new ScriptedSource("expired")
                .then(() -> new FetchOutcome.AuthFailed("X refused the token (HTTP 401)"));
        ScriptedSource misconfigured = new ScriptedSource("bad")
                .then(() -> new FetchOutcome.BadConfiguration("query", "is missing"));
        scheduler(Duration.ofSeconds(10));
        add(expired);
        add(misconfigured);

        assertThat(sync(expired).state()).isEqualTo(SourceState.AUTH_FAILED);
        assertThat(sync(misconfigured).message()).isEqualTo("setting 'query': is missing");
        assertThat(status("expired").until()).isNull();
        assertThat(status("bad").until()).isNull();
    }

    @Test
    void aHangingConnectorIsCutOffAtItsDeadlineWhileTheOthersSync() {
        ScriptedSource hanging = new ScriptedSource("hanging").then(() -> {
            never.await();
            return new FetchOutcome.Page(List.of(), Cursor.START, false);
        });
        ScriptedSource healthy = new ScriptedSource("healthy").thenPage("p1", false, "1");
        scheduler(Duration.ofMillis(200));
        add(hanging);
        add(healthy);

        List<SyncResult> results = scheduler.syncAll().toCompletableFuture().orTimeout(30, TimeUnit.SECONDS).join();

        assertThat(results).extracting(SyncResult::instance, SyncResult::state).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("hanging", SourceState.ERROR),
                org.assertj.core.groups.Tuple.tuple("healthy", SourceState.OK));
        assertThat(status("hanging").message()).isEqualTo("twitter did not answer within 0.2 s");
    }

    @Test
    void aConnectorThatThrowsHarmsOnlyItself() {
        ScriptedSource broken = new ScriptedSource("broken").then(() -> {
            throw new IllegalStateException("bug in connector");
        });
        scheduler(Duration.ofSeconds(10));
        add(broken);

        assertThat(sync(broken).message()).isEqualTo("connector failed: IllegalStateException: bug in connector");
    }

    @Test
    void aRemovedInstanceLeavesTheListButKeepsItsStoredMentionsAndCursor() {
        ScriptedSource source = new ScriptedSource("brand").thenPage("p1", false, "1");
        scheduler(Duration.ofSeconds(10));
        add(source);
        sync(source);

        scheduler.removeSource(source);

        assertThat(scheduler.sources()).isEmpty();
        assertThat(store.mentions()).hasSize(1);
        assertThat(store.cursor("twitter", "brand")).contains("p1");
        assertThat(scheduler.syncNow("twitter", "brand").toCompletableFuture().join().state())
                .isEqualTo(SourceState.STOPPED);
    }

    @Test
    void aRateLimitEndingWithinSecondsIsWaitedOutAndThePassGoesOn() {
        ScriptedSource source = new ScriptedSource("brand").thenPage("p1", true, "1")
                .then(() -> new FetchOutcome.RateLimited(clock.instant().plusSeconds(2), "X asks to slow down"))
                .thenPage("p2", false, "2", "3");
        scheduler(Duration.ofSeconds(10));
        add(source);

        SyncResult result = sync(source);

        assertThat(result).isEqualTo(new SyncResult("twitter", "brand", 2, 3, 0, 0, Map.of(), SourceState.OK, ""));
        assertThat(waits).containsExactly(Duration.ofSeconds(2));
        assertThat(source.asked).containsExactly(Cursor.START, new Cursor("p1"), new Cursor("p1"));
    }

    @Test
    void aPlatformThatKeepsAskingToWaitEndsThePassOnceItWaitedAMinute() {
        ScriptedSource source = new ScriptedSource("brand");
        for (int i = 0; i < 10; i++) {
            source.then(() -> new FetchOutcome.RateLimited(clock.instant().plusSeconds(14), "slow down"));
        }
        scheduler(Duration.ofSeconds(10));
        add(source);

        SyncResult result = sync(source);

        assertThat(result.state()).isEqualTo(SourceState.RATE_LIMITED);
        assertThat(waits).containsExactly(Duration.ofSeconds(14), Duration.ofSeconds(14), Duration.ofSeconds(14),
                Duration.ofSeconds(14));
        assertThat(SyncPass.MAX_RATE_LIMIT_WAITS).isLessThan(Duration.ofSeconds(5 * 14));
    }

    @Test
    void stoppingAnInstanceEndsItsWaitForARateLimitAndLeavesItsSavedStateAlone() throws Exception {
        CountDownLatch waiting = new CountDownLatch(1);
        sleeper = duration -> {
            waiting.countDown();
            never.await();
        };
        ScriptedSource expired = new ScriptedSource("brand")
                .then(() -> new FetchOutcome.AuthFailed("X refused the token (HTTP 401)"))
                .then(() -> new FetchOutcome.RateLimited(clock.instant().plusSeconds(5), "slow down"));
        scheduler(Duration.ofSeconds(10));
        add(expired);
        sync(expired);
        CompletableFuture<SyncResult> pass = scheduler.syncNow("twitter", "brand").toCompletableFuture();
        assertThat(waiting.await(30, TimeUnit.SECONDS)).isTrue();

        scheduler.removeSource(expired);

        assertThat(pass.orTimeout(30, TimeUnit.SECONDS).join().state()).isEqualTo(SourceState.STOPPED);
        scheduler(Duration.ofSeconds(10));
        add(new ScriptedSource("brand"));
        scheduler.awaitConfigured(Duration.ofSeconds(30));
        assertThat(status("brand").state()).isEqualTo(SourceState.AUTH_FAILED);
    }

    @Test
    void whatThePagesSkippedIsAddedUpAndKeptWithTheLastSync() {
        ScriptedSource source = new ScriptedSource("brand")
                .then(() -> new FetchOutcome.Page(List.of(ScriptedSource.mention("brand", "1")), new Cursor("p1"), true,
                        Map.of("no id", 2)))
                .then(() -> new FetchOutcome.Page(List.of(), new Cursor("p2"), false,
                        Map.of("no id", 1, "no created_time", 1)));
        scheduler(Duration.ofSeconds(10));
        add(source);

        SyncResult result = sync(source);

        assertThat(result.skipped()).containsExactly(Map.entry("no created_time", 1), Map.entry("no id", 3));
        assertThat(status("brand").lastSkipped()).isEqualTo(result.skipped());
    }

    @Test
    void anInstanceNothingIsKnownOfIsNewNotOk() throws Exception {
        scheduler(Duration.ofSeconds(10));
        add(new ScriptedSource("brand"));
        scheduler.awaitConfigured(Duration.ofSeconds(30));

        assertThat(status("brand").state()).isEqualTo(SourceState.NEW);
        assertThat(status("brand").lastSync()).isNull();
    }

    @Test
    void aSettingTheConnectorRefusesIsShownBeforeAnyPassAndNeverPolled() throws Exception {
        scheduler(Duration.ofSeconds(10), true);
        ScriptedSource source = new ScriptedSource("brand").withBadSetting("pollSeconds",
                "'pollSeconds' in etc/webcare.source.twitter-brand.cfg must be at least 10");
        add(source);
        scheduler.awaitConfigured(Duration.ofSeconds(30));

        assertThat(status("brand").state()).isEqualTo(SourceState.BAD_CONFIGURATION);
        assertThat(status("brand").message()).isEqualTo(
                "setting 'pollSeconds': 'pollSeconds' in etc/webcare.source.twitter-brand.cfg must be at least 10");
        assertThat(status("brand").until()).as("no poll planned").isNull();
        assertThat(source.asked).isEmpty();
    }

    @Test
    void aFileWithoutAnInstanceNameIsToldHowToBeNamed() {
        assertThat(SourcesCommand.whyNotRunning("webcare.source.twitter.cfg"))
                .isEqualTo("a source instance file needs a name after a dash: rename it to "
                        + "webcare.source.twitter-<name>.cfg");
        assertThat(SourcesCommand.whyNotRunning("webcare.source.twitter-brand.cfg"))
                .contains("connector bundle is missing or a setting is rejected");
    }

    @Test
    void aRefusedTokenIsStillRefusedAfterARestartAndNotAskedAgainUntilTheConfigurationChanges() throws Exception {
        ScriptedSource expired = new ScriptedSource("brand").thenPage("p1", false, "1")
                .then(() -> new FetchOutcome.AuthFailed("X refused the token (HTTP 401): put a new one as 'token'"));
        scheduler(Duration.ofSeconds(10));
        add(expired);
        SyncResult firstSync = sync(expired);
        Instant synced = clock.instant();
        clock.advance(Duration.ofMinutes(5));
        sync(expired);

        ScriptedSource restarted = new ScriptedSource("brand");
        scheduler(Duration.ofSeconds(10), true);
        add(restarted);
        scheduler.awaitConfigured(Duration.ofSeconds(30));

        assertThat(firstSync.state()).isEqualTo(SourceState.OK);
        assertThat(status("brand")).isEqualTo(new SourceStatus("twitter", "brand", SourceState.AUTH_FAILED,
                "X refused the token (HTTP 401): put a new one as 'token'", null, synced, 1, Map.of()));
        assertThat(restarted.asked).as("not polled with the token it refused").isEmpty();

        Map<String, Object> renewed = new HashMap<>(CONFIGURATION);
        renewed.put("token", "AAAA-new");
        ScriptedSource renewedSource = new ScriptedSource("brand");
        scheduler(Duration.ofSeconds(10));
        scheduler.addSource(renewedSource, renewed);
        scheduler.awaitConfigured(Duration.ofSeconds(30));

        assertThat(status("brand").state()).as("a new configuration starts afresh").isEqualTo(SourceState.NEW);
    }

    @Test
    void anInstanceThatWasFineIsPolledAtOnceAfterARestartAndKeepsItsLastSync() throws Exception {
        ScriptedSource source = new ScriptedSource("brand").thenPage("p1", false, "1", "2");
        scheduler(Duration.ofSeconds(10));
        add(source);
        sync(source);
        Instant synced = clock.instant();

        CountDownLatch polled = new CountDownLatch(1);
        ScriptedSource restarted = new ScriptedSource("brand").then(() -> {
            polled.countDown();
            never.await();
            return new FetchOutcome.Page(List.of(), Cursor.START, false);
        });
        scheduler(Duration.ofSeconds(10), true);
        add(restarted);

        assertThat(polled.await(30, TimeUnit.SECONDS)).as("polled at once").isTrue();
        assertThat(status("brand").state()).isEqualTo(SourceState.SYNCING);
        assertThat(status("brand").lastSync()).isEqualTo(synced);
        assertThat(status("brand").lastAdded()).isEqualTo(2);
    }

    @Test
    void aFailingPlatformIsRetriedAfterARestartWhenItsDelayEndsNotAtOnce() throws Exception {
        Instant retryAt = clock.instant().plus(Duration.ofMinutes(45));
        ScriptedSource failing = new ScriptedSource("brand")
                .then(() -> new FetchOutcome.Unavailable("X has a problem (HTTP 503)", retryAt));
        scheduler(Duration.ofSeconds(10));
        add(failing);
        sync(failing);

        ScriptedSource restarted = new ScriptedSource("brand");
        scheduler(Duration.ofSeconds(10), true);
        add(restarted);
        scheduler.awaitConfigured(Duration.ofSeconds(30));

        assertThat(status("brand").state()).isEqualTo(SourceState.ERROR);
        assertThat(status("brand").message()).isEqualTo("X has a problem (HTTP 503)");
        assertThat(status("brand").until()).isEqualTo(retryAt);
        assertThat(restarted.asked).isEmpty();
    }

    @Test
    void aDatabaseThatCannotBeReadLeavesTheInstanceNewAndItStillSyncs() throws Exception {
        scheduler(Duration.ofSeconds(10));
        store.failNext("the database is locked by another process");
        ScriptedSource source = new ScriptedSource("brand").thenPage("p1", false, "1");
        add(source);
        scheduler.awaitConfigured(Duration.ofSeconds(30));

        assertThat(status("brand").state()).isEqualTo(SourceState.NEW);
        assertThat(sync(source).state()).isEqualTo(SourceState.OK);
    }

    @Test
    void theConfigurationFingerprintIgnoresFrameworkBookkeepingAndHidesTheToken() {
        Map<String, Object> again = Map.of("query", "webcare", "token", "AAAA-old",
                "service.pid", "webcare.source.twitter~brand", "service.id", 912L, "component.id", 8L,
                "felix.fileinstall.filename", "file:/home/etc/webcare.source.twitter-brand.cfg",
                "objectClass", new String[] {"webcare.source.api.Source"});

        assertThat(ConfigFingerprint.of(again)).isEqualTo(ConfigFingerprint.of(CONFIGURATION))
                .startsWith("sha256:").doesNotContain("AAAA");
        assertThat(ConfigFingerprint.of(Map.of("query", "webcare", "token", "AAAA-new")))
                .isNotEqualTo(ConfigFingerprint.of(CONFIGURATION));
        assertThat(ConfigFingerprint.of(Map.of("tags", new String[] {"a", "b"})))
                .isNotEqualTo(ConfigFingerprint.of(Map.of("tags", new String[] {"a,b"})));
    }

    @Test
    void namesConfigurationFilesWhoseInstanceNeverCame() throws Exception {
        Files.writeString(etc.resolve("webcare.source.twitter-brand.cfg"), "query = x\n");
        Files.writeString(etc.resolve("webcare.source.feed-forum.cfg"), "url = x\n");
        Files.writeString(etc.resolve("webcare.ui.workbench.cfg"), "locale = nl\n");
        scheduler(Duration.ofSeconds(10));
        add(new ScriptedSource("brand"));

        assertThat(scheduler.awaitConfigured(Duration.ofMillis(50))).containsExactly("webcare.source.feed-forum.cfg");
    }

    @Test
    void ofTwoWorkbenchesOnOneDatabaseOnlyTheFirstPollsAnInstanceAndTheOtherSaysWhoDoes() throws Exception {
        ScriptedSource ankes = new ScriptedSource("brand").thenPage("p1", false, "1");
        ScriptedSource piets = new ScriptedSource("brand").thenPage("p9", false, "9");
        scheduler(Duration.ofSeconds(10));
        add(ankes);
        IngestScheduler piet = other(PIET);
        piet.addSource(piets, CONFIGURATION);

        assertThat(sync(ankes).state()).isEqualTo(SourceState.OK);
        SyncResult refused = sync(piet, piets);

        assertThat(refused).isEqualTo(new SyncResult("twitter", "brand", 0, 0, 0, 0, Map.of(),
                SourceState.POLLED_ELSEWHERE, "polled by anke@desk-1:4711"));
        assertThat(refused.failed()).isFalse();
        assertThat(piets.asked).as("not fetched").isEmpty();
        assertThat(status(piet, "brand").until()).as("asked again soon")
                .isEqualTo(clock.instant().plus(Duration.ofSeconds(15)));
        assertThat(store.<Optional<SourceStateRepository.SavedState>>inTransaction(
                tx -> store.states.load(tx, "twitter", "brand"))).get()
                .extracting(SourceStateRepository.SavedState::state).as("the holder's saved state stays").isEqualTo("OK");
        assertThat(store.mentions()).extracting(m -> m.externalId()).containsExactly("1");
    }

    @Test
    void whenTheHolderDiesAnotherTakesOverOnceItsLeaseRunsOutWithinAMinuteFromItsCursor() {
        ScriptedSource ankes = new ScriptedSource("brand").thenPage("p1", false, "1");
        ScriptedSource piets = new ScriptedSource("brand").thenPage("p2", false, "2");
        scheduler(Duration.ofSeconds(10));
        add(ankes);
        IngestScheduler piet = other(PIET);
        piet.addSource(piets, CONFIGURATION);
        sync(ankes);
        Instant lastRenewed = clock.instant();

        // Anke's workbench dies here: it neither renews nor gives up its lease.
        clock.advance(SourceLeases.TTL);
        assertThat(sync(piet, piets).state()).as("the lease lasts its whole time")
                .isEqualTo(SourceState.POLLED_ELSEWHERE);
        Instant nextCheck = status(piet, "brand").until();
        clock.set(nextCheck);
        SyncResult takenOver = sync(piet, piets);

        assertThat(nextCheck).isEqualTo(lastRenewed.plus(Duration.ofMinutes(1)));
        assertThat(takenOver.state()).isEqualTo(SourceState.OK);
        assertThat(piets.asked).as("goes on where Anke left off").containsExactly(new Cursor("p1"));
        assertThat(store.lease("twitter", "brand")).get().extracting(Lease::holder).isEqualTo("piet@desk-2:815");
        assertThat(sync(ankes).message()).as("back again, Anke waits her turn").isEqualTo("polled by piet@desk-2:815");
    }

    @Test
    void aHolderThatRunsKeepsItsLeaseByRenewingIt() {
        SourceLeases ankesLeases = new SourceLeases(store, store.leases, ANKE, clock, SourceLeases.TTL);
        scheduler = workbench(ankesLeases, Duration.ofSeconds(10), false);
        ScriptedSource ankes = new ScriptedSource("brand");
        add(ankes);
        IngestScheduler piet = other(PIET);
        ScriptedSource piets = new ScriptedSource("brand");
        piet.addSource(piets, CONFIGURATION);
        sync(ankes);

        clock.advance(Duration.ofSeconds(30));
        ankesLeases.renewHeld();
        clock.advance(Duration.ofSeconds(30));

        assertThat(sync(piet, piets).state()).isEqualTo(SourceState.POLLED_ELSEWHERE);
        assertThat(store.lease("twitter", "brand")).contains(
                new Lease("anke@desk-1:4711", clock.instant().minusSeconds(30).plus(SourceLeases.TTL)));
    }

    @Test
    void aWorkbenchThatClosesGivesUpItsLeasesAndAnotherPollsAtOnce() {
        ScriptedSource ankes = new ScriptedSource("brand");
        scheduler(Duration.ofSeconds(10));
        add(ankes);
        sync(ankes);

        scheduler.deactivate();
        scheduler = null;

        assertThat(store.lease("twitter", "brand")).isEmpty();
        IngestScheduler piet = other(PIET);
        ScriptedSource piets = new ScriptedSource("brand");
        piet.addSource(piets, CONFIGURATION);
        assertThat(sync(piet, piets).state()).isEqualTo(SourceState.OK);
    }

    @Test
    void anInstanceRemovedFromThisWorkbenchIsLeftToAnotherButOneReconfiguredKeepsItsLease() throws Exception {
        scheduler(Duration.ofSeconds(10));
        ScriptedSource ankes = new ScriptedSource("brand");
        add(ankes);
        sync(ankes);
        Map<String, Object> renewed = new HashMap<>(CONFIGURATION);
        renewed.put("token", "AAAA-new");
        ScriptedSource reconfigured = new ScriptedSource("brand");
        scheduler.addSource(reconfigured, renewed);

        assertThat(store.lease("twitter", "brand")).get().extracting(Lease::holder).isEqualTo("anke@desk-1:4711");

        scheduler.removeSource(reconfigured);

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (store.lease("twitter", "brand").isPresent()) {
            assertThat(System.nanoTime()).as("given up within 30 s").isLessThan(deadline);
            Thread.sleep(5);
        }
    }

    @Test
    void anInstanceThisWorkbenchStopsPollingIsLeftToAnother() {
        ScriptedSource expired = new ScriptedSource("brand")
                .then(() -> new FetchOutcome.AuthFailed("X refused the token (HTTP 401)"));
        scheduler(Duration.ofSeconds(10));
        add(expired);
        IngestScheduler piet = other(PIET);
        ScriptedSource piets = new ScriptedSource("brand");
        piet.addSource(piets, CONFIGURATION);

        assertThat(sync(expired).state()).isEqualTo(SourceState.AUTH_FAILED);

        assertThat(store.lease("twitter", "brand")).isEmpty();
        assertThat(sync(piet, piets).state()).as("Piet's token may still be good").isEqualTo(SourceState.OK);
    }

    @Test
    void aLeaseLeftByAnEndedProcessOfThisUserOnThisComputerIsTakenAtOnce() {
        Workbench self = Workbench.current();
        // a pid no system gives out: Linux stops at 2^22, macOS below 10^5, Windows's are multiples of 4
        String crashed = new Workbench(self.user(), self.host(), Integer.MAX_VALUE).toString();
        store.putLease("twitter", "brand", new Lease(crashed, clock.instant().plus(SourceLeases.TTL)));
        scheduler = workbench(new SourceLeases(store, store.leases, self, clock, SourceLeases.TTL),
                Duration.ofSeconds(10), false);
        ScriptedSource source = new ScriptedSource("brand");
        add(source);

        assertThat(sync(source).state()).isEqualTo(SourceState.OK);
        assertThat(store.lease("twitter", "brand")).get().extracting(Lease::holder).isEqualTo(self.toString());
    }

    @Test
    void onlyAnEndedProcessOfThisUserOnThisComputerIsOutlived() {
        Workbench self = Workbench.current();
        long running = ProcessHandle.current().parent().orElseThrow().pid();

        assertThat(self.outlives(self.user() + "@" + self.host() + ":" + Integer.MAX_VALUE)).isTrue();
        assertThat(self.outlives(self.user() + "@" + self.host() + ":" + running)).as("still running").isFalse();
        assertThat(self.outlives(self.toString())).as("itself").isFalse();
        assertThat(self.outlives("someone-else@" + self.host() + ":" + Integer.MAX_VALUE)).isFalse();
        assertThat(self.outlives(self.user() + "@another-host:" + Integer.MAX_VALUE)).isFalse();
        assertThat(self.outlives("another workbench")).isFalse();
        assertThat(new Workbench("anke", "h".repeat(300), 4711).toString())
                .hasSize(LeaseRepository.MAX_HOLDER).startsWith("anke@hhh").endsWith("h:4711");
    }

    @Test
    void backoffGrowsFromThirtySecondsToHalfAnHourWithinTwentyPercent() {
        Backoff low = new Backoff(fixed(0.0));
        Backoff high = new Backoff(fixed(0.999999));

        assertThat(low.after(1)).isEqualTo(Duration.ofSeconds(24));
        assertThat(high.after(1)).isBetween(Duration.ofSeconds(36).minusMillis(1), Duration.ofSeconds(36));
        assertThat(low.after(2)).isEqualTo(Duration.ofSeconds(48));
        assertThat(high.after(40)).isBetween(Duration.ofMinutes(36).minusMillis(1), Duration.ofMinutes(36));
    }

    private static RandomGenerator fixed(double value) {
        return new RandomGenerator() {
            @Override
            public long nextLong() {
                return 0;
            }

            @Override
            public double nextDouble() {
                return value;
            }
        };
    }

    @Test
    void theSyncCommandPrintsEachInstanceAndFailsWhenOneFailed() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        List<SyncResult> results = List.of(
                new SyncResult("twitter", "brand", 2, 150, 3, 0, Map.of(), SourceState.OK, ""),
                new SyncResult("facebook", "shop", 3, 10, 0, 0, Map.of("no id", 3), SourceState.OK, ""),
                new SyncResult("facebook", "page", 1, 0, 0, 0, Map.of("no id", 3, "no created_time", 2),
                        SourceState.OK, ""),
                new SyncResult("facebook", "old", 0, 0, 0, 0, Map.of(), SourceState.AUTH_FAILED, "token expired"),
                new SyncResult("feed", "forum", 0, 0, 0, 0, Map.of(), SourceState.POLLED_ELSEWHERE,
                        "polled by anke@desk-1:4711"));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SourcesCommand.printResults(results, List.of(), out))
                .isInstanceOf(CommandFailedException.class).hasMessage("1 of 5 source instances failed");
        assertThat(bytes.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "twitter/brand: 2 pages, 150 new, 3 edited, 0 unchanged - OK",
                "facebook/shop: 3 pages, 10 new, 0 edited, 0 unchanged, 3 skipped (no id) - OK",
                "facebook/page: 1 page, 0 new, 0 edited, 0 unchanged, 5 skipped (2 no created_time, 3 no id) - OK",
                "facebook/old: 0 pages, 0 new, 0 edited, 0 unchanged - AUTH_FAILED: token expired",
                "feed/forum: 0 pages, 0 new, 0 edited, 0 unchanged - POLLED_ELSEWHERE: polled by anke@desk-1:4711");
    }

    @Test
    void theSourcesCommandShowsLocalTimes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        SourcesCommand.printSources(List.of(new SourceStatus("twitter", "brand", SourceState.RATE_LIMITED, "slow down",
                        Instant.parse("2026-10-25T01:30:00Z"), Instant.parse("2026-10-25T00:30:00Z"), 5,
                        Map.of("no id", 2)),
                new SourceStatus("twitter", "later", SourceState.NEW, "", null, null, 0, Map.of())),
                List.of(), ZoneId.of("Europe/Amsterdam"), new PrintStream(bytes, true, StandardCharsets.UTF_8));

        // 00:30 UTC is 02:30 summer time; 01:30 UTC is 02:30 winter time: the clocks went back at 03:00.
        assertThat(bytes.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "twitter/brand  RATE_LIMITED (slow down)  last sync 2026-10-25 02:30, 2 skipped (no id)  "
                        + "next 2026-10-25 02:30",
                "twitter/later  NEW (not synced yet)  last sync -  next -");
    }
}

package webcare.store.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import webcare.store.api.LeaseRepository;
import webcare.store.api.LeaseRepository.Lease;
import webcare.store.api.StoreException;

class SqlLeaseRepositoryTest {

    private static final Instant NOW = Instant.parse("2026-10-25T01:30:00.123456789Z");
    private static final Duration TTL = Duration.ofSeconds(45);
    private static final Duration DEADLINE = Duration.ofSeconds(20);
    private static final String ANKE = "anke@desk-1:4711";
    private static final String PIET = "piet@desk-2:815";

    @RegisterExtension
    final OpenedStore store = new OpenedStore(NOW);
    private final SqlLeaseRepository leases = new SqlLeaseRepository();
    private final ExecutorService workers = Executors.newFixedThreadPool(2);

    @AfterEach
    void stopWorkers() throws InterruptedException {
        workers.shutdownNow();
        assertThat(workers.awaitTermination(DEADLINE.toSeconds(), TimeUnit.SECONDS)).isTrue();
    }

    private boolean acquire(String holder, Instant now) throws StoreException {
        return store.inTransaction(tx -> leases.acquire(tx, "twitter", "brand", holder, now, TTL));
    }

    private Optional<Lease> lease() throws StoreException {
        return store.inTransaction(tx -> leases.holder(tx, "twitter", "brand"));
    }

    @Test
    void aFreeLeaseIsTakenUntilItsTimeToLiveEnds() throws Exception {
        assertThat(lease()).isEmpty();

        assertThat(acquire(ANKE, NOW)).isTrue();

        assertThat(lease()).contains(new Lease(ANKE, SqlMentionRepository.micros(NOW.plus(TTL))));
        assertThat(store.<Optional<Lease>>inTransaction(tx -> leases.holder(tx, "twitter", "shop"))).isEmpty();
    }

    @Test
    void aLeaseAnotherHoldsIsRefusedUntilItExpiresThenTakenOver() throws Exception {
        acquire(ANKE, NOW);

        assertThat(acquire(PIET, NOW.plus(TTL).minusMillis(1))).isFalse();
        assertThat(acquire(PIET, NOW.plus(TTL))).as("expires at its end, not before").isFalse();
        assertThat(lease()).get().extracting(Lease::holder).isEqualTo(ANKE);

        assertThat(acquire(PIET, NOW.plus(TTL).plusMillis(1))).isTrue();
        assertThat(lease()).contains(new Lease(PIET, SqlMentionRepository.micros(NOW.plus(TTL).plusMillis(1).plus(TTL))));
        assertThat(acquire(ANKE, NOW.plus(TTL).plusSeconds(1))).as("the old holder lost it").isFalse();
    }

    @Test
    void theHolderRenewingExtendsItsLease() throws Exception {
        acquire(ANKE, NOW);

        assertThat(acquire(ANKE, NOW.plusSeconds(30))).isTrue();

        assertThat(lease()).contains(new Lease(ANKE, SqlMentionRepository.micros(NOW.plusSeconds(30).plus(TTL))));
        assertThat(acquire(PIET, NOW.plus(TTL).plusSeconds(1))).as("renewed past its first expiry").isFalse();
    }

    @Test
    void releasingFreesTheLeaseButOnlyItsHolderCan() throws Exception {
        acquire(ANKE, NOW);

        store.inTransaction(tx -> {
            leases.release(tx, "twitter", "brand", PIET);
            return null;
        });
        assertThat(lease()).get().extracting(Lease::holder).isEqualTo(ANKE);

        store.inTransaction(tx -> {
            leases.release(tx, "twitter", "brand", ANKE);
            return null;
        });
        assertThat(lease()).isEmpty();
        assertThat(acquire(PIET, NOW.plusSeconds(1))).isTrue();
    }

    @Test
    void aHolderNameLongerThanItsColumnIsRefused() {
        assertThatThrownBy(() -> acquire("x".repeat(LeaseRepository.MAX_HOLDER + 1), NOW))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("a lease holder's name is at most");
    }

    @Test
    void ofTwoWorkbenchesRacingForAFreeLeaseExactlyOneGetsIt() throws Exception {
        for (int round = 0; round < 10; round++) {
            String instance = "brand-" + round;
            CountDownLatch bothInTransaction = new CountDownLatch(2);
            List<Future<Boolean>> takes = List.of(ANKE, PIET).stream()
                    .map(holder -> workers.submit(() -> store.<Boolean>inTransaction(tx -> {
                        bothInTransaction.countDown();
                        OpenedStore.await(bothInTransaction, DEADLINE);
                        return leases.acquire(tx, "twitter", instance, holder, NOW, TTL);
                    })))
                    .toList();

            boolean anke = takes.get(0).get(DEADLINE.toSeconds(), TimeUnit.SECONDS);
            boolean piet = takes.get(1).get(DEADLINE.toSeconds(), TimeUnit.SECONDS);

            assertThat(anke).as("round %d", round).isNotEqualTo(piet);
            assertThat(store.<Optional<Lease>>inTransaction(tx -> leases.holder(tx, "twitter", instance)))
                    .get().extracting(Lease::holder).isEqualTo(anke ? ANKE : PIET);
        }
    }

    @Test
    void theWorkbenchThatInsertsSecondIsRefusedOnceTheFirstCommitsAndGoesOn() throws Exception {
        // H2 refuses a key another unit of work inserted and has not committed at once; PostgreSQL
        // waits for that unit of work to end.
        assertThat(raceWhileTheFirstHolds(!OpenedStore.h2())).isFalse();
        assertThat(lease()).get().extracting(Lease::holder).isEqualTo(ANKE);
    }

    @Test
    void ofTwoWorkbenchesTakingOverAnExpiredLeaseTheSecondSeesTheFirstsRenewal() throws Exception {
        acquire("gone@desk-3:99", NOW.minus(TTL).minusSeconds(1));

        assertThat(raceWhileTheFirstHolds(true)).isFalse();
        assertThat(lease()).get().extracting(Lease::holder).isEqualTo(ANKE);
    }

    /**
     * Anke acquires on a worker and holds her unit of work open while Piet acquires (and, when
     * {@code secondWaits}, waits for her row); then Anke commits. Returns whether Piet got the
     * lease; his unit of work must still be usable after it.
     */
    private boolean raceWhileTheFirstHolds(boolean secondWaits) throws Exception {
        CountDownLatch acquired = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        Future<Boolean> first = workers.submit(() -> store.<Boolean>inTransaction(tx -> {
            boolean held = leases.acquire(tx, "twitter", "brand", ANKE, NOW, TTL);
            acquired.countDown();
            OpenedStore.await(commit, DEADLINE);
            return held;
        }));
        OpenedStore.await(acquired, DEADLINE);
        Future<Boolean> second = workers.submit(() -> store.<Boolean>inTransaction(tx -> {
            boolean held = leases.acquire(tx, "twitter", "brand", PIET, NOW, TTL);
            leases.holder(tx, "twitter", "brand"); // still usable after losing
            return held;
        }));
        if (secondWaits) {
            store.awaitASessionWaitingForALock(DEADLINE);
        }
        commit.countDown();

        assertThat(first.get(DEADLINE.toSeconds(), TimeUnit.SECONDS)).isTrue();
        return second.get(DEADLINE.toSeconds(), TimeUnit.SECONDS);
    }
}

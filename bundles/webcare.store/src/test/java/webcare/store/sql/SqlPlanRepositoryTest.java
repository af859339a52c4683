package webcare.store.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import webcare.store.api.PlanRepository.AuditRow;
import webcare.store.api.PlanRepository.Version;
import webcare.store.api.PlanRepository.Working;
import webcare.store.api.StoreException;
import webcare.store.api.Transaction;

class SqlPlanRepositoryTest {

    private static final Instant NOW = Instant.parse("2026-10-25T01:30:00Z");
    private static final Duration DEADLINE = Duration.ofSeconds(20);

    @RegisterExtension
    final OpenedStore store = new OpenedStore(NOW);
    private final SqlPlanRepository plans = new SqlPlanRepository();
    private final ExecutorService workers = Executors.newFixedThreadPool(2);

    @AfterEach
    void stopWorkers() throws InterruptedException {
        workers.shutdownNow();
        workers.awaitTermination(DEADLINE.toSeconds(), TimeUnit.SECONDS);
    }

    private OptionalLong save(String json, long expected) throws StoreException {
        return store.inTransaction(tx -> plans.saveWorking(tx, json, expected, NOW, "anke"));
    }

    private Optional<Working> working() throws StoreException {
        return store.inTransaction(tx -> plans.working(tx));
    }

    private long workingRevision() throws StoreException {
        return store.inTransaction(tx -> plans.workingRevision(tx));
    }

    private long revisionsStored() throws StoreException {
        return store.inTransaction(tx -> SqlTransaction.sql(tx, connection -> {
            try (Statement statement = connection.createStatement();
                    ResultSet result = statement.executeQuery("SELECT COUNT(*) FROM plan_revision")) {
                result.next();
                return result.getLong(1);
            }
        }));
    }

    /** A plan text of about {@code chars} characters with Dutch diacritics and emoji throughout. */
    static String largePlan(int chars) {
        String line = "{\"stap\":\"Bel de woordvoerder; crème brûlée, ruïne, één, coördinatie, café 🚨😀🇳🇱\"},\n";
        return "[\n" + line.repeat(chars / line.length() + 1) + "{\"einde\":\"ë\"}]";
    }

    @Nested
    class WorkingPlan {

        @Test
        void hasNoWorkingPlanBeforeTheFirstSave() throws Exception {
            assertThat(working()).isEmpty();
            assertThat(workingRevision()).isZero();
            assertThat(store.<Optional<String>>inTransaction(tx -> plans.workingAt(tx, 1))).isEmpty();
        }

        @Test
        void savesTheFirstRevisionFromZeroAndEachNextFromThePrevious() throws Exception {
            assertThat(save("{\"v\":1}", 0)).hasValue(1);
            assertThat(working()).contains(new Working("{\"v\":1}", 1, NOW, "anke"));

            OptionalLong second = store.inTransaction(
                    tx -> plans.saveWorking(tx, "{\"v\":2}", 1, NOW.plusSeconds(60), "piet"));

            assertThat(second).hasValue(2);
            assertThat(working()).contains(new Working("{\"v\":2}", 2, NOW.plusSeconds(60), "piet"));
            assertThat(workingRevision()).isEqualTo(2);
            assertThat(store.<Optional<String>>inTransaction(tx -> plans.workingAt(tx, 1))).contains("{\"v\":1}");
            assertThat(store.<Optional<String>>inTransaction(tx -> plans.workingAt(tx, 2))).contains("{\"v\":2}");
            assertThat(store.<Optional<String>>inTransaction(tx -> plans.workingAt(tx, 3))).isEmpty();
            assertThat(store.<Optional<Working>>inTransaction(tx -> plans.revision(tx, 1)))
                    .contains(new Working("{\"v\":1}", 1, NOW, "anke"));
            assertThat(store.<Optional<Working>>inTransaction(tx -> plans.revision(tx, 2)))
                    .contains(new Working("{\"v\":2}", 2, NOW.plusSeconds(60), "piet"));
            assertThat(store.<Optional<Working>>inTransaction(tx -> plans.revision(tx, 3))).isEmpty();
        }

        @Test
        void refusesAStaleOrFutureExpectedRevisionAndWritesNothing() throws Exception {
            save("{\"v\":1}", 0);

            assertThat(save("{\"stale\":true}", 0)).isEmpty();
            assertThat(save("{\"ahead\":true}", 2)).isEmpty();

            assertThat(working()).contains(new Working("{\"v\":1}", 1, NOW, "anke"));
            assertThat(workingRevision()).isEqualTo(1);
            assertThat(revisionsStored()).isEqualTo(1);
        }

        @Test
        void letsExactlyOneOfTwoConcurrentSavesOnTheSameRevisionWin() throws Exception {
            save("{\"v\":1}", 0);
            CountDownLatch bothInTransaction = new CountDownLatch(2);
            List<Future<OptionalLong>> saves = List.of("{\"by\":\"a\"}", "{\"by\":\"b\"}").stream()
                    .map(json -> workers.submit(() -> store.<OptionalLong>inTransaction(tx -> {
                        bothInTransaction.countDown();
                        OpenedStore.await(bothInTransaction, DEADLINE);
                        return plans.saveWorking(tx, json, 1, NOW, "anke");
                    })))
                    .toList();

            OptionalLong a = saves.get(0).get(DEADLINE.toSeconds(), TimeUnit.SECONDS);
            OptionalLong b = saves.get(1).get(DEADLINE.toSeconds(), TimeUnit.SECONDS);

            assertThat(List.of(a, b)).containsExactlyInAnyOrder(OptionalLong.of(2), OptionalLong.empty());
            assertThat(revisionsStored()).isEqualTo(2);
            assertThat(working().map(Working::json)).contains(a.isPresent() ? "{\"by\":\"a\"}" : "{\"by\":\"b\"}");
        }

        /**
         * Starts saving revision 1 on a worker, which commits only once {@code commit} is counted
         * down; returns when the row is inserted, so the revision's key is taken but not committed.
         */
        private Future<OptionalLong> saveFirstAndHold(CountDownLatch commit) throws StoreException {
            CountDownLatch inserted = new CountDownLatch(1);
            Future<OptionalLong> first = workers.submit(() -> store.<OptionalLong>inTransaction(tx -> {
                OptionalLong saved = plans.saveWorking(tx, "{\"by\":\"first\"}", 0, NOW, "anke");
                inserted.countDown();
                OpenedStore.await(commit, DEADLINE);
                return saved;
            }));
            OpenedStore.await(inserted, DEADLINE);
            return first;
        }

        @Test
        void givesTheSaveThatInsertsSecondEmptyAndLeavesItsUnitOfWorkUsable() throws Exception {
            CountDownLatch commitFirst = new CountDownLatch(1);
            Future<OptionalLong> first = saveFirstAndHold(commitFirst);
            // The second reads revision 0 too (the first has not committed), then waits on the
            // first one's row in the primary key until the first commits.
            Future<OptionalLong> second = workers.submit(() -> store.<OptionalLong>inTransaction(tx -> {
                OptionalLong saved = plans.saveWorking(tx, "{\"by\":\"second\"}", 0, NOW, "piet");
                plans.audit(tx, List.of(new AuditRow(NOW, "piet", "save", null, "lost the race")));
                return saved;
            }));
            store.awaitASessionWaitingForALock(DEADLINE);
            commitFirst.countDown();

            assertThat(first.get(DEADLINE.toSeconds(), TimeUnit.SECONDS)).hasValue(1);
            assertThat(second.get(DEADLINE.toSeconds(), TimeUnit.SECONDS)).isEmpty();
            assertThat(revisionsStored()).isEqualTo(1);
            assertThat(working().map(Working::json)).contains("{\"by\":\"first\"}");
            assertThat(store.<List<AuditRow>>inTransaction(tx -> plans.audit(tx, 10)))
                    .extracting(AuditRow::detail).containsExactly("lost the race");
        }

        @Test
        void givesEmptyWhenAnotherUnitOfWorkHoldsTheNextRevisionPastTheLockTimeout() throws Exception {
            CountDownLatch commitFirst = new CountDownLatch(1);
            Future<OptionalLong> first = saveFirstAndHold(commitFirst);

            OptionalLong second;
            try {
                second = store.inTransaction(tx -> {
                    execute(tx, OpenedStore.lockTimeout(50));
                    OptionalLong saved = plans.saveWorking(tx, "{\"by\":\"second\"}", 0, NOW, "piet");
                    execute(tx, OpenedStore.lockTimeout(2000));
                    return saved;
                });
            } finally {
                commitFirst.countDown();
            }

            assertThat(second).isEmpty();
            assertThat(first.get(DEADLINE.toSeconds(), TimeUnit.SECONDS)).hasValue(1);
            assertThat(revisionsStored()).isEqualTo(1);
        }

        @Test
        void keepsTheSavedTimeInUtcToTheMicrosecond() throws Exception {
            Instant fine = Instant.parse("2026-10-25T00:59:59.123456789Z");

            store.inTransaction(tx -> plans.saveWorking(tx, "{}", 0, fine, "anke"));

            assertThat(working().map(Working::savedAt)).contains(Instant.parse("2026-10-25T00:59:59.123456Z"));
        }

        @Test
        void keepsATwoMegabytePlanWithDiacriticsAndEmojiUnchanged() throws Exception {
            String plan = largePlan(2_000_000);

            save(plan, 0);
            int number = store.inTransaction(tx -> plans.addVersion(tx, plan, NOW, "anke"));

            Working stored = working().orElseThrow();
            assertThat(stored.json().length()).isEqualTo(plan.length());
            assertThat(stored.json().equals(plan)).as("the working plan comes back unchanged").isTrue();
            assertThat(store.<Optional<String>>inTransaction(tx -> plans.workingAt(tx, 1)).orElseThrow().equals(plan))
                    .as("revision 1 comes back unchanged").isTrue();
            assertThat(store.<Optional<Version>>inTransaction(tx -> plans.version(tx, number)).orElseThrow().json()
                    .equals(plan)).as("the version comes back unchanged").isTrue();
        }

        @Test
        void keepsEveryRevisionOfAMultiMegabytePlanAcrossReopening() throws Exception {
            // H2 2.5.252 failed on the eleventh such row when the body was CHARACTER VARYING
            String plan = largePlan(2_300_000);
            for (long revision = 0; revision < 14; revision++) {
                assertThat(save(plan + revision, revision)).hasValue(revision + 1);
            }
            store.reopen();

            assertThat(working().map(Working::revision)).contains(14L);
            assertThat(working().orElseThrow().json().equals(plan + 13)).as("revision 14 unchanged").isTrue();
            assertThat(store.<Optional<String>>inTransaction(tx -> plans.workingAt(tx, 1)).orElseThrow()
                    .equals(plan + 0)).as("revision 1 unchanged").isTrue();
        }
    }

    @Nested
    class Versions {

        @Test
        void numbersVersionsOneTwoThreeAndListsThemOldestFirst() throws Exception {
            assertThat(store.<List<Version>>inTransaction(tx -> plans.versions(tx))).isEmpty();

            int first = store.inTransaction(tx -> plans.addVersion(tx, "{\"v\":1}", NOW, "anke"));
            int second = store.inTransaction(tx -> plans.addVersion(tx, "{\"v\":2}", NOW.plusSeconds(1), "piet"));
            int third = store.inTransaction(tx -> plans.addVersion(tx, "{\"v\":3}", NOW.plusSeconds(2), "anke"));

            assertThat(List.of(first, second, third)).containsExactly(1, 2, 3);
            assertThat(store.<List<Version>>inTransaction(tx -> plans.versions(tx))).containsExactly(
                    new Version(1, "{\"v\":1}", NOW, "anke"),
                    new Version(2, "{\"v\":2}", NOW.plusSeconds(1), "piet"),
                    new Version(3, "{\"v\":3}", NOW.plusSeconds(2), "anke"));
        }

        @Test
        void leavesEarlierVersionsAsTheyWereWhenLaterOnesAreAdded() throws Exception {
            store.inTransaction(tx -> plans.addVersion(tx, "{\"v\":1}", NOW, "anke"));
            Optional<Version> before = store.inTransaction(tx -> plans.version(tx, 1));

            store.inTransaction(tx -> {
                plans.addVersion(tx, "{\"v\":2}", NOW.plusSeconds(60), "piet");
                return plans.addVersion(tx, "{\"v\":3}", NOW.plusSeconds(120), "piet");
            });

            assertThat(before).contains(new Version(1, "{\"v\":1}", NOW, "anke"));
            assertThat(store.<Optional<Version>>inTransaction(tx -> plans.version(tx, 1))).isEqualTo(before);
            assertThat(store.<Optional<Version>>inTransaction(tx -> plans.version(tx, 4))).isEmpty();
        }

        @Test
        void numbersVersionsApartFromWorkingRevisions() throws Exception {
            save("{\"v\":1}", 0);
            save("{\"v\":2}", 1);

            assertThat(store.<Integer>inTransaction(tx -> plans.addVersion(tx, "{\"v\":2}", NOW, "anke"))).isEqualTo(1);
        }
    }

    @Nested
    class Audit {

        @Test
        void readsTheNewestLinesFirstUpToTheLimit() throws Exception {
            // the same instant for all: the order written decides
            store.inTransaction(tx -> {
                plans.audit(tx, List.of(
                        new AuditRow(NOW, "anke", "import", null, "plan geïmporteerd"),
                        new AuditRow(NOW, "anke", "save", "step:3", "stap 3 gewijzigd"),
                        new AuditRow(NOW, "piet", "save", "contact:7", "telefoonnummer aangepast")));
                return null;
            });
            store.inTransaction(tx -> {
                plans.audit(tx, List.of(
                        new AuditRow(NOW.plusSeconds(5), "piet", "approve", null, "versie 1 goedgekeurd 👍"),
                        new AuditRow(NOW, "anke", "save", "step:4", "stap 4 toegevoegd")));
                return null;
            });

            List<AuditRow> all = store.inTransaction(tx -> plans.audit(tx, 100));
            List<AuditRow> newestTwo = store.inTransaction(tx -> plans.audit(tx, 2));

            assertThat(all).extracting(AuditRow::detail).containsExactly("stap 4 toegevoegd",
                    "versie 1 goedgekeurd 👍", "telefoonnummer aangepast", "stap 3 gewijzigd", "plan geïmporteerd");
            assertThat(all.get(4)).isEqualTo(new AuditRow(NOW, "anke", "import", null, "plan geïmporteerd"));
            assertThat(newestTwo).isEqualTo(all.subList(0, 2));
            assertThat(store.<List<AuditRow>>inTransaction(tx -> plans.audit(tx, 0))).isEmpty();
        }

        @Test
        void writesNothingForAnEmptyBatch() throws Exception {
            store.inTransaction(tx -> {
                plans.audit(tx, List.of());
                return null;
            });

            assertThat(store.<List<AuditRow>>inTransaction(tx -> plans.audit(tx, 10))).isEmpty();
        }

        @Test
        void refusesALineLongerThanItsColumnWithAMessageForPeopleAndWritesNoneOfTheBatch() throws Exception {
            List<AuditRow> batch = List.of(new AuditRow(NOW, "anke", "save", null, "kort"),
                    new AuditRow(NOW, "anke", "save", null, "x".repeat(SqlPlanRepository.MAX_DETAIL + 1)));

            assertThatThrownBy(() -> store.inTransaction(tx -> {
                plans.audit(tx, batch);
                return null;
            })).isInstanceOf(StoreException.class).hasMessageContaining("at most 20000");
            assertThat(store.<List<AuditRow>>inTransaction(tx -> plans.audit(tx, 10))).isEmpty();
        }
    }

    private static void execute(Transaction tx, String sql) throws StoreException {
        SqlTransaction.sql(tx, connection -> {
            try (Statement statement = connection.createStatement()) {
                return statement.execute(sql);
            }
        });
    }
}

package webcare.store.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import webcare.model.Mention;
import webcare.store.api.InboxRepository.Triaged;
import webcare.store.api.StoreException;
import webcare.store.api.StoreState;

/** {@code database migrate-to}: an H2 file with data in many tables copied into a real PostgreSQL database. */
class MigrationToPostgresTest {

    private static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");

    @TempDir
    Path folder;

    private H2Store file;
    private final List<String> databases = new ArrayList<>();
    private final SqlMentionRepository mentions = new SqlMentionRepository();
    private final SqlInboxRepository inbox = new SqlInboxRepository();
    private final SqlPlanRepository plans = new SqlPlanRepository();
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    @BeforeEach
    void fill() throws Exception {
        file = new H2Store(folder, Migration.bundled(), "9.9.9-test", Clock.fixed(NOW, ZoneOffset.UTC), line -> { });
        List<Mention> batch = new ArrayList<>();
        for (int i = 0; i < 1_500; i++) {
            batch.add(SqlMentionRepositoryTest.tweet(Integer.toString(i), "Pakket " + i + " is kapot, wie helpt?",
                    "2026-12-0" + (1 + i % 6) + "T10:00:00Z", null));
        }
        file.inTransaction(tx -> {
            mentions.save(tx, batch);
            List<Triaged> triaged = new ArrayList<>();
            for (var each : inbox.untriaged(tx, 2_000)) {
                triaged.add(new Triaged(each.id(), "nl", -0.6, "NEGATIVE", "RESPOND", 50, NOW, "[]", "[]", true, NOW));
            }
            inbox.saveTriage(tx, triaged, Set.of());
            plans.saveWorking(tx, "{\"organisation\":\"Bakkerij Één\"}", 0, NOW, "anna");
            return null;
        });
    }

    @AfterEach
    void close() {
        file.close();
        databases.forEach(PostgresServer::drop);
    }

    @Test
    void copiesEveryTableVerifiedAndTheCopyWorksOnAsTheTeamsDatabase() throws Exception {
        String url = database();
        migrateTo(url);

        String output = printed.toString(StandardCharsets.UTF_8);
        assertThat(output).contains("  mention ", "1,500 rows  verified", "  inbox_posting ", "  plan_revision ", "1 row   verified")
                .contains("every table's row count and checksum match").doesNotContain(PostgresServer.PASSWORD);
        PostgresStore team = new PostgresStore(url, PostgresServer.USER, PostgresServer.PASSWORD, Migration.bundled(),
                "9.9.9-test", Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofSeconds(1));
        try {
            while (team.state() instanceof StoreState.Opening) {
                Thread.sleep(20);
            }
            assertThat(team.<Long>inTransaction(tx -> inbox.untriagedCount(tx))).isZero();
            assertThat(team.inTransaction(tx -> plans.working(tx)).orElseThrow().json())
                    .isEqualTo("{\"organisation\":\"Bakkerij Één\"}");
            // a new mention gets an id after the copied ones: the identity counter moved on
            var saved = team.inTransaction(tx -> mentions.save(tx, List.of(SqlMentionRepositoryTest.tweet("new",
                    "nieuw", "2026-12-07T08:00:00Z", null))));
            assertThat(saved.added()).isEqualTo(1);
            assertThat(file.<Long>inTransaction(tx -> inbox.untriagedCount(tx))).as("the file is only read").isZero();
            // the checksum sees one changed value among the rows
            long before = team.inTransaction(tx -> SqlTransaction.sql(tx, c -> DatabaseCopy.checksum(c, "inbox_item")));
            team.inTransaction(tx -> SqlTransaction.sql(tx, c -> c.createStatement().executeUpdate(
                    "UPDATE inbox_item SET priority = 51 WHERE mention_id = (SELECT MIN(mention_id) FROM inbox_item)")));
            assertThat(team.<Long>inTransaction(tx -> SqlTransaction.sql(tx, c -> DatabaseCopy.checksum(c, "inbox_item"))))
                    .isNotEqualTo(before);
        } finally {
            team.close();
        }
    }

    @Test
    void aDatabaseWithDataOrWithOtherTablesIsRefusedAndLeftAsItWas() throws Exception {
        String url = database();
        migrateTo(url);
        assertThatThrownBy(() -> migrateTo(url)).isInstanceOf(StoreException.class).hasMessage("migrate-to: " + url
                + " is not empty (6 tables hold rows, e.g. author_history with 1,500 rows): copy into an empty database only; "
                + "nothing was written");

        String other = database();
        try (Connection connection = DriverManager.getConnection(other, PostgresServer.USER, PostgresServer.PASSWORD);
                Statement create = connection.createStatement()) {
            create.execute("CREATE TABLE customers (id BIGINT PRIMARY KEY)");
        }
        assertThatThrownBy(() -> migrateTo(other)).isInstanceOf(StoreException.class).hasMessage("migrate-to: "
                + other + " holds other tables (customers): give an empty database (createdb)");
    }

    private void migrateTo(String url) throws StoreException, InterruptedException {
        new MigrationToPostgres(file, url, PostgresServer.USER, PostgresServer.PASSWORD, "9.9.9-test",
                new PrintStream(printed, true, StandardCharsets.UTF_8)).run();
    }

    private String database() {
        String url = PostgresServer.newDatabase();
        databases.add(url);
        return url;
    }
}

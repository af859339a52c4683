package webcare.store.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import webcare.launch.testing.HomeLaunch;
import webcare.store.api.StoreException;
import webcare.store.api.StoreState;

/** Which store {@code etc/webcare.store.cfg} chooses, and the one-line errors of a wrong file. */
class ConfiguredStoreTest {

    @TempDir
    Path home;

    @Test
    void withoutAUrlTheEmbeddedFileIsTheStore() {
        ConfiguredStore store = configured(Map.of(), Map.of());
        try {
            assertThat(store.location()).isEqualTo(home.resolve("data").resolve("webcare.mv.db").toString());
        } finally {
            store.close();
        }
    }

    @Test
    void whileTheFileIsNotDeliveredYetNothingIsOpened() throws Exception {
        Files.createDirectories(home.resolve("etc"));
        Files.writeString(home.resolve("etc/webcare.store.cfg"), "url = jdbc:postgresql://db.example.org/webcare\n");
        ConfiguredStore store = new ConfiguredStore(new HomeLaunch(home), Map.of("component.name", "webcare.store"),
                Map.<String, String>of()::get);

        assertThat(store.state()).isInstanceOf(StoreState.Opening.class);
        assertThat(home.resolve("data")).as("no H2 file made on the side").doesNotExist();
        store.close();
        assertThatThrownBy(() -> store.inTransaction(tx -> null)).isInstanceOf(StoreException.class)
                .hasMessageEndingWith("webcare.store.cfg: try again");
    }

    @Test
    void aUrlThatIsNotPostgresqlIsNamedWithWhatToWrite() {
        assertThat(failure(Map.of("url", "jdbc:mysql://db/webcare?password=geheim", "user", "webcare"), Map.of()))
                .isEqualTo("etc/webcare.store.cfg: url: 'jdbc:mysql://db/webcare' is not a PostgreSQL url; write "
                        + "url = jdbc:postgresql://host:5432/webcare, or leave url out for the embedded database");
    }

    @Test
    void theUserAndAPasswordAreRequiredAndThePasswordIsNeverInTheFile() throws Exception {
        Map<String, Object> noUser = Map.of("url", "jdbc:postgresql://db/webcare");
        assertThat(failure(noUser, Map.of())).isEqualTo(
                "etc/webcare.store.cfg: user: missing; name the database user, e.g. user = webcare");

        Map<String, Object> server = Map.of("url", "jdbc:postgresql://db/webcare", "user", "webcare");
        assertThat(failure(server, Map.of())).isEqualTo("etc/webcare.store.cfg: no password: set passwordFile = "
                + "<file in etc/>, or the environment variable WEBCARE_STORE_PASSWORD");
        Map<String, Object> ownVariable = new HashMap<>(server);
        ownVariable.put("passwordEnv", "TEAM_DB_PASSWORD");
        assertThat(failure(ownVariable, Map.of())).endsWith("or the environment variable TEAM_DB_PASSWORD");

        Map<String, Object> fromFile = new HashMap<>(server);
        fromFile.put("passwordFile", "store.password");
        assertThat(failure(fromFile, Map.of())).isEqualTo("etc/webcare.store.cfg: passwordFile: "
                + home.resolve("etc").resolve("store.password") + " cannot be read (NoSuchFileException): create it "
                + "with the password on one line, chmod 600");
    }

    @Test
    void aPasswordFromTheFileReachesTheServerAndNoMessage() throws Exception {
        String url = PostgresServer.newDatabase();
        try {
            Files.createDirectories(home.resolve("etc"));
            Files.writeString(home.resolve("etc/store.password"), "s3cret-Pa55\n");
            ConfiguredStore store = configured(Map.of("url", url, "user", "nobody", "passwordFile", "store.password"),
                    Map.of());
            try {
                long deadline = System.nanoTime() + 60_000_000_000L;
                while (store.state() instanceof StoreState.Opening && System.nanoTime() < deadline) {
                    Thread.sleep(20);
                }
                assertThat(store.state()).isInstanceOf(StoreState.Failed.class);
                assertThat(((StoreState.Failed) store.state()).message()).contains("refused user 'nobody'")
                        .doesNotContain("s3cret");
                assertThat(store.location()).isEqualTo(url);
            } finally {
                store.close();
            }
        } finally {
            PostgresServer.drop(url);
        }
    }

    private String failure(Map<String, Object> settings, Map<String, String> environment) {
        ConfiguredStore store = configured(settings, environment);
        StoreState state = store.state();
        assertThat(state).isInstanceOf(StoreState.Failed.class);
        assertThatThrownBy(() -> store.inTransaction(tx -> null)).isInstanceOf(StoreException.class);
        store.close();
        return ((StoreState.Failed) state).message();
    }

    /** As File Install delivers {@code settings}: with the configuration's pid. */
    private ConfiguredStore configured(Map<String, Object> settings, Map<String, String> environment) {
        Map<String, Object> properties = new HashMap<>(settings);
        properties.put("service.pid", ConfiguredStore.PID);
        return new ConfiguredStore(new HomeLaunch(home), properties, environment::get);
    }
}

package webcare.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Settings problems as a user meets them: each named with its file (and key) by {@code bundles},
 * and a setting {@code bundles} rejects is not run anyway. (The window's {@code locale} is
 * {@link WorkbenchIT}'s, as only the window reads it.)
 */
class SettingsIT {

    @TempDir
    Path home;

    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.stop(0);
        }
    }

    private Product.Run webcare(String... arguments) throws Exception {
        return Product.run(home, Product.distribution(), Map.of(), arguments);
    }

    private void write(String file, byte[] content) throws Exception {
        Files.createDirectories(home.resolve("etc"));
        Files.write(home.resolve("etc").resolve(file), content);
    }

    private void write(String file, String content) throws Exception {
        write(file, content.getBytes(StandardCharsets.UTF_8));
    }

    /** A server that counts what it is asked and answers nothing useful: no connector must get this far. */
    private String platform() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(500, -1);
            exchange.close();
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Test
    void aSourceFileWithoutADashIsNamedWithHowToNameItAndNeverRuns() throws Exception {
        write("webcare.source.twitter.cfg", "query = kwiek\ntoken = AAAA-secret\nbaseUrl = " + platform() + "\n");
        String rename = "etc/webcare.source.twitter.cfg: a source instance file needs a name after a dash: "
                + "rename it to webcare.source.twitter-<name>.cfg";

        Product.Run bundles = webcare("--headless", "bundles");
        Product.Run sources = webcare("--headless", "sources");
        Product.Run sync = webcare("--headless", "sync");

        assertThat(bundles.exit()).isEqualTo(1);
        assertThat(bundles.out()).contains(rename + System.lineSeparator());
        assertThat(sources.out()).as("sources, before any pass").contains(
                "rename it to webcare.source.twitter-<name>.cfg").doesNotContain(" OK ", " NEW ");
        assertThat(sync.exit()).isEqualTo(1);
        assertThat(sync.out()).contains(rename);
        assertThat(requests).hasValue(0);
        assertThat(bundles.out() + bundles.err() + sync.out() + sync.err()
                + Files.readString(home.resolve("logs/webcare.0.log")))
                .doesNotContain("Exception", "\tat ", "AAAA-secret");
    }

    @Test
    void aPollIntervalBundlesRejectsIsNotRunAnyway() throws Exception {
        write("webcare.source.twitter-brand.cfg", "query = kwiek\ntoken = AAAA-secret\npollSeconds = 5\nbaseUrl = "
                + platform() + "\n");

        Product.Run bundles = webcare("--headless", "bundles");
        Product.Run sources = webcare("--headless", "sources");
        Product.Run sync = webcare("--headless", "sync");

        assertThat(sources.out()).as("sources, before any pass").contains("twitter/brand  BAD_CONFIGURATION "
                + "(setting 'pollSeconds': 'pollSeconds' in etc/webcare.source.twitter-brand.cfg must be at least 10)");
        assertThat(bundles.exit()).isEqualTo(1);
        assertThat(bundles.out()).contains("etc/webcare.source.twitter-brand.cfg: pollSeconds: '5' is not accepted: "
                + "less than minimum (seconds between two sync passes, at least 10)");
        assertThat(sync.exit()).isEqualTo(1);
        assertThat(sync.out()).contains("twitter/brand: 0 pages, 0 new, 0 edited, 0 unchanged - BAD_CONFIGURATION: "
                + "setting 'pollSeconds': 'pollSeconds' in etc/webcare.source.twitter-brand.cfg must be at least 10");
        assertThat(requests).as("requests to the platform").hasValue(0);
    }

    @Test
    void aValueOfTheWrongTypeIsNamedNotAStackTraceAndNotRunAnyway() throws Exception {
        String base = platform();
        write("webcare.source.twitter-brand.cfg", "query = kwiek\ntoken = AAAA-secret\npollSeconds = two minutes\n"
                + "baseUrl = " + base + "\n");
        write("webcare.source.facebook-shop.cfg", "pageId = 1234\ntoken = EAAB-secret\nincludeRatings = maybe\n"
                + "baseUrl = " + base + "\n");

        Product.Run bundles = webcare("--headless", "bundles");
        Product.Run sync = webcare("--headless", "sync");

        assertThat(bundles.exit()).isEqualTo(1);
        assertThat(bundles.out()).contains("etc/webcare.source.twitter-brand.cfg: pollSeconds: 'two minutes' is not "
                + "accepted: invalid value (seconds between two sync passes, at least 10)",
                "etc/webcare.source.facebook-shop.cfg: includeRatings: 'maybe' is not accepted: invalid value")
                .doesNotContain("failed to start");
        assertThat(sync.exit()).isEqualTo(1);
        assertThat(sync.out()).contains("twitter/brand: 0 pages, 0 new, 0 edited, 0 unchanged - BAD_CONFIGURATION: "
                + "setting 'pollSeconds': 'pollSeconds' in etc/webcare.source.twitter-brand.cfg must be a whole number",
                "facebook/shop: 0 pages, 0 new, 0 edited, 0 unchanged - BAD_CONFIGURATION: setting 'includeRatings': "
                + "'includeRatings' in etc/webcare.source.facebook-shop.cfg must be true or false");
        assertThat(requests).as("requests to the platforms").hasValue(0);
        assertThat(Files.readString(home.resolve("logs/webcare.0.log"))).doesNotContain("Exception", "\tat ");
    }

    @Test
    void bytesThatAreNotUtf8AreNamedWithLineAndKeyAndUtf8IsReadAsWritten() throws Exception {
        write("webcare.source.feed-cafe.cfg", "# Café de Kwiek\nurl = https://forum.example/caf\u00E9.xml\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        write("webcare.source.feed-bakker.cfg", "# Bäcker, in UTF-8\nurl = https://forum.example/b\u00E4cker.xml\n");

        Product.Run bundles = webcare("--headless", "bundles");

        assertThat(bundles.exit()).isEqualTo(1);
        assertThat(bundles.out()).contains("etc/webcare.source.feed-cafe.cfg: url: line 2 holds bytes that are not "
                + "UTF-8 (was the file saved as Latin-1 or Windows-1252?): save it as UTF-8")
                .doesNotContain("webcare.source.feed-bakker.cfg");
    }
}

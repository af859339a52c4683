package webcare.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A connector bundle stopped and started while the workbench runs: its instances leave and return,
 * the mentions stored keep, and it carries on from its cursor (here the feed's ETag).
 */
class ConnectorLifecycleIT {

    private static final String ETAG_PREFIX = "\"items-";

    @TempDir
    Path home;

    private HttpServer server;
    private final AtomicInteger items = new AtomicInteger(3);
    /** The If-None-Match header of every request, in order ("-" for none). */
    private final List<String> conditions = new CopyOnWriteArrayList<>();

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.stop(0);
        }
    }

    /** An RSS 2.0 feed of {@link #items} items, with an ETag that changes with them; 304 when unchanged. */
    private void serveFeed() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/feed.xml", exchange -> {
            int count = items.get();
            String etag = ETAG_PREFIX + count + "\"";
            String condition = exchange.getRequestHeaders().getFirst("If-None-Match");
            conditions.add(condition == null ? "-" : condition);
            if (etag.equals(condition)) {
                exchange.sendResponseHeaders(304, -1);
                exchange.close();
                return;
            }
            StringBuilder rss = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    + "<rss version=\"2.0\"><channel><title>Forum</title><link>http://example.org/</link>"
                    + "<description>Wat klanten zeggen</description>");
            for (int i = count; i >= 1; i--) {
                rss.append("<item><guid>post-").append(i).append("</guid><title>Bericht ").append(i)
                        .append("</title><description>Klacht nummer ").append(i).append(" over de levering</description>")
                        .append("<pubDate>Mon, 2" + i + " Nov 2026 09:00:00 +0100</pubDate></item>");
            }
            byte[] body = rss.append("</channel></rss>").toString().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/rss+xml; charset=UTF-8");
            exchange.getResponseHeaders().set("ETag", etag);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        Path cfg = home.resolve("etc/webcare.source.feed-forum.cfg");
        Files.createDirectories(cfg.getParent());
        Files.writeString(cfg, "url = http://127.0.0.1:" + server.getAddress().getPort() + "/feed.xml\n");
    }

    @Test
    void stoppingAConnectorBundleRemovesItsSourcesKeepsItsMentionsAndStartingItResumesFromTheCursor()
            throws Exception {
        serveFeed();
        try (Harness harness = Harness.start(home)) {
            harness.await("gogo sources", answer -> answer.contains("feed/forum  OK"), "the instance comes up");
            harness.await("gogo mentions --format jsonl", answer -> answer.split(" \\| ").length == 3,
                    "its first sync stores the three items");

            assertThat(harness.ask("stop webcare.source.feed")).isEqualTo("stopped");
            String sources = harness.await("gogo sources", answer -> !answer.contains("feed/forum"),
                    "the instance leaves with its bundle");
            assertThat(sources).contains("webcare.source.feed-forum.cfg  NOT RUNNING");
            assertThat(harness.ask("gogo mentions --format jsonl").split(" \\| ")).hasSize(3)
                    .allSatisfy(line -> assertThat(line).contains("\"source\":\"feed\"", "\"instance\":\"forum\""));

            items.set(4);
            int requestsBefore = conditions.size();
            assertThat(harness.ask("start webcare.source.feed")).isEqualTo("started");
            harness.await("gogo sources", answer -> answer.contains("feed/forum  OK"), "the instance returns");
            // the scheduler may have polled on its own already; either way a pass now finds nothing new
            assertThat(harness.ask("gogo sync")).contains("feed/forum: ", " - OK");
            harness.await("gogo mentions --format jsonl", answer -> answer.split(" \\| ").length >= 4,
                    "the new item arrives");

            assertThat(harness.ask("gogo mentions --format jsonl").split(" \\| ")).as("no loss, no duplicates")
                    .hasSize(4);
            assertThat(conditions.subList(requestsBefore, conditions.size())).as("requests after the restart")
                    .first().as("the first request after the restart resumes from the stored ETag")
                    .isEqualTo(ETAG_PREFIX + "3\"");
        }
    }
}

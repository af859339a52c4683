package webcare.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An incident run by the crisis plan from the command line, with the role holders mailed through a real SMTP server. */
class IncidentsIT {

    private static final String PLAN = """
            {"organisation": "Kwiek B.V.",
             "people": [{"id": "sanne", "name": "Sanne Kok", "email": "sanne@example.org"},
                        {"id": "tom", "name": "Tom Smit", "email": "tom@example.org"}],
             "roles": [{"id": "lead", "name": "Crisisleider", "critical": true, "primary": "sanne", "deputies": ["tom"],
                        "tasks": [{"id": "facts", "title": "Feiten verzamelen", "targetMinutes": 30}]}],
             "scenarios": [{"id": "storing", "name": "Storing webshop", "severity": "hoog", "roles": ["lead"],
                            "statements": [{"lang": "nl", "text": "Onze webshop is gestoord. We melden ons om {time}."}]}]}
            """;

    @TempDir
    Path home;

    private Product.Run webcare(String... arguments) throws Exception {
        return Product.run(home, Product.distribution(), Map.of(), arguments);
    }

    @Test
    void opensAnIncidentByThePlanMovesItOnAndMailsTheDeputy() throws Exception {
        GreenMail server = new GreenMail(ServerSetup.SMTP.dynamicPort());
        server.start();
        try {
            Files.createDirectories(home.resolve("etc"));
            Files.writeString(home.resolve("etc/webcare.notify.mail.cfg"), "host = 127.0.0.1\nport = "
                    + server.getSmtp().getPort() + "\nsecurity = none\nfrom = webcare@example.org\n");
            Path plan = home.resolve("kwiek.json");
            Files.writeString(plan, PLAN, StandardCharsets.UTF_8);
            assertThat(webcare("--headless", "plan", "import", plan.toString()).exit()).isZero();

            Product.Run open = webcare("--headless", "incident", "open", "Webshop", "plat", "--scenario", "storing",
                    "--unavailable", "sanne");
            Product.Run done = webcare("--headless", "incident", "done", "1", "facts");
            Product.Run status = webcare("--headless", "incident", "status", "1", "contained", "--note", "draait weer");
            Product.Run back = webcare("--headless", "incident", "status", "1", "acknowledged");
            Product.Run list = webcare("--headless", "incident", "list");
            Product.Run pdf = webcare("--headless", "incident", "export", "1", "--format", "pdf",
                    home.resolve("incident-1.pdf").toString());
            Product.Run html = webcare("--headless", "timeline", "export", "1", "--format", "html", "--lang", "en",
                    home.resolve("incident-1.html").toString());
            Product.Run png = webcare("--headless", "timeline", "export", "1", "--format", "png",
                    home.resolve("incident-1.png").toString());

            assertThat(open.exit()).as(open.err()).isZero();
            assertThat(open.out()).contains("Incident 1: Webshop plat", "role Crisisleider: Tom Smit (deputy)",
                    "task facts: Feiten verzamelen");
            assertThat(done.out()).contains("task facts: Feiten verzamelen, due ", ", done ");
            assertThat(status.out()).contains("status contained;", "gesignaleerd \u2192 onder controle: draait weer");
            assertThat(back.exit()).isEqualTo(1);
            assertThat(back.err()).isEqualTo("webcare incident: Incident 1 is onder controle already; "
                    + "to go back, write a correction of the status entry" + System.lineSeparator());
            assertThat(list.out()).startsWith("1  ").contains("Webshop plat  contained  Storing webshop  tasks 1/1 done");
            assertThat(pdf.exit()).as(pdf.err()).isZero();
            assertThat(Files.readAllBytes(home.resolve("incident-1.pdf"))).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
            assertThat(html.exit()).as(html.err()).isZero();
            assertThat(Files.readString(home.resolve("incident-1.html"))).contains("Webshop plat", "Timeline",
                    "Tom Smit (deputy)");
            assertThat(png.exit()).as(png.err()).isZero();
            assertThat(Files.readAllBytes(home.resolve("incident-1.png"))).startsWith(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
            // the notifier mails in the background: wait for it, a little
            assertThat(server.waitForIncomingEmail(10_000, 1)).isTrue();
            assertThat(server.getReceivedMessages()).singleElement().satisfies(message -> {
                assertThat(message.getAllRecipients()[0].toString()).isEqualTo("Tom Smit <tom@example.org>");
                assertThat(message.getSubject()).isEqualTo("Incident geopend: Webshop plat");
            });
        } finally {
            server.stop();
        }
    }
}

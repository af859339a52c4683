package webcare.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** E-mail from the assembled product: Jakarta Mail and Angus inside Felix, against a real SMTP server. */
class NotificationsIT {

    @TempDir
    Path home;

    private GreenMail server;

    @BeforeEach
    void startServer() {
        server = new GreenMail(ServerSetup.SMTP.dynamicPort());
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop();
    }

    private Product.Run webcare(String... arguments) throws Exception {
        return Product.run(home, Product.distribution(), Map.of(), arguments);
    }

    private void settings(String content) throws Exception {
        Files.createDirectories(home.resolve("etc"));
        Files.writeString(home.resolve("etc/webcare.notify.mail.cfg"), content, StandardCharsets.UTF_8);
    }

    @Test
    void sendsATestMessageThroughTheConfiguredServer() throws Exception {
        int port = server.getSmtp().getPort();
        settings("host = 127.0.0.1\nport = " + port + "\nsecurity = none\nfrom = webcare@example.org\n");

        Product.Run status = webcare("--headless", "notify", "status");
        Product.Run test = webcare("--headless", "notify", "test", "anna@example.org");

        assertThat(status.out()).startsWith("e-mail: via 127.0.0.1:" + port + System.lineSeparator());
        assertThat(test.exit()).as(test.err()).isZero();
        assertThat(test.out()).isEqualTo("Test message sent to anna@example.org." + System.lineSeparator());
        assertThat(server.getReceivedMessages()).singleElement().satisfies(message -> {
            assertThat(message.getSubject()).isEqualTo("Webcare Workbench: test message");
            assertThat(message.getFrom()[0].toString()).isEqualTo("Webcare Workbench <webcare@example.org>");
        });
    }

    @Test
    void aServerThatIsDownIsSaidInOneLine() throws Exception {
        int port = server.getSmtp().getPort();
        server.stop();
        settings("host = 127.0.0.1\nport = " + port + "\nsecurity = none\nfrom = webcare@example.org\n"
                + "user = anna\npassword = geheim-987\n");

        Product.Run test = webcare("--headless", "notify", "test", "anna@example.org");

        assertThat(test.exit()).isEqualTo(1);
        assertThat(test.err().lines()).singleElement().asString()
                .startsWith("webcare notify: the mail server 127.0.0.1:" + port + " cannot be reached");
        assertThat(test.out() + test.err() + Files.readString(home.resolve("logs/webcare.0.log")))
                .doesNotContain("geheim-987", "\tat ");
    }

    @Test
    void aWrongSettingIsNamedWithItsFileAndKey() throws Exception {
        settings("host = mail.example.org\nsecurity = tls-please\nfrom = webcare@example.org\n");

        Product.Run bundles = webcare("--headless", "bundles");

        assertThat(bundles.exit()).isEqualTo(1);
        assertThat(bundles.out()).contains("etc/webcare.notify.mail.cfg: security: 'tls-please' is not one of "
                + "starttls, ssl, none");
    }
}

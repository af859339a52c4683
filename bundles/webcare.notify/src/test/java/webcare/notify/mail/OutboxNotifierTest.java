package webcare.notify.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import webcare.launch.testing.HomeLaunch;
import webcare.launch.testing.ManualClock;
import webcare.notify.api.MailStatus;
import webcare.notify.api.Notice;
import webcare.notify.api.Notification;
import webcare.notify.api.NotifyException;
import webcare.store.sql.SqlNotificationRepository;
import webcare.store.sql.H2Store;

/** The notifier on a real H2 file, mailing through a real SMTP server (GreenMail) that goes down and comes back. */
class OutboxNotifierTest {

    private static final Instant NOW = Instant.parse("2026-03-29T00:30:00Z");

    @TempDir
    Path home;

    private final ManualClock clock = new ManualClock(NOW);
    private H2Store store;
    private GreenMail server;
    private int port;

    @BeforeEach
    void start() {
        store = new H2Store(new HomeLaunch(home));
        server = new GreenMail(ServerSetup.SMTP.dynamicPort());
        server.start();
        port = server.getSmtp().getPort();
    }

    @AfterEach
    void stop() {
        server.stop();
        store.close();
    }

    private MailSettings settings(String user, String password) {
        return new MailSettings("127.0.0.1", port, MailSettings.Security.NONE, user, password, "webcare@example.org",
                "Webcare Workbench", Duration.ofSeconds(5), Duration.ofSeconds(60), Duration.ofMinutes(30));
    }

    private OutboxNotifier notifier(MailSettings settings) {
        return new OutboxNotifier(store, new SqlNotificationRepository(), settings, clock, false);
    }

    private static Notice notice(String about, String who, String address) {
        return new Notice(about, who, "Anna de Vries", Optional.ofNullable(address), "Incident geopend: lekkage – ‘Café’",
                "Je rol: woordvoerder.\nEerste taak: feiten verzamelen vóór 02:30.");
    }

    @Test
    void mailsANoticeOnceInUtf8() throws Exception {
        OutboxNotifier notifier = notifier(settings("", ""));

        assertThat(notifier.send(List.of(notice("incident/1/opened", "anna", "anna@example.org")))).isEqualTo(1);
        assertThat(notifier.send(List.of(notice("incident/1/opened", "anna", "anna@example.org")))).isZero();
        assertThat(notifier.deliverDue()).isEqualTo(1);
        assertThat(notifier.deliverDue()).isZero();

        MimeMessage[] received = server.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).isEqualTo("Incident geopend: lekkage – ‘Café’");
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("Anna de Vries <anna@example.org>");
        assertThat(((String) received[0].getContent()).replace("\r\n", "\n"))
                .isEqualTo("Je rol: woordvoerder.\nEerste taak: feiten verzamelen vóór 02:30.");
        assertThat(notifier.recent(5)).singleElement().satisfies(sent -> {
            assertThat(sent.delivery()).isEqualTo(Notification.Delivery.SENT);
            assertThat(sent.sentAt()).contains(NOW);
        });
    }

    @Test
    void keepsMessagesWhileTheServerIsDownAndSendsThemWhenItIsBack() throws Exception {
        OutboxNotifier notifier = notifier(settings("", ""));
        server.stop();
        notifier.send(List.of(notice("incident/1/opened", "anna", "anna@example.org"),
                notice("incident/1/opened", "bert", "bert@example.org")));

        assertThat(notifier.deliverDue()).isZero();
        MailStatus down = notifier.status();
        assertThat(down.troubled()).isTrue();
        assertThat(down.waiting()).isEqualTo(2);
        assertThat(down.lastError()).hasValueSatisfying(error -> assertThat(error)
                .startsWith("the mail server 127.0.0.1:" + port + " cannot be reached")
                .endsWith("messages wait and are tried again"));
        assertThat(down.nextAttempt()).contains(NOW.plusSeconds(60));

        clock.advance(Duration.ofSeconds(60));
        assertThat(notifier.deliverDue()).isZero(); // still down: the next wait doubles
        assertThat(notifier.status().nextAttempt()).contains(NOW.plusSeconds(60 + 120));
        assertThat(server.getReceivedMessages()).isEmpty();

        server = new GreenMail(ServerSetup.SMTP.port(port));
        server.start();
        clock.advance(Duration.ofSeconds(120));
        assertThat(notifier.deliverDue()).isEqualTo(2);
        assertThat(server.getReceivedMessages()).hasSize(2);
        assertThat(notifier.status()).isEqualTo(new MailStatus(Optional.of("127.0.0.1:" + port), 0, 0,
                Optional.empty(), Optional.empty(), Optional.empty()));
    }

    @Test
    void withEmailOffNoticesAreShownInTheWorkbenchOnly() throws Exception {
        MailSettings off = new MailSettings("", 587, MailSettings.Security.STARTTLS, "", "", "", "",
                Duration.ofSeconds(5), Duration.ofSeconds(60), Duration.ofMinutes(30));
        OutboxNotifier notifier = notifier(off);

        notifier.send(List.of(notice("incident/1/opened", "anna", "anna@example.org")));

        assertThat(notifier.deliverDue()).isZero();
        assertThat(notifier.recent(1)).singleElement().satisfies(shown -> {
            assertThat(shown.delivery()).isEqualTo(Notification.Delivery.IN_APP);
            assertThat(shown.notice().address()).isEmpty();
        });
        assertThatThrownBy(() -> notifier.sendTest("anna@example.org")).isInstanceOf(NotifyException.class)
                .hasMessage("E-mail is off: set host and from in etc/webcare.notify.mail.cfg");
    }

    @Test
    void aRefusedLoginSaysWhatToCheckAndNeverShowsThePassword() throws Exception {
        server.setUser("anna@example.org", "anna", "juist-wachtwoord");
        OutboxNotifier notifier = notifier(settings("anna", "fout-wachtwoord-123"));

        assertThatThrownBy(() -> notifier.sendTest("anna@example.org")).isInstanceOf(NotifyException.class)
                .hasMessage("the mail server 127.0.0.1:" + port + " refused the login of 'anna': "
                        + "check user and password in etc/webcare.notify.mail.cfg")
                .hasMessageNotContaining("fout-wachtwoord-123");

        OutboxNotifier right = notifier(settings("anna", "juist-wachtwoord"));
        right.sendTest("anna@example.org");
        assertThat(server.getReceivedMessages()).singleElement()
                .satisfies(message -> assertThat(message.getSubject()).isEqualTo("Webcare Workbench: test message"));
    }

    @Test
    void anAcknowledgementIsKept() throws Exception {
        OutboxNotifier notifier = notifier(settings("", ""));
        notifier.send(List.of(notice("incident/1/opened", "anna", null)));
        long id = notifier.recent(1).get(0).id();
        clock.advance(Duration.ofMinutes(3));

        assertThat(notifier.acknowledge(id, "anna")).isTrue();
        assertThat(notifier.acknowledge(id, "anna")).isFalse();
        assertThat(notifier.recent(1).get(0).acknowledgedAt()).contains(NOW.plus(Duration.ofMinutes(3)));
    }

    @Test
    void waitsLongerAfterEachFailureUpToTheLongestWait() {
        MailSettings settings = settings("", "");

        assertThat(List.of(1, 2, 3, 5, 6, 7, 20).stream().map(settings::retryAfter).toList()).containsExactly(
                Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4), Duration.ofMinutes(16),
                Duration.ofMinutes(30), Duration.ofMinutes(30), Duration.ofMinutes(30));
        assertThat(settings.toString()).doesNotContain("password");
    }
}

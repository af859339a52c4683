package webcare.notify.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import webcare.cli.api.UsageException;
import webcare.notify.api.MailStatus;
import webcare.notify.api.Notice;
import webcare.notify.api.Notification;

class NotifyCommandTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    private String printed() {
        return bytes.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    }

    @Test
    void statusSaysWhatWaitsAndWhyInLocalTime() {
        NotifyCommand.status(new MailStatus(Optional.of("mail.example.org:587"), 3, 2,
                Optional.of(Instant.parse("2026-03-29T00:30:00Z")), Optional.of("the mail server cannot be reached"),
                Optional.of(Instant.parse("2026-03-29T01:05:00Z"))), AMSTERDAM, out);

        // 00:30 UTC is 01:30 winter time; 01:05 UTC is 03:05 summer time, after the clocks went forward
        assertThat(printed()).isEqualTo("""
                e-mail: via mail.example.org:587
                waiting: 3, of which 2 after a failed attempt, oldest from 2026-03-29 01:30
                last error: the mail server cannot be reached
                next attempt: 2026-03-29 03:05
                """);
    }

    @Test
    void listShowsDeliveryAndWhoSawIt() {
        Notice notice = new Notice("incident/1/opened", "anna", "Anna de Vries", Optional.of("anna@example.org"),
                "Incident geopend", "…");
        Instant at = Instant.parse("2026-10-25T09:00:00Z");
        NotifyCommand.list(List.of(
                new Notification(2, notice, at, Notification.Delivery.WAITING, 1, Optional.of("refused"),
                        Optional.empty(), Optional.empty(), Optional.empty()),
                new Notification(1, notice, at, Notification.Delivery.SENT, 0, Optional.empty(), Optional.of(at),
                        Optional.of(at.plusSeconds(600)), Optional.of("anna"))), AMSTERDAM, out);

        assertThat(printed()).isEqualTo("""
                2  2026-10-25 10:00  Anna de Vries <anna@example.org>  Incident geopend  [waiting (1 failed: refused)]
                1  2026-10-25 10:00  Anna de Vries <anna@example.org>  Incident geopend  [sent 2026-10-25 10:00]  seen by anna 2026-10-25 10:10
                """);
    }

    @Test
    void wrongUseSaysWhatToType() {
        NotifyCommand command = new NotifyCommand(null);

        assertThatThrownBy(() -> command.run(List.of(), AMSTERDAM, out)).isInstanceOf(UsageException.class)
                .hasMessage("say what to do: " + NotifyCommand.USAGE);
        assertThatThrownBy(() -> command.run(List.of("ack", "x"), AMSTERDAM, out)).isInstanceOf(UsageException.class)
                .hasMessage("ID must be a whole number above 0, not 'x'");
        assertThatThrownBy(() -> command.run(List.of("test", "anna"), AMSTERDAM, out))
                .isInstanceOf(UsageException.class).hasMessage("give one e-mail address: notify test ADDRESS");
    }
}

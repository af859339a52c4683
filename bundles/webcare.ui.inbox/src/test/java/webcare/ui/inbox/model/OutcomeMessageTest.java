package webcare.ui.inbox.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import webcare.source.api.PublishOutcome;
import webcare.store.api.InboxRepository.ReplyAction;
import webcare.ui.api.DisplayFormats;

/** Each outcome as one line in Dutch and English. */
class OutcomeMessageTest {

    private static final Instant NOW = Instant.parse("2026-12-05T13:30:00Z"); // 14:30 in Amsterdam
    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private static OutcomeMessage in(Locale locale) {
        return new OutcomeMessage(ResourceBundle.getBundle("webcare.ui.inbox.swt.messages", locale),
                DisplayFormats.of(locale));
    }

    private static String dutch(ReplyAction action, PublishOutcome outcome) {
        return in(DUTCH).of(action, outcome, "X/Twitter", NOW);
    }

    private static String english(PublishOutcome outcome) {
        return in(Locale.ENGLISH).of(ReplyAction.REPLY, outcome, "X/Twitter", NOW);
    }

    @Test
    void aSentReplySaysWhereAndWhenInLocalTime() {
        PublishOutcome sent = new PublishOutcome.Published("9", URI.create("https://x.com/i/web/status/9"), NOW);

        assertThat(dutch(ReplyAction.REPLY, sent)).isEqualTo("Verstuurd op X/Twitter om 14:30.");
        assertThat(english(sent)).isEqualTo("Sent on X/Twitter at 14:30.");
        assertThat(dutch(ReplyAction.HIDE, sent)).isEqualTo("Verborgen op X/Twitter om 14:30.");
    }

    @Test
    void aRefusedCredentialNamesTheSetting() {
        PublishOutcome auth = new PublishOutcome.AuthFailed("userToken", "X refused the 'userToken' (HTTP 401): put "
                + "a new one as 'userToken' in etc/webcare.source.twitter-brand.cfg.");

        assertThat(dutch(ReplyAction.REPLY, auth)).isEqualTo("Niet verstuurd: X/Twitter weigert de instelling "
                + "'userToken': X refused the 'userToken' (HTTP 401): put a new one as 'userToken' in "
                + "etc/webcare.source.twitter-brand.cfg. Uw concept is bewaard.");
        assertThat(english(auth)).startsWith("Not sent: X/Twitter refuses the setting 'userToken': ")
                .endsWith("Your draft is kept.");
    }

    @Test
    void aRateLimitSaysUntilWhenInLocalTimeWithTheDayWhenNotToday() {
        assertThat(dutch(ReplyAction.REPLY, new PublishOutcome.RateLimited(NOW.plusSeconds(900), "429")))
                .isEqualTo("Niet verstuurd: X/Twitter vraagt te wachten tot 14:45. Uw concept is bewaard; verstuur "
                        + "het daarna opnieuw.");
        assertThat(english(new PublishOutcome.RateLimited(Instant.parse("2026-12-06T08:00:00Z"), "429")))
                .isEqualTo("Not sent: X/Twitter asks to wait until 6 Dec 2026 09:00. Your draft is kept; send it "
                        + "again after that.");
    }

    @Test
    void anUnknownOutcomeSaysToLookOnThePlatformBeforeSendingAgain() {
        PublishOutcome unknown = new PublishOutcome.Unavailable("no answer from X within 30 s", true);

        assertThat(dutch(ReplyAction.REPLY, unknown)).isEqualTo("Onbekend of X/Twitter het heeft geplaatst (no answer "
                + "from X within 30 s): kijk eerst op X/Twitter voordat u opnieuw verstuurt. Uw concept is bewaard.");
        assertThat(english(new PublishOutcome.Unavailable("X answered HTTP 503", false)))
                .isEqualTo("Not sent: X/Twitter could not be reached (X answered HTTP 503). Your draft is kept; "
                        + "sending again is safe.");
    }

    @Test
    void aRejectionQuotesThePlatformOnOneLine() {
        PublishOutcome rejected = new PublishOutcome.Rejected(403, "You are not allowed to create a Tweet\nwith "
                + "duplicate content.");

        assertThat(dutch(ReplyAction.HIDE, rejected)).isEqualTo("Niet verborgen: X/Twitter weigerde het (HTTP 403): "
                + "You are not allowed to create a Tweet with duplicate content. Uw concept is bewaard.");
    }

    @Test
    void whatCannotBePublishedIsToBeCopied() {
        assertThat(dutch(ReplyAction.REPLY, new PublishOutcome.Unsupported(""))).isEqualTo("Geen koppeling plaatst "
                + "antwoorden op X/Twitter: kopieer het antwoord en markeer het als beantwoord.");
        assertThat(english(new PublishOutcome.Unsupported("X hides only replies."))).isEqualTo("X hides only replies. "
                + "Copy the answer and mark it answered instead.");
    }
}

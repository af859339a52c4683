package webcare.ui.inbox.model;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ResourceBundle;
import webcare.source.api.PublishOutcome;
import webcare.store.api.InboxRepository.ReplyAction;
import webcare.ui.api.DisplayFormats;

/**
 * One line, in the window's language, for how sending or hiding went: what happened, what to do,
 * and that the draft is kept whenever it did not go out. The connector's own words are quoted as
 * one line (they are English; they name the platform's reason and the setting to change).
 */
public final class OutcomeMessage {

    private final ResourceBundle texts;
    private final DisplayFormats formats;

    /** With the view's texts (keys {@code outcome.*}) and the window's formats. */
    public OutcomeMessage(ResourceBundle texts, DisplayFormats formats) {
        this.texts = texts;
        this.formats = formats;
    }

    /**
     * The line for {@code outcome} of {@code action} on {@code platform} (its name as people know
     * it), at {@code now}; a blank {@link PublishOutcome.Unsupported} message means no connector
     * publishes for the item's source at all.
     */
    public String of(ReplyAction action, PublishOutcome outcome, String platform, Instant now) {
        String not = texts.getString("outcome.not." + action.name());
        if (outcome instanceof PublishOutcome.Published published) {
            return format(action == ReplyAction.HIDE ? "outcome.hidden" : "outcome.sent", platform,
                    when(published.at(), now));
        } else if (outcome instanceof PublishOutcome.AuthFailed auth) {
            return format("outcome.authFailed", not, platform, auth.setting(), words(auth.message()));
        } else if (outcome instanceof PublishOutcome.RateLimited limited) {
            return format("outcome.rateLimited", not, platform, when(limited.until(), now));
        } else if (outcome instanceof PublishOutcome.Rejected rejected) {
            return format("outcome.rejected", not, platform, rejected.status(), words(rejected.message()));
        } else if (outcome instanceof PublishOutcome.Unavailable down) {
            return down.outcomeUnknown() ? format("outcome.unknown", platform, words(down.message()))
                    : format("outcome.unavailable", not, platform, words(down.message()));
        }
        String why = ((PublishOutcome.Unsupported) outcome).message();
        return why == null || why.isBlank() ? format("outcome.noPublisher", platform)
                : format("outcome.unsupported", words(why));
    }

    /** A time the same local day as {@code now} as "14:30", another as "5-12-2026 14:30". */
    private String when(Instant at, Instant now) {
        ZoneId zone = formats.zone();
        boolean today = at.atZone(zone).toLocalDate().equals(now.atZone(zone).toLocalDate());
        return today ? formats.time(at) : formats.dateTime(at);
    }

    /** The connector's words as one line without a closing full stop (the sentence around adds its own). */
    private static String words(String message) {
        String line = DisplayText.line(message == null ? "" : message);
        return line.endsWith(".") ? line.substring(0, line.length() - 1) : line;
    }

    private String format(String key, Object... arguments) {
        return new MessageFormat(texts.getString(key), formats.locale()).format(arguments);
    }
}

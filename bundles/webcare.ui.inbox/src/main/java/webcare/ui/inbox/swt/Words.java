package webcare.ui.inbox.swt;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import webcare.store.api.InboxRepository.Count;
import webcare.store.api.InboxRepository.ReplyState;
import webcare.store.api.InboxRepository.Status;
import webcare.store.api.InboxRepository.WorkEntry;
import webcare.ui.api.DisplayFormats;
import webcare.ui.api.WorkbenchView;
import webcare.ui.inbox.model.DisplayText;
import webcare.ui.inbox.model.InboxFilter;
import webcare.ui.inbox.model.TriageNotes;

/** The view's texts in the window's language, and the words for the store's names. */
final class Words {

    /** Product names as people know them; other sources show as stored. */
    private static final Map<String, String> SOURCES = Map.of("twitter", "X/Twitter", "facebook", "Facebook",
            "google", "Google", "trustpilot", "Trustpilot");

    /** How the store's audit names a reply or hide: action and state, lower case. */
    private static final Pattern REPLY_WORK = Pattern.compile("(reply|hide) (draft|sent|failed|copied)");

    private final ResourceBundle texts;
    private final Locale locale;
    private final DisplayFormats formats;

    Words(Locale locale) {
        this.texts = WorkbenchView.texts(InboxView.class, locale);
        this.locale = locale;
        this.formats = DisplayFormats.of(locale);
    }

    Locale locale() {
        return locale;
    }

    DisplayFormats formats() {
        return formats;
    }

    /** The view's texts themselves, for the model's messages. */
    ResourceBundle texts() {
        return texts;
    }

    String get(String key) {
        return texts.getString(key);
    }

    String format(String key, Object... arguments) {
        return new MessageFormat(texts.getString(key), locale).format(arguments);
    }

    /** "Reageren" for {@code RESPOND}; an unknown decision as stored. */
    String decision(String name) {
        return named("decision.", name);
    }

    String status(Status status) {
        return named("status.", status.name());
    }

    String polarity(String name) {
        return named("polarity.", name);
    }

    String language(String code) {
        return named("language.", code);
    }

    String source(String source) {
        return SOURCES.getOrDefault(source, source);
    }

    /** "1.234 berichten"; "10.000+ berichten" when there are more than counted. */
    String count(Count count) {
        return count.more() ? format("summary.more", formats.number(count.items()))
                : format("summary", formats.number(count.items()), count.items());
    }

    /** One line of the work history, in words: "status Beantwoord", "toegewezen aan anna". */
    String work(WorkEntry entry) {
        String detail = entry.detail() == null ? "" : entry.detail();
        return switch (entry.action()) {
            case "status" -> format("action.status", statusWord(detail));
            case "assign" -> detail.isEmpty() ? get("action.unassign") : format("action.assign", detail);
            case "override" -> format("action.override", overrideWords(detail));
            case "redecide" -> redecided(detail);
            default -> replyWork(entry.action(), detail);
        };
    }

    /** "reply sent" with its text as "antwoord verstuurd: …"; any other action as stored. */
    private String replyWork(String action, String detail) {
        Matcher reply = REPLY_WORK.matcher(action);
        if (!reply.matches()) {
            return action + (detail.isEmpty() ? "" : " " + detail);
        }
        String state = replyState(ReplyState.valueOf(reply.group(2).toUpperCase(Locale.ROOT)));
        String line = DisplayText.line(detail);
        return reply.group(1).equals("reply") ? format("work.REPLY", state, line)
                : format("work.HIDE", state, line.isEmpty() ? "" : ": " + line);
    }

    /** "verstuurd" for {@code SENT}. */
    String replyState(ReplyState state) {
        return named("reply.state.", state.name());
    }

    /**
     * "MONITOR -> RESPOND: [reasons as JSON]", as the store notes the rules' new decision, as
     * "verhoogd naar Reageren: 3 andere auteurs …", the deciding reason in the window's language
     * without its own "→ decision".
     */
    private String redecided(String detail) {
        int arrow = detail.indexOf(" -> ");
        int colon = detail.indexOf(": ", Math.max(arrow, 0));
        if (arrow < 0 || colon < 0) {
            return detail;
        }
        String from = detail.substring(0, arrow);
        String to = detail.substring(arrow + 4, colon);
        List<TriageNotes.Reason> reasons = TriageNotes.reasons(detail.substring(colon + 2), to, locale);
        String why = reasons.isEmpty() ? "" : reasons.get(0).text();
        int decided = why.lastIndexOf(" \u2192 ");
        why = decided < 0 ? why : why.substring(0, decided);
        boolean raised = InboxFilter.DECISIONS.indexOf(to) >= 0
                && InboxFilter.DECISIONS.indexOf(to) < InboxFilter.DECISIONS.indexOf(from);
        return format(raised ? "action.raised" : "action.redecided", decision(to), why);
    }

    private String statusWord(String name) {
        try {
            return status(Status.valueOf(name));
        } catch (IllegalArgumentException unknown) {
            return name;
        }
    }

    /** "RESPOND -> MONITOR: reason" as "Reageren → Volgen: reason". */
    private String overrideWords(String detail) {
        int arrow = detail.indexOf(" -> ");
        if (arrow < 0) {
            return detail;
        }
        int colon = detail.indexOf(": ", arrow);
        String to = colon < 0 ? detail.substring(arrow + 4) : detail.substring(arrow + 4, colon);
        return decision(detail.substring(0, arrow)) + " \u2192 " + decision(to)
                + (colon < 0 ? "" : detail.substring(colon));
    }

    private String named(String prefix, String name) {
        return name != null && texts.containsKey(prefix + name) ? texts.getString(prefix + name)
                : name == null ? "" : name;
    }
}

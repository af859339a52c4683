package webcare.ui.inbox.swt;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import webcare.model.Author;
import webcare.model.Mention;
import webcare.store.api.InboxRepository.AuthorHistory;
import webcare.store.api.InboxRepository.Item;
import webcare.store.api.InboxRepository.Reply;
import webcare.store.api.InboxRepository.ReplyAction;
import webcare.store.api.InboxRepository.ReplyState;
import webcare.store.api.InboxRepository.Row;
import webcare.store.api.InboxRepository.StoredMention;
import webcare.store.api.InboxRepository.WorkEntry;
import webcare.ui.inbox.model.DisplayText;
import webcare.ui.inbox.model.InboxWork.Detail;
import webcare.ui.inbox.model.TriageNotes;
import webcare.ui.inbox.model.TriageNotes.FlagSpan;
import webcare.ui.inbox.model.TriageNotes.Reason;

/**
 * One item in full beside the list: who wrote it and their reach and history, the text with its
 * flags marked, why triage decided as it did (the deciding reason first, in bold), the replies and
 * hides (a double click opens one on the platform), the conversation, status, assignee, the rules'
 * decision when a person changed it, and the work history; a button opens the composer. UI thread only.
 */
final class DetailPane {

    private static final int LIST_LINES = 5;
    /** Most items have a reply or two: the replies list stays short so the rest stays in view. */
    private static final int REPLY_LINES = 3;

    private final Words words;
    private final Look look;
    private final Composite pane;
    private final Label heading;
    private final Label meta;
    private final Label decision;
    private final Label state;
    private final StyledText text;
    private final Label flags;
    private final StyledText reasons;
    private final Label history;
    private final org.eclipse.swt.widgets.List thread;
    private final org.eclipse.swt.widgets.List work;
    private final org.eclipse.swt.widgets.List replies;
    private final Button reply;
    private final Button incident;
    /** The address of each line of {@link #replies}; null for a line without one. */
    private final List<String> replyLinks = new ArrayList<>();
    private Detail shown;

    DetailPane(Composite parent, Words words, Look look) {
        this.words = words;
        this.look = look;
        pane = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 10;
        layout.verticalSpacing = 6;
        pane.setLayout(layout);

        heading = label(SWT.NONE);
        heading.setFont(look.heading);
        meta = label(SWT.WRAP);
        meta.setForeground(look.quiet);
        Composite badges = new Composite(pane, SWT.NONE);
        RowLayout row = new RowLayout(SWT.HORIZONTAL);
        row.marginWidth = 0;
        row.spacing = 10;
        row.center = true;
        badges.setLayout(row);
        badges.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        decision = new Label(badges, SWT.NONE);
        decision.setFont(look.bold);
        state = new Label(badges, SWT.WRAP);
        reply = new Button(badges, SWT.PUSH);
        reply.setText(words.get("detail.reply"));
        incident = new Button(badges, SWT.PUSH);
        incident.setText(words.get("detail.incident"));
        incident.setToolTipText(words.get("detail.incident.tip"));

        text = new StyledText(pane, SWT.READ_ONLY | SWT.WRAP | SWT.BORDER | SWT.V_SCROLL);
        text.setMargins(8, 6, 8, 6);
        text.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        ((GridData) text.getLayoutData()).heightHint = 140;
        // the text is what the item is about: when the pane is short the lists below give way, not it
        ((GridData) text.getLayoutData()).minimumHeight = 90;
        legend();
        flags = label(SWT.WRAP);

        section("detail.reasons");
        reasons = new StyledText(pane, SWT.READ_ONLY | SWT.WRAP);
        reasons.setBackground(pane.getBackground());
        reasons.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        history = label(SWT.WRAP);

        section("detail.replies");
        replies = list(REPLY_LINES);
        replies.setToolTipText(words.get("detail.replies.tip"));
        replies.addListener(SWT.DefaultSelection, event -> openLink());
        section("detail.thread");
        thread = list(LIST_LINES);
        section("detail.history");
        work = list(LIST_LINES);
        clear();
    }

    Composite control() {
        return pane;
    }

    /** Runs {@code open} when the Incident button is pressed (an item to escalate). */
    void onIncident(Runnable open) {
        incident.addListener(SWT.Selection, event -> open.run());
    }

    /** Runs {@code open} when the Reply button is pressed. */
    void onReply(Runnable open) {
        reply.addListener(SWT.Selection, event -> open.run());
    }

    /** The item shown; null when none. */
    Detail shown() {
        return shown;
    }

    void clear() {
        shown = null;
        heading.setText(words.get("detail.none"));
        for (Label each : List.of(meta, decision, state, flags, history)) {
            each.setText("");
        }
        text.setText("");
        reasons.setText("");
        thread.removeAll();
        work.removeAll();
        replies.removeAll();
        replyLinks.clear();
        reply.setEnabled(false);
        incident.setEnabled(false);
        pane.layout(true, true);
    }

    void show(Detail detail, Instant now) {
        shown = detail;
        Item item = detail.item();
        Row row = item.row();
        Mention mention = item.mention().mention();
        heading.setText(DisplayText.line(authorName(mention.author())));
        meta.setText(words.format("detail.written", words.formats().dateTime(mention.created()),
                words.source(mention.source())) + reach(row) + "   \u00B7   " + due(row, now));
        meta.setForeground(row.due().isBefore(now) && row.status() == webcare.store.api.InboxRepository.Status.OPEN
                ? look.overdue : look.quiet);
        Look.Badge badge = look.badge(row.decision());
        decision.setText(" " + words.decision(row.decision()) + " ");
        incident.setEnabled(true);
        decision.setForeground(badge.ink());
        decision.setBackground(badge.fill());
        state.setText(stateLine(item));

        String full = DisplayText.full(mention.text());
        text.setText(full);
        List<FlagSpan> spans = TriageNotes.flags(item.flags());
        List<String> found = new ArrayList<>();
        for (FlagSpan span : spans) {
            FlagSpan inside = span.within(full.length());
            if (inside.end() > inside.start()) {
                StyleRange style = new StyleRange(inside.start(), inside.end() - inside.start(), null,
                        look.flagFill(inside.kind()));
                style.fontStyle = SWT.BOLD;
                text.setStyleRange(style);
            }
            found.add(span.detail() == null || span.detail().isBlank() ? span.type() : span.detail());
        }
        flags.setText(found.isEmpty() ? "" : words.get("detail.flags") + ": " + String.join("; ", found));

        showReasons(TriageNotes.reasons(item.reasons(), row.decision(), words.locale()));
        history.setText(authorHistory(item.authorHistory()));
        thread.removeAll();
        for (StoredMention each : detail.thread()) {
            thread.add((each.id() == row.mentionId() ? "\u25B6 " : "   ")
                    + words.formats().dateTime(each.mention().created()) + "  "
                    + DisplayText.line(authorName(each.mention().author())) + ": "
                    + DisplayText.line(each.mention().text()));
        }
        work.removeAll();
        for (WorkEntry entry : detail.history()) {
            work.add(words.formats().dateTime(entry.at()) + "  " + entry.who() + "  " + words.work(entry));
        }
        if (detail.history().isEmpty()) {
            work.add(words.get("detail.historyNone"));
        }
        showReplies(detail.replies());
        reply.setEnabled(true);
        pane.layout(true, true);
    }

    /** Each reply and hide: when, who, its state, its address on the platform, and its text or failure. */
    private void showReplies(List<Reply> list) {
        replies.removeAll();
        replyLinks.clear();
        for (Reply each : list) {
            String what = each.action() == ReplyAction.HIDE ? words.get("reply.hide") + " " : "";
            String text = each.state() == ReplyState.FAILED && each.error() != null ? each.error() : each.text();
            replies.add(words.formats().dateTime(each.at()) + "  " + each.who() + "  " + what
                    + words.replyState(each.state()) + (each.url() == null ? "" : "  " + each.url())
                    + (text == null || text.isBlank() ? "" : "  " + DisplayText.line(text)));
            replyLinks.add(each.url());
        }
        if (list.isEmpty()) {
            replies.add(words.get("detail.repliesNone"));
            replyLinks.add(null);
        }
    }

    /** Opens the platform's page of the reply double-clicked, when it has one. */
    private void openLink() {
        int index = replies.getSelectionIndex();
        String url = index < 0 || index >= replyLinks.size() ? null : replyLinks.get(index);
        if (url != null && (url.startsWith("https://") || url.startsWith("http://"))) {
            Program.launch(url);
        }
    }

    /** The text shown, as the store holds it: for copying. Empty when nothing is shown. */
    String fullText() {
        return shown == null ? "" : shown.item().mention().mention().text();
    }

    private String reach(Row row) {
        return row.followers() == null ? ""
                : "   \u00B7   " + words.format("detail.reach", words.formats().number(row.followers()));
    }

    private String due(Row row, Instant now) {
        String when = words.formats().dateTime(row.due());
        return row.due().isBefore(now) ? words.format("detail.overdue", when) : words.format("detail.due", when);
    }

    private String stateLine(Item item) {
        Row row = item.row();
        List<String> parts = new ArrayList<>();
        parts.add(words.format("detail.status", words.status(row.status())));
        parts.add(row.assignee() == null ? words.get("detail.unassigned")
                : words.format("detail.assignee", row.assignee()));
        if (row.overridden() && item.rulesDecision() != null) {
            parts.add(words.format("detail.overridden", words.decision(item.rulesDecision())));
        }
        return String.join("   \u00B7   ", parts);
    }

    private void showReasons(List<Reason> list) {
        StringBuilder lines = new StringBuilder();
        int boldEnd = 0;
        for (Reason reason : list) {
            if (lines.length() > 0) {
                lines.append('\n');
            }
            lines.append("\u2022 ").append(DisplayText.line(reason.text()));
            if (reason.deciding()) {
                boldEnd = lines.length();
            }
        }
        reasons.setText(lines.toString());
        if (boldEnd > 0) {
            StyleRange deciding = new StyleRange(0, boldEnd, null, null, SWT.BOLD);
            reasons.setStyleRange(deciding);
        }
    }

    private String authorHistory(AuthorHistory past) {
        if (past == null || past.items() == 0) {
            return words.get("detail.authorNone");
        }
        return words.format("detail.author", words.formats().number(past.items()),
                words.formats().number(past.negative()), Math.round(past.negativeShare() * 100), past.items());
    }

    private static String authorName(Author author) {
        if (author == null) {
            return "?";
        }
        String name = author.name() != null && !author.name().isBlank() ? author.name() : "";
        // platforms differ: some handles come with their "@", some without
        String handle = author.handle() == null || author.handle().isBlank() ? ""
                : author.handle().startsWith("@") ? author.handle() : "@" + author.handle();
        return name.isEmpty() ? handle.isEmpty() ? "?" : handle : handle.isEmpty() ? name : name + " (" + handle + ")";
    }

    private void legend() {
        Composite legend = new Composite(pane, SWT.NONE);
        RowLayout row = new RowLayout(SWT.HORIZONTAL);
        row.marginWidth = 0;
        row.spacing = 12;
        legend.setLayout(row);
        swatch(legend, look.threatFill, words.get("legend.threat"));
        swatch(legend, look.privateFill, words.get("legend.private"));
    }

    private static void swatch(Composite legend, org.eclipse.swt.graphics.Color fill, String what) {
        Label label = new Label(legend, SWT.NONE);
        label.setText(" " + what + " ");
        label.setBackground(fill);
    }

    private void section(String key) {
        Label title = label(SWT.NONE);
        title.setText(words.get(key));
        title.setFont(look.bold);
    }

    private Label label(int style) {
        Label label = new Label(pane, style);
        label.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return label;
    }

    private org.eclipse.swt.widgets.List list(int lines) {
        org.eclipse.swt.widgets.List list = new org.eclipse.swt.widgets.List(pane,
                SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
        data.heightHint = list.getItemHeight() * lines;
        data.minimumHeight = list.getItemHeight() * 2;
        list.setLayoutData(data);
        return list;
    }
}

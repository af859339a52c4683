package webcare.ui.inbox.swt;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import webcare.model.Mention;
import webcare.reply.api.ReplyTemplate;
import webcare.reply.api.ToneWarning;
import webcare.store.api.InboxRepository.Reply;
import webcare.ui.inbox.model.DisplayText;
import webcare.ui.inbox.model.IncidentStatements;
import webcare.ui.inbox.model.OutcomeMessage;
import webcare.ui.inbox.model.ReplyContext;
import webcare.ui.inbox.model.ReplyFlow;
import webcare.ui.inbox.model.ReplyLength;

/**
 * Writing and sending one answer: a template to start from, the text with a live character count
 * and tone warnings (the words underlined and each explained), whether the answer is public, the
 * "I'm upset" switch kept for the session, and the way out (send through the platform, hide and
 * explain, or copy and mark answered). Ctrl+Enter sends, Esc closes; closing keeps the draft in the
 * store. Sending with warnings asks once. No nested event loop; UI thread only.
 */
final class ComposerDialog {

    /** Marks the composer's shell (its data under this key is the id of the mention answered). */
    static final String MARK = ComposerDialog.class.getName();
    /** How long typing must pause before the tone is checked, in milliseconds. */
    static final int TONE_PAUSE = 150;
    private static final int EDITOR_WIDTH = 580;
    private static final int EDITOR_HEIGHT = 150;

    /** What the composer changed: the view reads the item again, and shows {@code notice} when not null. */
    @FunctionalInterface
    interface Changed {
        void after(String notice);
    }

    private final Shell shell;
    private final Words words;
    private final Look look;
    private final ReplyContext context;
    private final ReplyFlow flow;
    private final InboxLoader loader;
    private final String who;
    private final AtomicBoolean upset;
    private final Clock clock;
    private final Changed changed;
    private final String platform;
    private final StyledText editor;
    private final Label count;
    private final Label warningList;
    private final Label status;
    /** Who else has the item, or who answered it already: said before anyone writes a second answer. */
    private final Label others;
    private final Button send;
    private final Button hide;
    private final Runnable toneLater = this::checkTone;
    private List<ToneWarning> warnings = List.of();
    private long draftId;
    /** Whether the user was asked to send despite the warnings shown. */
    private boolean asked;
    private boolean busy;
    /** Whether the item's platform can hide it (and then take the explanation). */
    private boolean hidePossible;
    /** Whether the answer went out (or was copied): nothing is left to keep as a draft. */
    private boolean done;
    /** Whether the user was told the item has been answered already, and may send another answer. */
    private boolean anotherAnswerAsked;
    /** Set for the one send that follows a look at the item's answers that found none. */
    private boolean answersChecked;
    /** The holding statement picked last; null when none was, or a template was picked after it. */
    private IncidentStatements.Statement statement;

    private ComposerDialog(Shell parent, Words words, Look look, ReplyContext context, ReplyFlow flow,
            InboxLoader loader, String who, AtomicBoolean upset, Clock clock, Changed changed) {
        this.words = words;
        this.look = look;
        this.context = context;
        this.flow = flow;
        this.loader = loader;
        this.who = who;
        this.upset = upset;
        this.clock = clock;
        this.changed = changed;
        Mention mention = context.mention();
        this.platform = words.source(mention.source());

        shell = new Shell(parent, SWT.DIALOG_TRIM | SWT.APPLICATION_MODAL | SWT.RESIZE);
        shell.setData(MARK, context.item().row().mentionId());
        shell.setText(words.format("composer.title", authorName(mention)));
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 14;
        layout.marginHeight = 12;
        layout.verticalSpacing = 8;
        shell.setLayout(layout);

        Label original = wrapped();
        original.setText(ellipsis(mention.text()));
        original.setForeground(look.quiet);
        Label audience = wrapped();
        audience.setText(words.format(ReplyFlow.isPublic(mention) ? "composer.public" : "composer.private", platform)
                + " " + routeLine(flow.route(mention, false)));
        audience.setFont(look.bold);
        others = wrapped();
        others.setForeground(look.error);
        ((GridData) others.getLayoutData()).exclude = true;
        others.setVisible(false);

        templatePicker();
        editor = new StyledText(shell, SWT.MULTI | SWT.WRAP | SWT.BORDER | SWT.V_SCROLL);
        editor.setMargins(8, 6, 8, 6);
        GridData editorData = new GridData(SWT.FILL, SWT.FILL, true, true);
        editorData.widthHint = EDITOR_WIDTH;
        editorData.heightHint = EDITOR_HEIGHT;
        editor.setLayoutData(editorData);
        count = new Label(shell, SWT.NONE);
        count.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        Label toneTitle = new Label(shell, SWT.NONE);
        toneTitle.setText(words.get("composer.warnings"));
        toneTitle.setFont(look.bold);
        warningList = wrapped();
        Button upsetBox = new Button(shell, SWT.CHECK);
        upsetBox.setText(words.get("composer.upset"));
        upsetBox.setToolTipText(words.get("composer.upset.tip"));
        upsetBox.setSelection(upset.get());
        upsetBox.addListener(SWT.Selection, event -> {
            upset.set(upsetBox.getSelection());
            checkTone();
        });
        status = wrapped();
        Label keys = wrapped();
        keys.setText(words.get("composer.keys"));
        keys.setForeground(look.quiet);

        Composite buttons = new Composite(shell, SWT.NONE);
        buttons.setLayoutData(new GridData(SWT.END, SWT.CENTER, true, false));
        boolean explains = "HIDE_AND_EXPLAIN".equals(context.item().row().decision());
        buttons.setLayout(new GridLayout(explains ? 3 : 2, false));
        Button close = new Button(buttons, SWT.PUSH);
        close.setText(words.get("composer.close"));
        close.addListener(SWT.Selection, event -> shell.close());
        hide = explains ? hideButton(buttons, mention) : null;
        send = new Button(buttons, SWT.PUSH);
        send.addListener(SWT.Selection, event -> send(false));
        sendLabel();

        editor.addListener(SWT.Modify, event -> {
            typed();
            shell.getDisplay().timerExec(TONE_PAUSE, toneLater); // a new key stroke moves it on
        });
        // before the editor handles the key, or Ctrl+Enter would add a line break to the answer first
        editor.addVerifyKeyListener(event -> {
            if ((event.keyCode == SWT.CR || event.keyCode == SWT.KEYPAD_CR) && (event.stateMask & SWT.MOD1) != 0) {
                event.doit = false;
                send(false);
            }
        });
        // the editor takes Esc for itself otherwise; closing keeps the draft (below)
        editor.addListener(SWT.Traverse, event -> {
            if (event.detail == SWT.TRAVERSE_ESCAPE) {
                event.doit = false;
                event.detail = SWT.TRAVERSE_NONE;
                shell.close();
            }
        });
        shell.addListener(SWT.Close, event -> {
            if (busy) {
                event.doit = false; // the answer is on its way: its outcome must be seen
                return;
            }
            keepDraft();
        });
    }

    /**
     * Opens the composer for {@code context}'s item with {@code draft}'s text (null: empty).
     *
     * @param upset   the session's "I'm upset" switch, read and set here
     * @param changed told after each stored change
     */
    static Shell open(Shell parent, Words words, Look look, ReplyContext context, ReplyFlow.Opening opening,
            ReplyFlow flow, InboxLoader loader, String who, AtomicBoolean upset, Clock clock, Changed changed) {
        ComposerDialog dialog = new ComposerDialog(parent, words, look, context, flow, loader, who, upset, clock,
                changed);
        dialog.othersNote(opening);
        Reply draft = opening.draft();
        if (draft != null) {
            dialog.draftId = draft.id();
            dialog.editor.setText(draft.text());
        }
        // kept on this computer while the database was away: newer than the stored draft
        flow.localDraft(context.item().row().mentionId()).ifPresent(dialog.editor::setText);
        dialog.typed();
        dialog.checkTone();
        Shell shell = dialog.shell;
        shell.pack();
        Rectangle owner = parent.getBounds();
        Point size = shell.getSize();
        shell.setLocation(owner.x + (owner.width - size.x) / 2, owner.y + Math.max(0, (owner.height - size.y) / 3));
        shell.open();
        dialog.editor.setFocus();
        dialog.editor.setCaretOffset(dialog.editor.getCharCount());
        return shell;
    }

    /**
     * The holding statements of the item's incidents first, then the templates; picking one fills
     * the editor. A statement picked last is recorded as its incident's public update once sent.
     */
    private void templatePicker() {
        Composite line = new Composite(shell, SWT.NONE);
        line.setLayout(new GridLayout(2, false));
        line.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Label label = new Label(line, SWT.NONE);
        label.setText(words.get("composer.template"));
        Combo picker = new Combo(line, SWT.READ_ONLY | SWT.DROP_DOWN);
        picker.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        List<IncidentStatements.Statement> statements = context.statements();
        List<ReplyTemplate> templates = context.templates();
        if (templates.isEmpty() && statements.isEmpty()) {
            picker.add(words.get("composer.noTemplates"));
            picker.setEnabled(false);
        } else {
            picker.add(words.get("composer.noTemplate"));
            statements.forEach(statement -> picker.add(words.format("composer.statement", statement.incidentTitle())));
            templates.forEach(template -> picker.add(template.title()));
        }
        picker.select(0);
        picker.addListener(SWT.Selection, event -> {
            int index = picker.getSelectionIndex() - 1;
            if (index < 0) {
                return;
            }
            statement = index < statements.size() ? statements.get(index) : null;
            editor.setText(statement != null ? statement.text() : context.fill(templates.get(index - statements.size())));
            editor.setCaretOffset(editor.getCharCount());
            editor.setFocus();
        });
    }

    /** Once the answer went out: the holding statement it began from is its incident's public update. */
    private void recordStatement(String text) {
        IncidentStatements.Statement posted = statement;
        if (posted != null) {
            loader.load(() -> {
                context.statementPosted(posted, text);
                return posted;
            }, recorded -> { }, () -> changed.after(words.format("composer.statementNotRecorded", posted.incidentTitle())));
        }
    }

    private Button hideButton(Composite buttons, Mention mention) {
        Button button = new Button(buttons, SWT.PUSH);
        button.setText(words.get("composer.hide"));
        if (flow.route(mention, true) instanceof ReplyFlow.Route.Copy copy) {
            button.setToolTipText(copy.why() == null ? words.format("composer.copyOnly", platform) : copy.why());
        } else {
            hidePossible = true;
        }
        button.addListener(SWT.Selection, event -> send(true));
        return button;
    }

    /** How the answer goes out, in a sentence. */
    private String routeLine(ReplyFlow.Route route) {
        if (route instanceof ReplyFlow.Route.Publish publish) {
            return words.format("composer.via", platform, publish.publisher().instance());
        }
        String why = ((ReplyFlow.Route.Copy) route).why();
        return why == null ? words.format("composer.copyOnly", platform)
                : words.format("composer.cannot", stripStop(why));
    }

    /** The count, and the buttons enabled for a text worth sending. */
    private void typed() {
        String text = editor.getText();
        String source = context.mention().source();
        int length = ReplyLength.count(text);
        OptionalInt limit = ReplyLength.limit(source);
        boolean tooLong = ReplyLength.tooLong(text, source);
        count.setText(limit.isEmpty() ? words.format("composer.count", length)
                : tooLong ? words.format("composer.countLimit", length, limit.getAsInt()) + "   "
                        + words.format("composer.tooLong", platform, length - limit.getAsInt())
                : words.format("composer.countLimit", length, limit.getAsInt()));
        count.setForeground(tooLong ? look.error : look.quiet);
        boolean sendable = !busy && !done && !text.isBlank() && !tooLong;
        send.setEnabled(sendable);
        if (hide != null) {
            hide.setEnabled(sendable && hidePossible);
        }
    }

    /** Checks the tone now: marks the words in the text and lists each warning with what it means. */
    private void checkTone() {
        if (shell.isDisposed()) {
            return;
        }
        String text = editor.getText();
        List<ToneWarning> found = context.check(text, upset.get(), clock.instant());
        if (!found.equals(warnings)) {
            asked = false; // new warnings: ask again before sending
            sendLabel();
        }
        warnings = found;
        editor.setStyleRanges(new StyleRange[0]);
        StringBuilder lines = new StringBuilder();
        for (ToneWarning warning : found) {
            int end = Math.min(warning.end(), text.length());
            if (end > warning.start()) {
                editor.setStyleRange(marked(warning.start(), end, look.threatFill, look.error));
            }
            String meaning = words.get("tone." + warning.issue().name());
            lines.append(lines.length() == 0 ? "" : "\n").append("\u2022 ").append(warning.matched().isBlank()
                    ? meaning : words.format("composer.warning", warning.matched(), meaning));
        }
        warningList.setText(found.isEmpty() ? words.get("composer.warningsNone") : lines.toString());
        warningList.setForeground(found.isEmpty() ? look.quiet : look.error);
        shell.layout(true, true);
    }

    private static StyleRange marked(int start, int end, Color fill, Color line) {
        StyleRange style = new StyleRange(start, end - start, null, fill);
        style.underline = true;
        style.underlineStyle = SWT.UNDERLINE_SQUIGGLE;
        style.underlineColor = line;
        return style;
    }

    private void sendLabel() {
        boolean copies = flow.route(context.mention(), false) instanceof ReplyFlow.Route.Copy;
        send.setText(words.get(asked || anotherAnswerAsked ? "composer.sendAnyway"
                : copies ? "composer.copy" : "composer.send"));
        send.getParent().layout(true);
    }

    private void send(boolean hideFirst) {
        String text = editor.getText();
        if (busy || done || text.isBlank() || ReplyLength.tooLong(text, context.mention().source())) {
            return;
        }
        shell.getDisplay().timerExec(-1, toneLater);
        checkTone(); // as typed now, not as of the last pause
        if (!warnings.isEmpty() && !asked) {
            asked = true;
            sendLabel();
            say(words.get("composer.ask"), look.error);
            return;
        }
        if (!anotherAnswerAsked && !answersChecked) {
            checkAnswersThenSend(hideFirst);
            return;
        }
        answersChecked = false;
        if (!hideFirst && flow.route(context.mention(), false) instanceof ReplyFlow.Route.Copy) {
            copy(text);
            return;
        }
        busy(true);
        say(words.get("composer.sending"), look.quiet);
        OutcomeMessage outcomes = new OutcomeMessage(words.texts(), words.formats());
        loader.load(() -> flow.publish(context.item(), draftId, text, hideFirst, who), result -> {
            draftId = result.draftId();
            String line = outcomes.of(result.action(), result.outcome(), platform, clock.instant());
            busy(false);
            if (result.published()) {
                recordStatement(text);
                finish(line);
            } else {
                say(line, look.error);
                changed.after(null); // the failed attempt is in the item's replies now
            }
        }, () -> {
            busy(false);
            say(words.format("composer.storeFailed", platform), look.error);
        });
    }

    /**
     * Looks, as of now, whether the item has been answered (a teammate may have while this one was
     * written): if so, says by whom and asks first; else sends.
     */
    private void checkAnswersThenSend(boolean hideFirst) {
        long mentionId = context.item().row().mentionId();
        busy(true);
        loader.load(() -> flow.lastAnswer(mentionId), answer -> {
            busy(false);
            if (answer.isPresent()) {
                anotherAnswerAsked = true;
                sendLabel();
                say(words.format("composer.answeredAsk", answer.get().who(), words.formats().dateTime(answer.get().at())),
                        look.error);
            } else {
                answersChecked = true;
                send(hideFirst);
            }
        }, () -> {
            busy(false); // the answer still goes out: the check is a courtesy, the store says the rest
            answersChecked = true;
            send(hideFirst);
        });
    }

    /** Says when the item is a teammate's, or answered already. */
    private void othersNote(ReplyFlow.Opening opening) {
        List<String> lines = new ArrayList<>();
        opening.heldBy().ifPresent(holder -> lines.add(words.format("composer.heldBy", holder)));
        opening.lastAnswer().ifPresent(answer -> lines.add(words.format("composer.answered", answer.who(),
                words.formats().dateTime(answer.at()))));
        if (!lines.isEmpty()) {
            others.setText(String.join("\n", lines));
            others.setVisible(true);
            ((GridData) others.getLayoutData()).exclude = false;
        }
    }

    /** Copies the answer, opens the item on its platform, and marks it answered by hand. */
    private void copy(String text) {
        Clipboard clipboard = new Clipboard(shell.getDisplay());
        try {
            clipboard.setContents(new Object[] {text}, new Transfer[] {TextTransfer.getInstance()});
        } finally {
            clipboard.dispose();
        }
        String url = context.mention().url();
        if (url != null && (url.startsWith("https://") || url.startsWith("http://"))) {
            Program.launch(url);
        }
        busy(true);
        loader.load(() -> {
            flow.copied(context.item(), draftId, text, who);
            return words.format("composer.copied", platform);
        }, line -> {
            busy(false);
            recordStatement(text);
            finish(line);
        }, () -> {
            busy(false);
            say(words.get("composer.copyStoreFailed"), look.error);
        });
    }

    private void finish(String notice) {
        done = true;
        shell.close();
        changed.after(notice);
    }

    /** Keeps the text as the item's draft, unless it went out or was never worth keeping. */
    private void keepDraft() {
        String text = editor.getText();
        if (done || draftId == 0 && text.isBlank()) {
            return;
        }
        long mentionId = context.item().row().mentionId();
        long id = draftId;
        loader.load(() -> flow.keepDraft(mentionId, id, text, who), kept -> changed.after(null),
                () -> changed.after(words.get("composer.keptLocally")));
    }

    private void busy(boolean working) {
        busy = working;
        if (!shell.isDisposed()) {
            editor.setEditable(!working);
            typed();
        }
    }

    private void say(String line, Color ink) {
        status.setText(line);
        status.setForeground(ink);
        shell.layout(true, true);
    }

    private Label wrapped() {
        Label label = new Label(shell, SWT.WRAP);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = EDITOR_WIDTH;
        label.setLayoutData(data);
        return label;
    }

    /** The text answered, as one line of at most a few sentences. */
    private static String ellipsis(String text) {
        String line = DisplayText.line(text);
        return line.length() <= 240 ? line : line.substring(0, 239) + "\u2026";
    }

    private static String stripStop(String sentence) {
        String line = DisplayText.line(sentence);
        return line.endsWith(".") ? line.substring(0, line.length() - 1) : line;
    }

    private static String authorName(Mention mention) {
        if (mention.author() == null) {
            return "?";
        }
        String name = mention.author().name();
        String handle = mention.author().handle();
        return DisplayText.line(name != null && !name.isBlank() ? name
                : handle != null && !handle.isBlank() ? handle : "?");
    }
}

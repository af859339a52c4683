package webcare.ui.inbox.swt;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import webcare.store.api.InboxRepository.Row;
import webcare.store.api.InboxRepository.Status;
import webcare.store.api.StoreException;
import webcare.ui.api.Shortcut;
import webcare.ui.inbox.model.InboxFilter;
import webcare.ui.inbox.model.InboxWork;
import webcare.ui.inbox.model.Team;
import webcare.ui.inbox.model.Undo;

/**
 * Triage from the keyboard: J/K move, 1–6 change the decision (asking why), R opens the reply
 * composer, A assigns to a teammate (from a picker), M to oneself, U to nobody, B, P,
 * V, X and O set the status, Ctrl+C copies the text, Ctrl+Z takes back the last status or
 * assignment change, F5 reads the list again. Each change is saved in the background, then the list
 * is read again with the
 * selection kept in place. UI thread only.
 */
final class TriageKeys {

    /** What a change does in the store, off the UI thread. */
    @FunctionalInterface
    private interface Change {
        void save() throws StoreException;
    }

    private final InboxTable table;
    private final DetailPane detail;
    private final InboxWork work;
    private final InboxLoader saver;
    private final Words words;
    private final String who;
    private final Supplier<Team> team;
    private final IntConsumer reread;
    private final Consumer<String> notice;
    private final Runnable reply;
    private Undo last;

    /**
     * @param who    the name changes are recorded under
     * @param team   whom items can be assigned to, as known now
     * @param reread reads the list again, keeping the selection at the given index
     * @param notice shows a short note in the view (what was undone)
     * @param reply  opens the composer for the selected item
     */
    TriageKeys(InboxTable table, DetailPane detail, InboxWork work, InboxLoader saver, Words words, String who,
            Supplier<Team> team, IntConsumer reread, Consumer<String> notice, Runnable reply) {
        this.table = table;
        this.detail = detail;
        this.work = work;
        this.saver = saver;
        this.words = words;
        this.who = who;
        this.team = team;
        this.reread = reread;
        this.notice = notice;
        this.reply = reply;
    }

    /** Answers the keys pressed while {@code control} has the focus. */
    void listen(Control control) {
        control.addListener(SWT.KeyDown, this::key);
    }

    static List<Shortcut> shortcuts(Words words) {
        String or = "nl".equals(words.locale().getLanguage()) ? " of " : " or ";
        return List.of(
                new Shortcut("J" + or + "\u2193", words.get("key.next")),
                new Shortcut("K" + or + "\u2191", words.get("key.previous")),
                new Shortcut("1 \u2026 6", words.get("key.decision")),
                new Shortcut("R", words.get("key.reply")),
                new Shortcut("A", words.get("key.assign")),
                new Shortcut("M", words.get("key.mine")),
                new Shortcut("U", words.get("key.unassign")),
                new Shortcut("B", words.get("key.answered")),
                new Shortcut("P", words.get("key.private")),
                new Shortcut("V", words.get("key.hidden")),
                new Shortcut("X", words.get("key.closed")),
                new Shortcut("O", words.get("key.reopen")),
                new Shortcut("Ctrl+C", words.get("key.copy")),
                new Shortcut("Ctrl+Z", words.get("key.undo")),
                new Shortcut("F5", words.get("key.refresh")));
    }

    private void key(Event event) {
        int modifiers = event.stateMask & SWT.MODIFIER_MASK;
        if (modifiers == SWT.MOD1) {
            if (event.keyCode == 'c') {
                copy(event);
            } else if (event.keyCode == 'z') {
                undo();
                event.doit = false;
            }
            return;
        }
        if (modifiers != 0) {
            return;
        }
        if (event.keyCode == SWT.F5) {
            reread.accept(Math.max(0, table.selection()));
            return;
        }
        char key = Character.toLowerCase(event.character);
        boolean handled = true;
        switch (key) {
            case 'j' -> table.move(1);
            case 'k' -> table.move(-1);
            case '1', '2', '3', '4', '5', '6' -> decide(InboxFilter.DECISIONS.get(key - '1'));
            case 'r' -> reply.run();
            case 'a' -> pickAssignee();
            case 'm' -> assign(who);
            case 'u' -> assign(null);
            case 'b' -> status(Status.ANSWERED);
            case 'p' -> status(Status.HANDLED_PRIVATELY);
            case 'v' -> status(Status.HIDDEN);
            case 'x' -> status(Status.CLOSED);
            case 'o' -> status(Status.OPEN);
            default -> handled = false;
        }
        if (handled) {
            event.doit = false; // no type-ahead search in the table
        }
    }

    private void decide(String decision) {
        Row row = table.selectedRow();
        if (row == null || row.decision().equals(decision)) {
            return;
        }
        int index = table.selection();
        WhyDialog.open(table.control().getShell(), words, row.decision(), decision, why ->
                save(index, () -> work.override(row.mentionId(), row.decision(), decision, who, why)));
    }

    private void pickAssignee() {
        Row row = table.selectedRow();
        if (row != null) {
            AssignPicker.open(table.control().getShell(), words, team.get(), row.assignee(), this::assign);
        }
    }

    private void assign(String assignee) {
        Row row = table.selectedRow();
        if (row == null || java.util.Objects.equals(row.assignee(), assignee)) {
            return;
        }
        last = new Undo.AssigneeBack(row.mentionId(), row.assignee());
        save(table.selection(), () -> work.assign(row.mentionId(), assignee, who));
    }

    private void status(Status status) {
        Row row = table.selectedRow();
        if (row == null || row.status() == status) {
            return;
        }
        last = new Undo.StatusBack(row.mentionId(), row.status());
        save(table.selection(), () -> work.setStatus(row.mentionId(), status, who));
    }

    private void undo() {
        Undo undo = last;
        if (undo == null) {
            return;
        }
        last = null;
        String what;
        Change back;
        if (undo instanceof Undo.StatusBack status) {
            what = words.format("action.status", words.status(status.previous()));
            back = () -> work.setStatus(status.mentionId(), status.previous(), who);
        } else {
            Undo.AssigneeBack assignee = (Undo.AssigneeBack) undo;
            what = assignee.previous() == null ? words.get("action.unassign")
                    : words.format("action.assign", assignee.previous());
            back = () -> work.assign(assignee.mentionId(), assignee.previous(), who);
        }
        save(table.selection(), back);
        notice.accept(words.format("undone", what));
    }

    private void save(int index, Change change) {
        saver.load(() -> {
            change.save();
            return index;
        }, reread::accept);
    }

    private void copy(Event event) {
        Row row = table.selectedRow();
        if (row == null) {
            return;
        }
        boolean inFull = detail.shown() != null && detail.shown().item().row().mentionId() == row.mentionId();
        String text = inFull ? detail.fullText() : row.excerpt();
        if (text == null || text.isEmpty()) {
            return;
        }
        Clipboard clipboard = new Clipboard(event.display);
        try {
            clipboard.setContents(new Object[] {text}, new Transfer[] {TextTransfer.getInstance()});
        } finally {
            clipboard.dispose();
        }
        event.doit = false;
    }
}

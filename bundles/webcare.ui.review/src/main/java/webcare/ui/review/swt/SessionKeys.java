package webcare.ui.review.swt;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Shell;
import webcare.model.plan.ReviewItem.Outcome;

/**
 * Every action of the session on a key, so the chair never needs the mouse. On an item: → PageDown
 * Space next; ← PageUp previous; Home first item; End summary; 1/C confirm; 2/W changed; 3/F flag;
 * N note; K contact details confirmed; Enter confirm and next; 0/Backspace/Delete take the
 * decision back. On the summary: ← PageUp last item; Home first; Enter approve (or the undecided
 * item chosen in the list). On the approval, Enter or Space on Approve asks first while items are
 * undecided. Esc leaves, everywhere. A display filter, for this window's keys only.
 */
final class SessionKeys {

    /** The session's pages, one shown at a time. */
    enum Page { ITEM, SUMMARY, APPROVE, DONE }

    /** What the keys do. */
    interface Commands {
        Page page();

        void next();

        void previous();

        void jump(int to);

        /** End, from an item. */
        void toSummary();

        /** ← from the summary. */
        void toLastItem();

        /** Enter on an item. */
        void confirmAndNext();

        /** Enter on the summary. */
        void summaryEnter();

        void decide(Outcome outcome);

        void undecide();

        void editNote();

        void toggleContact();

        /** Esc: closes after the approval, asks first before it. */
        void leave();

        /** Whether the Approve button has the focus. */
        boolean approveFocused();

        /** Enter or Space on the approval page; false when the Approve button has not the focus. */
        boolean approveByKey();
    }

    private final Shell shell;
    private final Commands commands;
    private final Listener listener = this::key;

    SessionKeys(Shell shell, Commands commands) {
        this.shell = shell;
        this.commands = commands;
    }

    /** Listens until the shell goes. */
    void install() {
        Display display = shell.getDisplay();
        display.addFilter(SWT.KeyDown, listener);
        display.addFilter(SWT.Traverse, listener);
        shell.addListener(SWT.Dispose, event -> {
            display.removeFilter(SWT.KeyDown, listener);
            display.removeFilter(SWT.Traverse, listener);
        });
    }

    private void key(Event event) {
        if (!(event.widget instanceof Control control) || control.isDisposed() || control.getShell() != shell) {
            return;
        }
        Page page = commands.page();
        if (event.type == SWT.Traverse) {
            boolean ours = switch (event.detail) {
                case SWT.TRAVERSE_ESCAPE -> true;
                case SWT.TRAVERSE_ARROW_NEXT, SWT.TRAVERSE_ARROW_PREVIOUS, SWT.TRAVERSE_PAGE_NEXT,
                        SWT.TRAVERSE_PAGE_PREVIOUS -> page == Page.ITEM || page == Page.SUMMARY;
                case SWT.TRAVERSE_RETURN -> page == Page.ITEM || page == Page.SUMMARY
                        || page == Page.APPROVE && commands.approveFocused();
                default -> false;
            };
            if (ours) {
                event.doit = false; // not a traversal: the key comes as KeyDown, handled below
            }
            return;
        }
        if ((event.stateMask & (SWT.CTRL | SWT.ALT | SWT.COMMAND)) != 0) {
            return;
        }
        if (handled(event, page)) {
            event.doit = false;
        }
    }

    private boolean handled(Event event, Page page) {
        if (event.keyCode == SWT.ESC) {
            commands.leave();
            return true;
        }
        return switch (page) {
            case ITEM -> itemKey(event);
            case SUMMARY -> summaryKey(event);
            case APPROVE -> (event.keyCode == SWT.CR || event.keyCode == SWT.KEYPAD_CR || event.character == ' ')
                    && commands.approveByKey();
            default -> false;
        };
    }

    private boolean itemKey(Event event) {
        switch (event.keyCode) {
            case SWT.ARROW_RIGHT, SWT.PAGE_DOWN -> commands.next();
            case SWT.ARROW_LEFT, SWT.PAGE_UP -> commands.previous();
            case SWT.HOME -> commands.jump(0);
            case SWT.END -> commands.toSummary();
            case SWT.CR, SWT.KEYPAD_CR -> commands.confirmAndNext();
            case SWT.BS, SWT.DEL -> commands.undecide();
            default -> {
                return itemCharacter(Character.toLowerCase(event.character));
            }
        }
        return true;
    }

    private boolean itemCharacter(char key) {
        switch (key) {
            case ' ' -> commands.next();
            case '1', 'c' -> commands.decide(Outcome.CONFIRMED);
            case '2', 'w' -> commands.decide(Outcome.CHANGED);
            case '3', 'f' -> commands.decide(Outcome.FLAGGED);
            case '0' -> commands.undecide();
            case 'n' -> commands.editNote();
            case 'k' -> commands.toggleContact();
            default -> {
                return false;
            }
        }
        return true;
    }

    private boolean summaryKey(Event event) {
        switch (event.keyCode) {
            case SWT.ARROW_LEFT, SWT.PAGE_UP -> commands.toLastItem();
            case SWT.HOME -> commands.jump(0);
            case SWT.CR, SWT.KEYPAD_CR -> commands.summaryEnter();
            default -> {
                return false;
            }
        }
        return true;
    }
}

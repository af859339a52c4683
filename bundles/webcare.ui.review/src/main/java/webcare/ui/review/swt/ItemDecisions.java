package webcare.ui.review.swt;

import static webcare.ui.review.swt.SessionWidgets.plain;

import java.util.function.Consumer;
import org.eclipse.swt.widgets.Shell;
import webcare.model.plan.ReviewItem.Outcome;
import webcare.plan.api.AgendaItem;
import webcare.ui.review.model.ReviewSession;

/**
 * The decisions on the current item and their notes: confirmed at once; changed asks what changed,
 * flagged asks (and needs) why. After each, {@code decided} shows it and writes the session.
 * UI thread only.
 */
final class ItemDecisions {

    private final Shell shell;
    private final Look look;
    private final Texts texts;
    private final ReviewSession session;
    private final Runnable decided;

    ItemDecisions(Shell shell, Look look, Texts texts, ReviewSession session, Runnable decided) {
        this.shell = shell;
        this.look = look;
        this.texts = texts;
        this.session = session;
        this.decided = decided;
    }

    void decide(Outcome outcome) {
        AgendaItem item = session.current();
        switch (outcome) {
            case CONFIRMED -> {
                session.decide(item.item(), outcome);
                decided.run();
            }
            case CHANGED -> askNote(item, "prompt.changed.title", false, text -> {
                session.note(item.item(), text);
                session.decide(item.item(), outcome);
                decided.run();
            });
            case FLAGGED -> askNote(item, "prompt.flag.title", true, text -> {
                session.note(item.item(), text);
                session.decide(item.item(), outcome);
                decided.run();
            });
        }
    }

    /** Takes the decision on the current item back. */
    void undecide() {
        session.undecide(session.current().item());
        decided.run();
    }

    void editNote() {
        AgendaItem item = session.current();
        askNote(item, "prompt.note.title", false, text -> {
            session.note(item.item(), text);
            decided.run();
        });
    }

    void contactConfirmed(boolean confirmed) {
        ReviewSession.personOf(session.current().item()).ifPresent(person -> {
            session.contactConfirmed(person, confirmed);
            decided.run();
        });
    }

    private void askNote(AgendaItem item, String titleKey, boolean required, Consumer<String> done) {
        Prompt.text(shell, look, texts.get(titleKey), plain(item.title()), session.note(item.item()).orElse(""),
                required, texts.get("prompt.save"), texts.get("prompt.cancel"), text -> {
                    if (!shell.isDisposed()) {
                        done.accept(text);
                    }
                });
    }
}

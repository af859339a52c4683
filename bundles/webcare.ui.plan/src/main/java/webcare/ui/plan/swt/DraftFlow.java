package webcare.ui.plan.swt;

import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.MessageBox;
import webcare.model.plan.Plan;
import webcare.plan.api.PlanCodec;
import webcare.plan.api.PlanException;
import webcare.ui.plan.model.ChangeText;
import webcare.ui.plan.model.Draft;
import webcare.ui.plan.model.EditSession;
import webcare.ui.plan.model.EditorState;

/**
 * Unsaved edits that outlive the editor: written to the {@link Draft} file when the editor goes,
 * offered when the next one opens, removed once saved. The file belongs to a session only once it
 * was offered (taken or declined) or written by it; until then it holds an earlier session's edits,
 * and nothing but an offer may remove it.
 */
final class DraftFlow {

    /**
     * The draft kept by an earlier session: {@code kept} when it can be offered; {@code pending} when
     * there is one that cannot be offered yet (no codec, unreadable), so it must stay on disk.
     */
    record DraftRead(Optional<KeptPlan> kept, boolean pending) {
        static final DraftRead NONE = new DraftRead(Optional.empty(), false);
    }

    /** A kept draft, read. */
    record KeptPlan(Plan plan, long basedOn, Instant keptAt) {}

    private static final Logger LOG = System.getLogger(DraftFlow.class.getName());

    private final EditorSite site;
    private final EditorState state;
    private final Editor editor;
    private final Draft draft;
    /** A pending draft is being read again, now that a codec is there. */
    private boolean reading;

    DraftFlow(EditorSite site, EditorState state, Editor editor) {
        this.site = site;
        this.state = state;
        this.editor = editor;
        this.draft = new Draft(site.services().home().resolve("data"));
    }

    /** Off the UI thread: the draft kept by an earlier session, if there is one, and whether it can be offered. */
    DraftRead read(Optional<PlanCodec> codec) {
        try {
            Optional<Draft.Kept> kept = draft.read();
            if (kept.isEmpty()) {
                return DraftRead.NONE;
            }
            if (codec.isEmpty()) {
                return new DraftRead(Optional.empty(), true);
            }
            return new DraftRead(Optional.of(new KeptPlan(codec.get().read(kept.get().json()),
                    kept.get().basedOn(), kept.get().keptAt())), false);
        } catch (IOException | PlanException | RuntimeException e) {
            LOG.log(Level.WARNING, "The kept draft {0} cannot be read, and is left as it is: {1}", draft.file(),
                    e.getMessage());
            return new DraftRead(Optional.empty(), true);
        }
    }

    /** The plan was read as {@code stored}: the draft is offered over it, or becomes the session's when there is none. */
    void settle(Plan stored, DraftRead read) {
        if (read.kept().isPresent()) {
            offer(stored, read.kept().get());
        } else if (!read.pending()) {
            state.session().ownDraft();
        }
    }

    /**
     * The codec arrived after the plan was loaded: the draft that could not be offered then is
     * offered now, unless the user has edits of their own by now (those would be lost).
     */
    void offerPending() {
        Optional<PlanCodec> codec = site.services().codec();
        EditSession session = state.session();
        if (session == null || session.ownsDraft() || reading || state.loading() || codec.isEmpty()
                || session.dirty()) {
            return;
        }
        reading = true;
        site.workbench().load(site.text("loading"), () -> read(codec), read -> {
            reading = false;
            EditSession now = state.session();
            if (site.parent().isDisposed() || now == null || now.ownsDraft() || now.dirty()) {
                return;
            }
            settle(now.plan(), read);
        });
    }

    /** Offers the kept draft over {@code stored}; taken or declined, the draft file is this session's from now on. */
    private void offer(Plan stored, KeptPlan kept) {
        EditSession session = state.session();
        session.ownDraft();
        if (kept.plan().equals(stored)) {
            discard();
            return;
        }
        MessageBox box = new MessageBox(site.shell(), SWT.ICON_QUESTION | SWT.YES | SWT.NO);
        box.setText(site.text("draft.title"));
        box.setMessage(site.format("draft.message", ChangeText.when(kept.keptAt(), site.locale())));
        if (box.open() == SWT.YES) {
            session.restore(stored, kept.plan(), kept.basedOn());
            editor.showSession();
        } else {
            discard();
        }
    }

    private void discard() {
        site.workbench().load(site.text("draft.discarding"), () -> {
            draft.discard();
            return Boolean.TRUE;
        }, done -> { });
    }

    /**
     * UI thread, whether or not the editor is still there: {@code edited} was saved as {@code revision}.
     * The draft goes only when nothing is left unsaved; edits made meanwhile (and written as the
     * draft by a closing editor) stay in it.
     */
    void saved(EditSession edited, Plan sent, long revision) {
        edited.saved(sent, revision);
        if (edited.mayDiscardDraft()) {
            try {
                draft.discard();
            } catch (IOException e) {
                LOG.log(Level.WARNING, "The draft {0} is left behind: {1}", draft.file(), e.getMessage());
            }
        }
    }

    /**
     * The editor goes (tab closed, language switched, workbench quitting): unsaved edits are kept,
     * for this process in memory ({@code keep}) and for the next in the draft file. Written on the
     * UI thread because after this there is no editor left to come back to; it is one small file.
     */
    void keep(EditSession session, Consumer<EditSession> keep) {
        Optional<PlanCodec> codec = site.services().codec();
        try {
            if (session.dirty()) {
                keep.accept(session);
                if (codec.isPresent()) {
                    draft.write(codec.get().write(session.plan()), session.basedOn(), Instant.now());
                    session.ownDraft();
                } else {
                    LOG.log(Level.WARNING, "Unsaved plan edits are kept in memory only: no plan codec to write them");
                }
            } else if (session.mayDiscardDraft()) {
                // only a draft this session offered or wrote: one never offered holds an earlier session's edits
                draft.discard();
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.ERROR, "Unsaved plan edits could not be kept in " + draft.file(), e);
        }
    }
}

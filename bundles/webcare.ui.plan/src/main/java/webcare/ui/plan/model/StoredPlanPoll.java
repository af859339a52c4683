package webcare.ui.plan.model;

import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import webcare.plan.api.PlanBook;
import webcare.plan.api.PlanException;
import webcare.plan.api.WorkingPlan;

/**
 * The editor's look at the stored plan every few seconds, off the UI thread: it asks the plan book
 * for the working plan's revision (one small query) and reads the whole plan only when that
 * revision is newer than the editor has settled ({@link EditorState#storedSettledUpTo}), so an
 * open editor does not read the plan again and again while nobody changes it.
 *
 * <p>{@link #call} runs on a background thread, {@link #settledUpTo} on the UI thread after each
 * result; a settled revision one poll old only costs one reading too many, never a missed one.
 */
public final class StoredPlanPoll implements Callable<WorkingPlan> {

    private final Supplier<Optional<PlanBook>> book;
    private final AtomicLong settled;

    /** @param settledUpTo the editor's {@link EditorState#storedSettledUpTo} now */
    public StoredPlanPoll(Supplier<Optional<PlanBook>> book, long settledUpTo) {
        this.book = book;
        this.settled = new AtomicLong(settledUpTo);
    }

    /** The stored plan when its revision is newer than the editor has settled; null otherwise or without a plan book. */
    @Override
    public WorkingPlan call() throws PlanException {
        Optional<PlanBook> plans = book.get();
        if (plans.isEmpty() || plans.get().revision() <= settled.get()) {
            return null;
        }
        return plans.get().working();
    }

    /** What the editor has settled now, for the next {@link #call}. */
    public void settledUpTo(long revision) {
        settled.set(revision);
    }
}

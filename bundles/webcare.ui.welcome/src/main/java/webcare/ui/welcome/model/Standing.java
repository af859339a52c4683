package webcare.ui.welcome.model;

import java.util.Optional;
import webcare.demo.api.DemoData;
import webcare.demo.api.DemoException;
import webcare.ingest.api.Ingest;
import webcare.plan.api.PlanBook;
import webcare.plan.api.PlanException;
import webcare.plan.api.WorkingPlan;

/**
 * What a new user already has, for the Welcome page: mentions (and whether they are the demo
 * set), configured sources, and the crisis plan. Each part is unknown (empty) while the service
 * behind it is missing or failing, so the page offers only what can work.
 */
public record Standing(Optional<Mentions> mentions, Optional<Integer> sources, Optional<PlanSize> plan) {

    /** Whether any mentions are stored, and whether the demo set is among them. */
    public enum Mentions { NONE, DEMO, REAL }

    /** The working plan's size; {@code revision} 0 means no plan was ever saved. */
    public record PlanSize(long revision, int people, int roles, int scenarios) {

        public boolean exists() {
            return revision > 0;
        }
    }

    /**
     * Reads the services given (any may be null: not there); blocking, never on the UI thread.
     * The plan is read whole only when its revision differs from the one in {@code before} (the
     * standing read last; null for none): the page asks every few seconds, the plan rarely changes.
     */
    public static Standing read(DemoData demo, Ingest ingest, PlanBook plans, Standing before) {
        return new Standing(mentions(demo), Optional.ofNullable(ingest).map(running -> running.sources().size()),
                plan(plans, before == null ? Optional.empty() : before.plan()));
    }

    private static Optional<Mentions> mentions(DemoData demo) {
        if (demo == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(demo.loaded() ? Mentions.DEMO : demo.databaseEmpty() ? Mentions.NONE : Mentions.REAL);
        } catch (DemoException e) {
            return Optional.empty();
        }
    }

    private static Optional<PlanSize> plan(PlanBook plans, Optional<PlanSize> known) {
        if (plans == null) {
            return Optional.empty();
        }
        try {
            long revision = plans.revision();
            if (known.isPresent() && known.get().revision() == revision) {
                return known;
            }
            WorkingPlan working = plans.working();
            return Optional.of(new PlanSize(working.revision(), working.plan().people().size(),
                    working.plan().roles().size(), working.plan().scenarios().size()));
        } catch (PlanException e) {
            return Optional.empty();
        }
    }
}

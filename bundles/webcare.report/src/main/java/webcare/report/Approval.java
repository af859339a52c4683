package webcare.report;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import webcare.model.plan.Plan;
import webcare.plan.api.ExportContext;
import webcare.plan.api.PlanBook;
import webcare.plan.api.PlanDiff;
import webcare.plan.api.PlanException;
import webcare.plan.api.PlanVersion;

/**
 * What a document says about the approval of the plan it prints: "Versie 3" for an approved
 * version, "Werkplan (gelijk aan versie 3)" for a working plan with no difference from an approved
 * version, else "Werkplan (niet goedgekeurd)".
 */
final class Approval {

    private Approval() {}

    /**
     * The status line of {@code plan} as exported in {@code context}.
     *
     * @param book the plan book to compare a working plan with; null when there is none (then a
     *             working plan is never said to equal a version)
     * @param diff how to compare; null as for {@code book}
     */
    static String status(Plan plan, ExportContext context, Labels labels, PlanBook book, PlanDiff diff) {
        if (context.version() != null) {
            return labels.format("plan.version", Integer.toString(context.version()));
        }
        return sameVersion(plan, book, diff).map(number -> labels.format("plan.workingSame", Integer.toString(number)))
                .orElseGet(() -> labels.text("plan.working"));
    }

    /**
     * The newest approved version that {@link PlanDiff} finds no difference with; empty when there
     * is none, when there is no plan book or diff, or when the versions cannot be read (the status
     * line is no reason to fail an export: it then says only what is certain).
     */
    static Optional<Integer> sameVersion(Plan plan, PlanBook book, PlanDiff diff) {
        if (book == null || diff == null) {
            return Optional.empty();
        }
        try {
            List<PlanVersion> versions = book.versions();
            for (int i = versions.size() - 1; i >= 0; i--) {
                int number = versions.get(i).number();
                Optional<Plan> approved = book.version(number);
                if (approved.isPresent() && diff.diff(approved.get(), plan, Locale.ENGLISH).isEmpty()) {
                    return Optional.of(number);
                }
            }
        } catch (PlanException unreadable) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}

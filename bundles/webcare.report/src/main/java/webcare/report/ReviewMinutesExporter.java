package webcare.report;

import java.io.IOException;
import java.io.OutputStream;
import org.osgi.service.component.annotations.Component;
import webcare.model.plan.Plan;
import webcare.model.plan.Review;
import webcare.plan.api.ExportContext;
import webcare.plan.api.PlanExporter;

/** The minutes of the plan's last approved review as a PDF. */
@Component(service = PlanExporter.class, property = PlanExporter.FORMAT + "=minutes")
public final class ReviewMinutesExporter implements PlanExporter {

    @Override
    public String extension() {
        return "pdf";
    }

    @Override
    public String description() {
        return "Minutes of the last plan review (PDF)";
    }

    /** @throws IOException when the plan has no approved review yet */
    @Override
    public void write(Plan plan, ExportContext context, OutputStream out) throws IOException {
        Review review = plan.lastReview().orElseThrow(() -> new IOException(
                "The plan has no approved review yet, so there are no minutes: hold a review session first"));
        Labels labels = Labels.of(context.language());
        PdfReportWriter.write(MinutesReport.of(plan, review, context), labels, context.generatedAt(), out);
    }
}

package webcare.report;

import static org.osgi.service.component.annotations.ReferenceCardinality.OPTIONAL;
import static org.osgi.service.component.annotations.ReferencePolicy.DYNAMIC;
import static org.osgi.service.component.annotations.ReferencePolicyOption.GREEDY;

import java.io.IOException;
import java.io.OutputStream;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import webcare.model.plan.Plan;
import webcare.plan.api.ExportContext;
import webcare.plan.api.PlanBook;
import webcare.plan.api.PlanDiff;
import webcare.plan.api.PlanExporter;

/** The whole plan as an A4 PDF, complete enough to run a crisis from paper. */
@Component(service = PlanExporter.class, property = PlanExporter.FORMAT + "=pdf")
public final class PdfPlanExporter implements PlanExporter {

    /** To say whether a working plan equals an approved version (see {@link Approval}); may be absent. */
    @Reference(cardinality = OPTIONAL, policy = DYNAMIC, policyOption = GREEDY)
    private volatile PlanBook book;
    @Reference(cardinality = OPTIONAL, policy = DYNAMIC, policyOption = GREEDY)
    private volatile PlanDiff diff;

    public PdfPlanExporter() {}

    PdfPlanExporter(PlanBook book, PlanDiff diff) {
        this.book = book;
        this.diff = diff;
    }

    @Override
    public String extension() {
        return "pdf";
    }

    @Override
    public String description() {
        return "The whole crisis plan as a printable A4 document (PDF)";
    }

    @Override
    public void write(Plan plan, ExportContext context, OutputStream out) throws IOException {
        Labels labels = Labels.of(context.language());
        PdfReportWriter.write(PlanReport.of(plan, context, Approval.status(plan, context, labels, book, diff)), labels,
                context.generatedAt(), out);
    }
}

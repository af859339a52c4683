package webcare.report;

import java.io.IOException;
import java.io.OutputStream;
import org.osgi.service.component.annotations.Component;
import webcare.model.plan.Plan;
import webcare.plan.api.ExportContext;
import webcare.plan.api.PlanExporter;

/** The whole plan as an A4 PDF, complete enough to run a crisis from paper. */
@Component(service = PlanExporter.class, property = PlanExporter.FORMAT + "=pdf")
public final class PdfPlanExporter implements PlanExporter {

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
        PdfReportWriter.write(PlanReport.of(plan, context), Labels.of(context.language()), context.generatedAt(), out);
    }
}

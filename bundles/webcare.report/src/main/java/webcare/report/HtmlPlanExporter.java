package webcare.report;

import static org.osgi.service.component.annotations.ReferenceCardinality.OPTIONAL;
import static org.osgi.service.component.annotations.ReferencePolicy.DYNAMIC;
import static org.osgi.service.component.annotations.ReferencePolicyOption.GREEDY;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import webcare.model.plan.Plan;
import webcare.plan.api.ExportContext;
import webcare.plan.api.PlanBook;
import webcare.plan.api.PlanDiff;
import webcare.plan.api.PlanExporter;

/** The whole plan as one self-contained, printable HTML page. */
@Component(service = PlanExporter.class, property = PlanExporter.FORMAT + "=html")
public final class HtmlPlanExporter implements PlanExporter {

    /** To say whether a working plan equals an approved version (see {@link Approval}); may be absent. */
    @Reference(cardinality = OPTIONAL, policy = DYNAMIC, policyOption = GREEDY)
    private volatile PlanBook book;
    @Reference(cardinality = OPTIONAL, policy = DYNAMIC, policyOption = GREEDY)
    private volatile PlanDiff diff;

    public HtmlPlanExporter() {}

    HtmlPlanExporter(PlanBook book, PlanDiff diff) {
        this.book = book;
        this.diff = diff;
    }

    @Override
    public String extension() {
        return "html";
    }

    @Override
    public String description() {
        return "The whole crisis plan as a printable web page (HTML)";
    }

    @Override
    public void write(Plan plan, ExportContext context, OutputStream out) throws IOException {
        String status = Approval.status(plan, context, Labels.of(context.language()), book, diff);
        out.write(HtmlReportWriter.write(PlanReport.of(plan, context, status)).getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}

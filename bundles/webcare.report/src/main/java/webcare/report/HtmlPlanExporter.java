package webcare.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.osgi.service.component.annotations.Component;
import webcare.model.plan.Plan;
import webcare.plan.api.ExportContext;
import webcare.plan.api.PlanExporter;

/** The whole plan as one self-contained, printable HTML page. */
@Component(service = PlanExporter.class, property = PlanExporter.FORMAT + "=html")
public final class HtmlPlanExporter implements PlanExporter {

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
        out.write(HtmlReportWriter.write(PlanReport.of(plan, context)).getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}

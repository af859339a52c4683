package webcare.plan.json;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import webcare.model.plan.Plan;
import webcare.plan.api.ExportContext;
import webcare.plan.api.PlanCodec;
import webcare.plan.api.PlanExporter;

/**
 * The plan file itself as an export format: the canonical JSON of docs/PLAN.md, in UTF-8, the
 * bytes {@code plan import} reads back. The context is ignored: the file holds no headings to
 * translate and no times to place in a zone. Thread-safe.
 */
@Component(service = PlanExporter.class, property = PlanExporter.FORMAT + "=json")
public final class JsonPlanExporter implements PlanExporter {

    private final PlanCodec codec;

    @Activate
    public JsonPlanExporter(@Reference PlanCodec codec) {
        this.codec = codec;
    }

    @Override
    public String extension() {
        return "json";
    }

    @Override
    public String description() {
        return "Plan JSON (backup, exchange)";
    }

    @Override
    public void write(Plan plan, ExportContext context, OutputStream out) throws IOException {
        out.write(codec.write(plan).getBytes(StandardCharsets.UTF_8));
    }
}

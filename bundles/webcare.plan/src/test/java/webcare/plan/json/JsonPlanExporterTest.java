package webcare.plan.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import webcare.model.plan.Plan;
import webcare.plan.api.ExportContext;
import webcare.plan.testing.Fixtures;

class JsonPlanExporterTest {

    private final JsonPlanCodec codec = new JsonPlanCodec();
    private final JsonPlanExporter exporter = new JsonPlanExporter(codec);

    private byte[] export(Plan plan, ExportContext context) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.write(plan, context, out);
        return out.toByteArray();
    }

    @Test
    void writesBytesThatReadBackAsTheSamePlan() throws Exception {
        Plan plan = Fixtures.plan(Fixtures.KORENSCHOOF);

        byte[] bytes = export(plan, new ExportContext(null, Locale.forLanguageTag("nl"), ExportContext.PLAN_ZONE,
                Instant.parse("2026-03-01T10:00:00Z")));

        assertThat(codec.read(new String(bytes, StandardCharsets.UTF_8))).isEqualTo(plan);
        assertThat(bytes).as("the canonical file, UTF-8")
                .isEqualTo(Fixtures.text(Fixtures.KORENSCHOOF).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void writesTheSameBytesWhateverTheContext() throws Exception {
        Plan plan = Fixtures.plan(Fixtures.HARBOUR);

        assertThat(export(plan, new ExportContext(3, Locale.ENGLISH, java.time.ZoneOffset.UTC, Instant.EPOCH)))
                .isEqualTo(export(plan, new ExportContext(null, Locale.forLanguageTag("nl"), ExportContext.PLAN_ZONE,
                        Instant.parse("2026-03-01T10:00:00Z"))));
    }

    @Test
    void namesItsFileAndItself() {
        assertThat(exporter.extension()).isEqualTo("json");
        assertThat(exporter.description()).isEqualTo("Plan JSON (backup, exchange)");
    }
}

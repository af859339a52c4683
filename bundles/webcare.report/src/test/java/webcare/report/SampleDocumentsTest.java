package webcare.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import webcare.model.plan.Plan;
import webcare.plan.api.ExportContext;
import webcare.plan.api.PlanExporter;

/**
 * Writes each document for the fixture plan to target/report-samples, to be looked at as a
 * picture (pdftoppm) after a change to the layout; and times the big plan once warmed up.
 */
class SampleDocumentsTest {

    private static final Path SAMPLES = Path.of("target", "report-samples");

    private static Path write(PlanExporter exporter, Plan plan, ExportContext context, String name) throws IOException {
        Files.createDirectories(SAMPLES);
        Path file = SAMPLES.resolve(name + "." + exporter.extension());
        try (OutputStream out = Files.newOutputStream(file)) {
            exporter.write(plan, context, out);
        }
        return file;
    }

    @Test
    void writesEachDocumentForLooking() throws IOException {
        Plan plan = Plans.dairy();
        ExportContext context = Plans.dutch(7);

        assertThat(write(new PdfPlanExporter(), plan, context, "report-sample")).isNotEmptyFile();
        assertThat(write(new HtmlPlanExporter(), plan, context, "report-sample")).isNotEmptyFile();
        assertThat(write(new PocketCardExporter(), plan, context, "cards-sample")).isNotEmptyFile();
        assertThat(write(new ReviewMinutesExporter(), plan, context, "minutes-sample")).isNotEmptyFile();
        assertThat(write(new ReviewInviteExporter(), plan, context, "review-sample")).isNotEmptyFile();
        assertThat(write(new PdfPlanExporter(), Plans.big(), context, "big-sample")).isNotEmptyFile();
        assertThat(write(new PocketCardExporter(), Plans.big(), context, "big-cards-sample")).isNotEmptyFile();
    }

    @Test
    void reportsHowLongTheBigPlanTakesOnceWarm() throws IOException {
        PdfPlanExporter exporter = new PdfPlanExporter();
        Plan big = Plans.big();
        for (int i = 0; i < 6; i++) {
            Pdfs.export(exporter, big, Plans.dutch(1));
        }
        long start = System.nanoTime();
        byte[] pdf = Pdfs.export(exporter, big, Plans.dutch(1));
        long millis = (System.nanoTime() - start) / 1_000_000;

        System.out.printf("big plan PDF: %d ms, %d pages, %d KiB%n", millis, Pdfs.pages(pdf), pdf.length / 1024);
        assertThat(pdf).isNotEmpty();
    }
}

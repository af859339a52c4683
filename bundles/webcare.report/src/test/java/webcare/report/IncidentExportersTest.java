package webcare.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import webcare.response.api.Evaluation;
import webcare.response.api.Incident;
import webcare.response.api.IncidentExporter;
import webcare.response.api.IncidentReport;
import webcare.response.api.IncidentStatus;
import webcare.response.api.Measures;
import webcare.response.api.Origin;
import webcare.response.api.RoleHolder;
import webcare.response.api.TaskState;
import webcare.response.api.TimelineEntry;
import webcare.response.api.TimelineEntry.Kind;

/** An incident's chronological report as HTML and PDF: the same facts, in the reader's language and local time. */
class IncidentExportersTest {

    /** 14:02 local time on 25 October 2026, the day the clocks went back. */
    private static final Instant START = Instant.parse("2026-10-25T13:02:00Z");
    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    static IncidentReport report(int entries) {
        Incident incident = new Incident(12, "Storing betalen <app>", Optional.of("storing"), "Storing webshop", 3,
                Origin.SIGNAL, IncidentStatus.EVALUATED, START.plus(Duration.ofMinutes(10)), Optional.empty(), START,
                START.plus(Duration.ofMinutes(12)), "anna", "nl", false,
                List.of(new RoleHolder("lead", "Crisisleider", "cees", "Cees de Boer", true)),
                List.of(new TaskState("facts", "Feiten verzamelen", "lead", START.plus(Duration.ofMinutes(30)),
                        Optional.of(START.plus(Duration.ofMinutes(25))), Optional.of("cees"))),
                60, Optional.empty(), Optional.empty(), 126, Optional.of("Onze webshop is even niet bereikbaar."), List.of(), Set.of());
        List<TimelineEntry> timeline = new ArrayList<>();
        for (int i = 0; i < entries; i++) {
            timeline.add(new TimelineEntry(i + 1, START.plus(Duration.ofMinutes(12 + i)), i == 0 ? Kind.OPENED : Kind.NOTE,
                    "anna", i == 0 ? "Incident geopend door anna" : "Notitie " + i, Optional.empty(), Optional.empty()));
        }
        Evaluation evaluation = new Evaluation("Betalingen lagen 2 uur stil", "Snel erkend", "Eerder updaten",
                List.of(new Evaluation.FollowUp("Sjabloon maken", "bert", LocalDate.of(2026, 11, 1))),
                List.of(new Evaluation.PlanFlag("role:woordvoerder", "Tweede vervanger")), "anna",
                START.plus(Duration.ofHours(3)));
        return new IncidentReport(incident, timeline, new Measures(Duration.ofMinutes(10),
                Optional.of(Duration.ofMinutes(20)), Optional.of(Duration.ofMinutes(45)), Optional.of(Duration.ofHours(2))),
                Optional.of(evaluation), List.of(new long[] {START.getEpochSecond(), 40, 30},
                        new long[] {START.plusSeconds(900).getEpochSecond(), 90, 70}), 900, START.plus(Duration.ofHours(4)));
    }

    private static byte[] export(IncidentExporter exporter, IncidentReport report, Locale language) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.write(report, language, out);
        return out.toByteArray();
    }

    @Test
    void theHtmlSaysWhatHappenedInOrderInLocalTimeAndEscapesWhatPeopleWrote() throws Exception {
        String html = new String(export(new HtmlIncidentExporter(), report(3), DUTCH), StandardCharsets.UTF_8);

        assertThat(html).contains("Storing betalen &lt;app&gt;", "Storing webshop (ernst 3)", "25 oktober 2026, 14:02",
                "tot signalering: 10 min", "Cees de Boer (vervanger)", "Feiten verzamelen", "Betalingen lagen 2 uur stil",
                "Sjabloon maken", "role:woordvoerder: Tweede vervanger", "Onze webshop is even niet bereikbaar.")
                .doesNotContain("<app>");
        assertThat(html.indexOf("Incident geopend door anna")).isLessThan(html.indexOf("Notitie 1"))
                .isLessThan(html.indexOf("Notitie 2"));
    }

    @Test
    void thePictureDrawsTheVolumeWithItsNegativePartWithoutAWindow() throws Exception {
        byte[] png = export(new PngIncidentExporter(), report(5), DUTCH);

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(PngIncidentExporter.WIDTH);
        int red = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                red += (image.getRGB(x, y) & 0xFFFFFF) == 0xC8503C ? 1 : 0;
            }
        }
        assertThat(red).as("negative messages drawn").isPositive();
    }

    @Test
    void thePdfHoldsTheSameInEnglishAndALongTimelineRunsOverPages() throws Exception {
        byte[] pdf = export(new PdfIncidentExporter(), report(400), Locale.ENGLISH);

        String text = Pdfs.flat(Pdfs.text(pdf));
        assertThat(text).contains("Storing webshop (severity 3)", "to detect: 10 min", "Cees de Boer (deputy)",
                "25 October 2026, 14:02", "Notitie 399");
        assertThat(Pdfs.pages(pdf)).isGreaterThan(3);
    }
}

package webcare.response.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import webcare.response.api.Incident;
import webcare.response.api.IncidentReport;
import webcare.response.api.IncidentStatus;
import webcare.response.api.Measures;
import webcare.response.api.Origin;
import webcare.response.api.TimelineEntry;

class JsonIncidentExporterTest {

    private static final Instant START = Instant.parse("2026-10-25T13:02:00Z");

    @Test
    void writesTheIncidentAndItsTimelineAsOneWellFormedJsonObjectInUtc() throws Exception {
        Incident incident = new Incident(7, "Storing \"app\"", Optional.empty(), "", 0, Origin.MANUAL,
                IncidentStatus.ACKNOWLEDGED, START, Optional.empty(), START, START, "anna", "nl", true, List.of(),
                List.of(), 60, Optional.empty(), Optional.empty(), 0, Optional.empty(), List.of(), Set.of());
        IncidentReport report = new IncidentReport(incident, List.of(new TimelineEntry(1, START, TimelineEntry.Kind.OPENED,
                "anna", "Geopend", Optional.empty(), Optional.empty()), new TimelineEntry(2, START.plusSeconds(60),
                TimelineEntry.Kind.CORRECTION, "anna", "Toch niet", Optional.of(1L), Optional.empty())),
                new Measures(Duration.ZERO, Optional.of(Duration.ofMinutes(5)), Optional.empty(), Optional.empty()),
                Optional.empty(), List.of(), 60, START);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        new JsonIncidentExporter().write(report, Locale.ENGLISH, out);

        String json = out.toString(StandardCharsets.UTF_8);
        assertThat(json).contains("\"title\" : \"Storing \\\"app\\\"\"", "\"drill\" : true", "\"status\" : \"acknowledged\"",
                "\"toAcknowledge\" : \"PT5M\"", "\"started\" : \"2026-10-25T13:02:00Z\"", "\"corrects\" : 1")
                .doesNotContain("toFirstUpdate");
        int depth = 0;
        try (JsonParser parser = new JsonFactory().createParser(json)) {
            while (parser.nextToken() != null) {
                depth += switch (parser.currentToken()) {
                    case START_OBJECT, START_ARRAY -> 1;
                    case END_OBJECT, END_ARRAY -> -1;
                    default -> 0;
                };
            }
        }
        assertThat(depth).as("every object and array closed").isZero();
    }
}

package webcare.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.osgi.service.component.annotations.Component;
import webcare.response.api.IncidentExporter;
import webcare.response.api.IncidentReport;

/** The incident's chronological report as one self-contained, printable HTML page. */
@Component(property = IncidentExporter.FORMAT + "=html")
public final class HtmlIncidentExporter implements IncidentExporter {

    @Override
    public String extension() {
        return "html";
    }

    @Override
    public void write(IncidentReport report, Locale language, OutputStream out) throws IOException {
        out.write(HtmlReportWriter.write(IncidentDocument.of(report, Labels.of(language))).getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}

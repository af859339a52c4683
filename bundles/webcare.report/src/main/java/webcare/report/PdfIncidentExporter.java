package webcare.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import org.osgi.service.component.annotations.Component;
import webcare.response.api.IncidentExporter;
import webcare.response.api.IncidentReport;

/** The incident's chronological report as a printable A4 document (PDF). */
@Component(property = IncidentExporter.FORMAT + "=pdf")
public final class PdfIncidentExporter implements IncidentExporter {

    @Override
    public String extension() {
        return "pdf";
    }

    @Override
    public void write(IncidentReport report, Locale language, OutputStream out) throws IOException {
        Labels labels = Labels.of(language);
        PdfReportWriter.write(IncidentDocument.of(report, labels), labels, report.made(), out);
    }
}

package webcare.response.api;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Writes an incident as a document: its chronological report. A service per format, named by
 * {@link #FORMAT} ({@code json}, {@code html}, {@code pdf}); the incident command and the Incidents
 * view take whichever are there (whiteboard).
 */
@ConsumerType
public interface IncidentExporter {

    /** The service property naming the format. */
    String FORMAT = "webcare.incident.format";

    /** The file name extension, without the dot. */
    String extension();

    /** Writes {@code report} in {@code language} (Dutch or English) to {@code out}, which it does not close. */
    void write(IncidentReport report, Locale language, OutputStream out) throws IOException;
}

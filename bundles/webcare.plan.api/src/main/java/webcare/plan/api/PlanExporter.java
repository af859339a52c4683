package webcare.plan.api;

import java.io.IOException;
import java.io.OutputStream;
import org.osgi.annotation.versioning.ConsumerType;
import webcare.model.plan.Plan;

/**
 * Writes a document made from a plan. A whiteboard: each format is a service with the property
 * {@link #FORMAT} (e.g. "html", "pdf", "cards", "minutes", "ics"); the {@code plan export} command
 * and the editor's export menu offer whatever formats are registered.
 */
@ConsumerType
public interface PlanExporter {

    /** Service property: the format's name, as given to {@code plan export --format}. */
    String FORMAT = "webcare.plan.format";

    /** The file name extension, without dot: "pdf". */
    String extension();

    /** A short description for menus and help, in English. */
    String description();

    /** Writes the document for {@code plan}; does not close {@code out}. */
    void write(Plan plan, ExportContext context, OutputStream out) throws IOException;
}

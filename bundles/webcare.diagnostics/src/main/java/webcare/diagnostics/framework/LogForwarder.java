package webcare.diagnostics.framework;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.LogEntry;
import org.osgi.service.log.LogListener;
import org.osgi.service.log.LogReaderService;

/**
 * Copies warnings and errors that bundles log through the OSGi Log Service (SCR's component
 * failures among them) into the workbench's log files, which Java's own logging writes. The
 * framework's routine events (every service and bundle change, at info and debug) stay out.
 */
@Component(immediate = true, service = {})
public final class LogForwarder implements LogListener {

    private final LogReaderService reader;

    @Activate
    public LogForwarder(@Reference LogReaderService reader) {
        this.reader = reader;
        reader.addLogListener(this);
    }

    @Deactivate
    void stop() {
        reader.removeLogListener(this);
    }

    @Override
    public void logged(LogEntry entry) {
        Level level = switch (entry.getLogLevel()) {
            case AUDIT, ERROR -> Level.ERROR;
            case WARN -> Level.WARNING;
            default -> null;
        };
        if (level != null) {
            Logger logger = System.getLogger(entry.getLoggerName() == null ? "osgi" : entry.getLoggerName());
            String bundle = entry.getBundle() == null ? "" : "[" + entry.getBundle().getSymbolicName() + "] ";
            logger.log(level, bundle + entry.getMessage(), entry.getException());
        }
    }
}

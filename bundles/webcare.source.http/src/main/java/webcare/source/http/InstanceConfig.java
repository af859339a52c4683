package webcare.source.http;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import webcare.source.api.FetchOutcome;
import webcare.source.api.Source;

/**
 * Facts about a connector instance's configuration that every connector needs: its name and the
 * file it came from, as Felix File Install and Configuration Admin record them.
 */
public final class InstanceConfig {

    private InstanceConfig() {}

    /**
     * The instance name: for {@code etc/webcare.source.twitter-brand.cfg} it is {@code brand}.
     * Named factory configurations have the PID {@code factoryPid~name}; older ones fall back to
     * the file name, then to the PID itself.
     */
    public static String instanceName(Map<String, ?> properties) {
        Object pid = properties.get("service.pid");
        String text = pid == null ? "" : pid.toString();
        int tilde = text.indexOf('~');
        if (tilde >= 0) {
            return text.substring(tilde + 1);
        }
        String file = fileName(properties);
        int dash = file.indexOf('-');
        if (dash >= 0 && file.endsWith(".cfg")) {
            return file.substring(dash + 1, file.length() - ".cfg".length());
        }
        return text.isEmpty() ? "default" : text;
    }

    /** The configuration file's name for messages, e.g. {@code etc/webcare.source.twitter-brand.cfg}. */
    public static String configFile(Map<String, ?> properties) {
        String file = fileName(properties);
        return file.isEmpty() ? "its configuration" : "etc/" + file;
    }

    /**
     * The file's problem when it has no instance name ({@code etc/webcare.source.twitter.cfg}): File
     * Install makes such a file a configuration of the factory PID itself, which the connector then
     * receives as if it were an instance. Null for a file named {@code <factoryPid>-<name>.cfg}. The
     * message is the one diagnostics gives for the file.
     */
    public static FetchOutcome.BadConfiguration unnamed(Map<String, ?> properties) {
        String file = fileName(properties);
        if (!file.endsWith(".cfg") || file.indexOf('-') >= 0) {
            return null;
        }
        return new FetchOutcome.BadConfiguration("name", "etc/" + file + ": "
                + Source.unnamedFileProblem(file.substring(0, file.length() - ".cfg".length())));
    }

    private static String fileName(Map<String, ?> properties) {
        Object location = properties.get("felix.fileinstall.filename");
        if (location == null) {
            return "";
        }
        String text = location.toString();
        try {
            Path path = text.startsWith("file:") ? Path.of(URI.create(text)) : Path.of(text);
            return path.getFileName().toString();
        } catch (RuntimeException e) {
            return text;
        }
    }
}

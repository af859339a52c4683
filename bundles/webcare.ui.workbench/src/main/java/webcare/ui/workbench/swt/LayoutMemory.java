package webcare.ui.workbench.swt;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import webcare.files.WholeFile;

/**
 * The window layout remembered between runs: bounds, maximised, which views are open (in order)
 * and which is in front. Kept in a small properties file written atomically, so a crash never
 * leaves half a file; a missing or unreadable file means a first run.
 */
final class LayoutMemory {

    /** Window position and size in pixels. */
    record Bounds(int x, int y, int width, int height) {}

    /** What is remembered. {@code openViews} holds ids of views the user wants open, present or not. */
    record Layout(Optional<Bounds> bounds, boolean maximized, List<String> openViews, String selectedView) {

        static Layout firstRun() {
            return new Layout(Optional.empty(), false, List.of(), "");
        }

        boolean isFirstRun() {
            return bounds.isEmpty();
        }
    }

    private static final Logger LOG = System.getLogger(LayoutMemory.class.getName());
    private final Path file;

    LayoutMemory(Path file) {
        this.file = file;
    }

    Layout load() {
        if (!Files.isRegularFile(file)) {
            return Layout.firstRun();
        }
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
            Optional<Bounds> bounds = Optional.of(new Bounds(
                    Integer.parseInt(properties.getProperty("window.x")),
                    Integer.parseInt(properties.getProperty("window.y")),
                    Integer.parseInt(properties.getProperty("window.width")),
                    Integer.parseInt(properties.getProperty("window.height"))));
            String open = properties.getProperty("views.open", "");
            return new Layout(bounds, Boolean.parseBoolean(properties.getProperty("window.maximized")),
                    open.isBlank() ? List.of() : Arrays.asList(open.split(",")),
                    properties.getProperty("views.selected", ""));
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Ignoring unreadable window layout {0}: {1}", file, e.toString());
            return Layout.firstRun();
        }
    }

    void save(Layout layout) {
        Properties properties = new Properties();
        layout.bounds().ifPresent(bounds -> {
            properties.setProperty("window.x", Integer.toString(bounds.x()));
            properties.setProperty("window.y", Integer.toString(bounds.y()));
            properties.setProperty("window.width", Integer.toString(bounds.width()));
            properties.setProperty("window.height", Integer.toString(bounds.height()));
        });
        properties.setProperty("window.maximized", Boolean.toString(layout.maximized()));
        properties.setProperty("views.open", String.join(",", layout.openViews()));
        properties.setProperty("views.selected", layout.selectedView());
        try {
            Files.createDirectories(file.getParent());
            // store(Writer) flushes what it wrote; WholeFile closes the stream
            WholeFile.write(file, "." + file.getFileName(), out -> properties.store(
                    new OutputStreamWriter(out, StandardCharsets.UTF_8), "Webcare Workbench window layout"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the window layout to " + file, e);
        }
    }
}

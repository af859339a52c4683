package webcare.bench.floor;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntConsumer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Shell;
import org.h2.jdbcx.JdbcDataSource;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * The floor's whole application: opens an H2 file (on its own thread) and one SWT window with a
 * label (on the UI thread) at the same time. In screenshot mode, once both are done, writes the
 * shell's client area as a PNG and asks the launcher to exit; in stay mode prints
 * {@code floor: ready} on stdout and stays open until the framework stops.
 */
@Component(immediate = true, service = {})
public final class FloorWindow {

    private static final String FILE_NAME = "floor";

    private final IntConsumer exit;
    private final boolean screenshot;
    private final Path png;
    private final Path data;
    private final CompletableFuture<Connection> database = new CompletableFuture<>();
    private final Thread uiThread;
    private volatile Display display;
    private volatile boolean closing;

    @Activate
    public FloorWindow(BundleContext context, @Reference(target = "(webcare.bench.exit=true)") IntConsumer exit) {
        mark("floor component activated");
        this.exit = exit;
        this.screenshot = "screenshot".equals(context.getProperty("webcare.bench.mode"));
        String file = context.getProperty("webcare.bench.png");
        this.png = file == null || file.isEmpty() ? null : Path.of(file);
        this.data = Path.of(context.getProperty("webcare.bench.data"));
        Thread opener = new Thread(this::openDatabase, "floor-h2-open");
        opener.setDaemon(true);
        opener.start();
        uiThread = new Thread(this::runWindow, "floor-ui");
        uiThread.start();
    }

    private void openDatabase() {
        try {
            JdbcDataSource source = new JdbcDataSource();
            source.setURL("jdbc:h2:file:" + data.resolve(FILE_NAME) + ";DB_CLOSE_ON_EXIT=FALSE");
            Connection connection = source.getConnection();
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE IF NOT EXISTS floor_info (name VARCHAR PRIMARY KEY, info_value VARCHAR)");
                statement.execute("MERGE INTO floor_info KEY (name) VALUES ('opened_at', CURRENT_TIMESTAMP)");
                try (ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM floor_info")) {
                    rows.next();
                }
            }
            mark("H2 open");
            database.complete(connection);
        } catch (SQLException | RuntimeException e) {
            database.completeExceptionally(e);
        }
    }

    private void runWindow() {
        Display created = new Display();
        mark("display created");
        display = created;
        Shell window = new Shell(created, SWT.SHELL_TRIM);
        window.setText("Webcare floor");
        window.setLayout(new FillLayout());
        Label label = new Label(window, SWT.WRAP);
        label.setText("Opening database " + data.resolve(FILE_NAME + ".mv.db") + " …");
        Rectangle screen = created.getPrimaryMonitor().getClientArea();
        window.setBounds(screen.x + Math.max(0, (screen.width - 1200) / 2), screen.y + Math.max(0, (screen.height - 800) / 2),
                Math.min(1200, screen.width), Math.min(800, screen.height));
        window.open();
        mark("shell open");
        database.whenComplete((connection, failure) -> created.asyncExec(() -> {
            if (window.isDisposed()) {
                return;
            }
            // Go on once the new text has been painted, so the PNG shows the database open.
            label.addListener(SWT.Paint, new Listener() {
                @Override
                public void handleEvent(Event event) {
                    label.removeListener(SWT.Paint, this);
                    created.asyncExec(() -> shown(created, window, failure == null));
                }
            });
            label.setText(failure == null
                    ? "Database " + data.resolve(FILE_NAME + ".mv.db") + " open"
                    : "Database failed: " + failure.getMessage());
            label.redraw();
        }));
        while (!window.isDisposed()) {
            if (closing) {
                window.dispose();
            } else if (!created.readAndDispatch()) {
                created.sleep();
            }
        }
        created.dispose();
    }

    /** The window shows the database open (or failed): screenshot and exit, or say so and stay. */
    private void shown(Display current, Shell window, boolean databaseOpen) {
        if (window.isDisposed()) {
            return;
        }
        if (screenshot) {
            exit.accept(databaseOpen && writePng(current, window) ? 0 : 1);
        } else {
            System.out.println("floor: ready");
            System.out.flush();
        }
    }

    /** The shell's client area, read back from the screen into an image, saved as PNG. */
    private boolean writePng(Display current, Shell window) {
        Rectangle area = window.getClientArea();
        Point origin = window.toDisplay(area.x, area.y);
        Image image = new Image(current, area.width, area.height);
        try {
            GC gc = new GC(current);
            try {
                gc.copyArea(image, origin.x, origin.y);
            } finally {
                gc.dispose();
            }
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] {image.getImageData()};
            loader.save(png.toString(), SWT.IMAGE_PNG);
            mark("PNG written");
            return true;
        } catch (RuntimeException e) {
            System.err.println("floor: cannot write " + png + ": " + e);
            return false;
        } finally {
            image.dispose();
        }
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        closing = true;
        Display current = display;
        if (current != null && !current.isDisposed()) {
            try {
                current.wake();
            } catch (RuntimeException alreadyGone) {
                // the display went away meanwhile
            }
        }
        uiThread.join(10_000);
        database.thenAccept(connection -> {
            try {
                connection.close();
            } catch (SQLException e) {
                System.err.println("floor: closing the database: " + e.getMessage());
            }
        });
        mark("floor component deactivated");
    }

    private static final boolean TRACE = Boolean.getBoolean("webcare.bench.trace");
    /** Epoch nanoseconds when the caller started the process ({@code -Dwebcare.bench.t0=$(date +%s%N)}). */
    private static final long T0 = Long.getLong("webcare.bench.t0", 0L);

    private static void mark(String what) {
        if (TRACE) {
            Instant now = Instant.now();
            long millis = (now.getEpochSecond() * 1_000_000_000L + now.getNano() - T0) / 1_000_000;
            System.err.printf("floor %5d ms  %s%n", millis, what);
        }
    }
}

package webcare.ui.workbench.swt;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;

/** The window as a PNG, as it stands on the screen: what {@code --screenshot} writes. UI thread only. */
final class WindowPicture {

    private WindowPicture() {}

    /** Writes {@code shell}'s menu bar and client area to {@code file}; false (and a line on stderr) when it cannot. */
    static boolean write(Shell shell, Path file) {
        shell.update(); // paint what changed, so the screen shows the final state
        // The client area plus the menu bar above it, read back from the screen. The shell's
        // bounds are no guide: without a window manager (Xvfb) GTK reports a frame that is not there.
        Rectangle client = shell.getClientArea();
        Point origin = shell.toDisplay(client.x, client.y);
        int top = Math.min(origin.y, shell.getLocation().y);
        Image image = new Image(shell.getDisplay(), client.width, origin.y - top + client.height);
        try {
            GC gc = new GC(shell.getDisplay());
            try {
                gc.copyArea(image, origin.x, top);
            } finally {
                gc.dispose();
            }
            ImageLoader png = new ImageLoader();
            png.data = new ImageData[] {image.getImageData()};
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            png.save(file.toString(), SWT.IMAGE_PNG);
            return true;
        } catch (IOException | RuntimeException e) {
            System.err.println("webcare: cannot write screenshot " + file + ": " + e.getMessage());
            return false;
        } finally {
            image.dispose();
        }
    }
}

package webcare.ui.testing;

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

/**
 * Pictures of a shell for UI tests and previews. The workbench's own {@code --screenshot} keeps its
 * copy (it adds the menu bar, and production code does not depend on a test-jar).
 */
public final class Screenshots {

    private Screenshots() {}

    /**
     * Writes {@code shell}'s client area as a PNG, read back from the screen: whatever is on top of
     * it there (a dialog, a prompt) is in the picture too. Paints what is pending first; waiting
     * for the platform to finish painting (GTK's frame clock) is the caller's business. Creates the
     * file's folder when missing. UI thread only.
     *
     * @throws IOException when the folder cannot be created
     * @throws org.eclipse.swt.SWTException when the file cannot be written
     */
    public static void write(Shell shell, Path file) throws IOException {
        shell.update();
        Rectangle client = shell.getClientArea();
        Point origin = shell.toDisplay(client.x, client.y);
        Image image = new Image(shell.getDisplay(), client.width, client.height);
        try {
            GC gc = new GC(shell.getDisplay());
            try {
                gc.copyArea(image, origin.x, origin.y);
            } finally {
                gc.dispose();
            }
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            ImageLoader png = new ImageLoader();
            png.data = new ImageData[] {image.getImageData()};
            png.save(file.toString(), SWT.IMAGE_PNG);
        } finally {
            image.dispose();
        }
    }
}

package webcare.ui.testing;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.eclipse.swt.widgets.Display;

/** The event loop as a test runs it: on the display's thread, never sleeping past a deadline. */
final class EventLoop {

    private EventLoop() {}

    /** Runs what is queued, without waiting for more. */
    static void drain(Display display) {
        while (display.readAndDispatch()) {
            // what is queued
        }
    }

    /** Runs the event loop until {@code done}, for {@code deadline} at the most; false when it never came. */
    static boolean runUntil(Display display, BooleanSupplier done, Duration deadline) {
        long end = System.nanoTime() + deadline.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > end) {
                return false;
            }
            if (!display.readAndDispatch()) {
                // woken by asyncExec from another thread, or by the timer below
                display.timerExec(20, () -> { });
                display.sleep();
            }
        }
        return true;
    }
}

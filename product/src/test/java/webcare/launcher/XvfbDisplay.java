package webcare.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * The X display UI tests run on: {@code $DISPLAY} when set, else a private Xvfb started once for
 * this JVM and stopped when it exits. Without either the tests fail, naming the package to install.
 */
final class XvfbDisplay {

    private static String display;

    private XvfbDisplay() {}

    static synchronized String get() {
        if (display != null) {
            return display;
        }
        String existing = System.getenv("DISPLAY");
        if (existing != null && !existing.isBlank()) {
            return display = existing;
        }
        for (int number = 90; number < 130; number++) {
            if (!Files.exists(Path.of("/tmp/.X11-unix/X" + number)) && !Files.exists(Path.of("/tmp/.X" + number + "-lock"))) {
                return display = start(number);
            }
        }
        throw new IllegalStateException("no free X display number between :90 and :129 for Xvfb");
    }

    private static String start(int number) {
        Process xvfb;
        try {
            xvfb = new ProcessBuilder("Xvfb", ":" + number, "-screen", "0", "1280x900x24", "-nolisten", "tcp")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            throw new IllegalStateException("UI tests need an X display: DISPLAY is not set and Xvfb cannot be started ("
                    + e.getMessage() + "); install it with 'apt-get install xvfb xauth' (Debian packages xvfb, xauth)", e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(xvfb::destroy));
        Path socket = Path.of("/tmp/.X11-unix/X" + number);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (!Files.exists(socket)) {
            if (!xvfb.isAlive() || Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("Xvfb :" + number + " did not start (exit " +
                        (xvfb.isAlive() ? "none, timed out" : xvfb.exitValue()) + ")");
            }
            Thread.onSpinWait();
        }
        return ":" + number;
    }
}

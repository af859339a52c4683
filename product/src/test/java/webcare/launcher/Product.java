package webcare.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the assembled product ({@code target/webcare}) as its own process, as the start script does. */
final class Product {

    /** Starts the product as a process writing to {@code out} and {@code err}, without waiting. */
    static Process start(Path home, Path distribution, Map<String, String> environment, Path out, Path err,
            String... arguments) throws IOException {
        return start(List.of(), home, distribution, environment, out, err, arguments);
    }

    /** As {@link #start(Path, Path, Map, Path, Path, String...)}, with the java command run through {@code wrapper}. */
    static Process start(List<String> wrapper, Path home, Path distribution, Map<String, String> environment, Path out,
            Path err, String... arguments) throws IOException {
        List<String> command = new ArrayList<>(wrapper);
        command.addAll(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Dorg.eclipse.swt.internal.SessionManagerDBus.disable=true",
                "-Dwebcare.dist=" + distribution,
                "-cp", String.join(":", distribution.resolve("lib/webcare.launcher.jar").toString(),
                        distribution.resolve("lib/org.apache.felix.framework.jar").toString(),
                        distribution.resolve("lib/webcare.launch.api.jar").toString()),
                "webcare.launcher.Main"));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("DISPLAY");
        builder.environment().put("WEBCARE_HOME", home.toString());
        builder.environment().putAll(environment);
        return builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    }

    /** What a finished run printed. */
    record Run(int exit, String out, String err) {}

    static Path distribution() {
        return Path.of(System.getProperty("webcare.dist", "target/webcare")).toAbsolutePath();
    }

    static Run run(Path home, Path distribution, Map<String, String> environment, String... arguments)
            throws IOException, InterruptedException {
        return run(List.of(), home, distribution, environment, arguments);
    }

    /** Runs the product to its end, its java command run through {@code wrapper} (e.g. to change user). */
    static Run run(List<String> wrapper, Path home, Path distribution, Map<String, String> environment,
            String... arguments) throws IOException, InterruptedException {
        Path out = Files.createTempFile("webcare-out", ".txt");
        Path err = Files.createTempFile("webcare-err", ".txt");
        Process process = start(wrapper, home, distribution, environment, out, err, arguments);
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("webcare " + String.join(" ", arguments) + " did not finish in 120 s");
        }
        try {
            return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}

package webcare.launcher;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import webcare.launch.api.Launch;

/** The command line and environment, understood. */
record Options(Launch.Mode mode, List<String> arguments, Path home) {

    static final String USAGE = "usage: webcare [--headless COMMAND [ARG…] | --screenshot FILE.png | --shell]";

    /** A command line that cannot be understood; the message is one line. */
    static final class BadUsage extends Exception {
        private static final long serialVersionUID = 1L;

        BadUsage(String message) {
            super(message);
        }
    }

    static Options parse(List<String> args, Map<String, String> environment, Path userHome) throws BadUsage {
        String homeSetting = environment.get("WEBCARE_HOME");
        Path home = (homeSetting == null || homeSetting.isBlank() ? userHome.resolve(".webcare") : Path.of(homeSetting))
                .toAbsolutePath().normalize();
        if (args.isEmpty()) {
            return new Options(Launch.Mode.UI, List.of(), home);
        }
        String flag = args.get(0);
        List<String> rest = List.copyOf(args.subList(1, args.size()));
        return switch (flag) {
            case "--headless" -> {
                if (rest.isEmpty()) {
                    throw new BadUsage("--headless needs a command; try 'webcare --headless help'");
                }
                yield new Options(Launch.Mode.HEADLESS, rest, home);
            }
            case "--screenshot" -> {
                if (rest.size() != 1 || !rest.get(0).toLowerCase().endsWith(".png")) {
                    throw new BadUsage("--screenshot needs exactly one FILE.png");
                }
                yield new Options(Launch.Mode.SCREENSHOT, rest, home);
            }
            case "--shell" -> {
                if (!rest.isEmpty()) {
                    throw new BadUsage("--shell takes no arguments");
                }
                yield new Options(Launch.Mode.SHELL, rest, home);
            }
            default -> throw new BadUsage("unknown option '" + flag + "'; " + USAGE);
        };
    }

    /** Whether this mode opens a window, and so needs a display and the ui features. */
    boolean wantsWindow() {
        return mode == Launch.Mode.UI || mode == Launch.Mode.SCREENSHOT;
    }

    /**
     * Features named {@code ui…} are installed only when a window is wanted, {@code commands} only
     * without one (headless and shell), {@code shell} only for the shell; every other feature always.
     */
    boolean wantsFeature(String feature) {
        if (feature.startsWith("ui")) {
            return wantsWindow();
        }
        return switch (feature) {
            case "commands" -> !wantsWindow();
            case "shell" -> mode == Launch.Mode.SHELL;
            default -> true;
        };
    }

    /**
     * Which features start first (lower first). With a window, the {@code ui…} features lead, so
     * that GTK starts up on one core while the other bundles start on the other; then {@code core},
     * which the rest builds on.
     */
    int startRank(String feature) {
        if (feature.startsWith("ui") && wantsWindow()) {
            return 0;
        }
        return feature.equals("core") ? 1 : 2;
    }

    /** Modes that install the same bundles share one framework cache. */
    String cacheName() {
        return switch (mode) {
            case UI, SCREENSHOT -> "ui";
            case HEADLESS -> "headless";
            case SHELL -> "shell";
        };
    }
}

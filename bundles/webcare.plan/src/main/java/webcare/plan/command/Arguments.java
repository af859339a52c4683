package webcare.plan.command;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import webcare.cli.api.UsageException;

/**
 * The words after a subcommand: options ({@code --name value} or {@code --name=value}) and the
 * rest, in order. Every mistake is a {@link UsageException} saying what to type.
 */
final class Arguments {

    private final Map<String, String> options = new LinkedHashMap<>();
    private final List<String> positional = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    Arguments(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (!word.startsWith("--") || word.length() == 2) {
                positional.add(word);
                continue;
            }
            int equals = word.indexOf('=');
            String name = equals < 0 ? word : word.substring(0, equals);
            String value;
            if (equals >= 0) {
                value = word.substring(equals + 1);
            } else if (i + 1 < words.size() && !words.get(i + 1).startsWith("--")) {
                value = words.get(++i);
            } else {
                problems.add(name + " needs a value");
                continue;
            }
            if (options.put(name, value) != null) {
                problems.add(name + " is given twice");
            }
        }
    }

    /** Checks that no other options were given, and that each had a value. */
    Arguments only(String usage, String... known) {
        for (String name : options.keySet()) {
            if (!List.of(known).contains(name)) {
                throw new UsageException("unknown option " + name + ": type " + usage);
            }
        }
        if (!problems.isEmpty()) {
            throw new UsageException(problems.get(0) + ": type " + usage);
        }
        return this;
    }

    /** The words that are not options; exactly {@code count} of them. */
    List<String> positional(int count, String usage) {
        if (positional.size() != count) {
            throw new UsageException((positional.size() < count ? "missing arguments" : "too many arguments")
                    + ": type " + usage);
        }
        return List.copyOf(positional);
    }

    Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name));
    }
}

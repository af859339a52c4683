package webcare.cli.gogo;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.felix.service.command.Descriptor;

/**
 * How one command method is called, read from its {@link Descriptor}s: the words it needs in
 * order ({@code <file>}) and the options it takes ({@code [--since DATE]}), as {@code help} shows
 * them and as a wrong call is answered.
 *
 * @param function    the command's name, e.g. {@code import}
 * @param line        the whole usage, e.g. {@code import [--dry DRY] <file>}
 * @param arguments   the names of the words it needs, in order, e.g. {@code [file]}
 * @param hasOptions  whether it takes options, which make the number of words it accepts vary
 * @param description what it does, or ""
 */
record Usage(String function, String line, List<String> arguments, boolean hasOptions, String description) {

    /**
     * One usage for each public method called {@code function}, or {@code _function} (how Gogo
     * finds a command named like a Java keyword, such as import); none when there is no such method.
     */
    static List<Usage> of(Class<?> type, String function) {
        List<Usage> usages = new ArrayList<>();
        Arrays.stream(type.getMethods())
                .filter(method -> method.getName().equals(function) || method.getName().equals("_" + function))
                .forEach(method -> usages.add(of(function, method)));
        return usages;
    }

    private static Usage of(String function, Method method) {
        StringBuilder line = new StringBuilder(function);
        List<String> arguments = new ArrayList<>();
        boolean hasOptions = false;
        for (Parameter parameter : method.getParameters()) {
            Descriptor about = parameter.getAnnotation(Descriptor.class);
            String name = about == null ? parameter.getName() : about.value();
            boolean option = parameter.isAnnotationPresent(org.apache.felix.service.command.Parameter.class);
            line.append(option ? " [" : " <").append(name).append(option ? ']' : '>');
            if (option) {
                hasOptions = true;
            } else {
                arguments.add(name);
            }
        }
        Descriptor about = method.getAnnotation(Descriptor.class);
        return new Usage(function, line.toString(), List.copyOf(arguments), hasOptions,
                about == null ? "" : about.value());
    }

    /**
     * Why {@code given} words do not fit this usage, e.g. {@code missing argument <file>}; null
     * when their number is not what is wrong: it fits, or options make the number vary.
     */
    String misfit(int given) {
        if (hasOptions) {
            return null;
        }
        if (given < arguments.size()) {
            List<String> missing = arguments.subList(given, arguments.size());
            return "missing argument" + (missing.size() == 1 ? " " : "s ") + "<" + String.join("> <", missing) + ">";
        }
        if (given > arguments.size()) {
            return arguments.isEmpty() ? "takes no arguments"
                    : "too many arguments (" + given + " given, " + arguments.size() + " expected)";
        }
        return null;
    }
}

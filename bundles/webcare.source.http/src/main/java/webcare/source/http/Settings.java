package webcare.source.http;

import java.lang.annotation.Annotation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;
import webcare.source.api.FetchOutcome;

/**
 * Reading a connector's settings the same way in every connector: trimmed text, web addresses, the
 * poll interval, and the {@link FetchOutcome.BadConfiguration} that names the key and the file to
 * fix, one at a time through {@link #check}. Messages never show a setting's value, so they are
 * safe for tokens too.
 */
public final class Settings {

    private Settings() {}

    /** The value stripped of surrounding white space; "" for null. */
    public static String text(String value) {
        return value == null ? "" : value.strip();
    }

    /**
     * An API base address: the value stripped, without trailing slashes, when it is an http(s)
     * address with a host and no query; else null.
     */
    public static URI baseUrl(String value) {
        String base = text(value);
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        try {
            URI uri = new URI(base);
            boolean web = "https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme());
            return web && uri.getHost() != null && uri.getRawQuery() == null ? uri : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** {@code seconds}, but never less than {@code minSeconds}. */
    public static Duration pollInterval(int seconds, int minSeconds) {
        return Duration.ofSeconds(Math.max(seconds, minSeconds));
    }

    /**
     * A required key that is missing: "'key' is missing in FILE; add a line 'key = …' with WHAT".
     *
     * @param what what the line holds, e.g. {@code the location id}
     */
    public static FetchOutcome.BadConfiguration missing(String configFile, String key, String what) {
        return new FetchOutcome.BadConfiguration(key, "'" + key + "' is missing in " + configFile + "; add a line '"
                + key + " = …' with " + what);
    }

    /** A base address that is no web address; the connector's default is what to fall back on. */
    public static FetchOutcome.BadConfiguration notAWebAddress(String configFile, String key, String defaultUrl) {
        return new FetchOutcome.BadConfiguration(key, "'" + key + "' in " + configFile
                + " is not an http(s) address; remove the line to use " + defaultUrl);
    }

    /** A {@code pollSeconds} below the connector's minimum. */
    public static FetchOutcome.BadConfiguration pollsTooOften(String configFile, int minSeconds) {
        return new FetchOutcome.BadConfiguration("pollSeconds", "'pollSeconds' in " + configFile
                + " must be at least " + minSeconds);
    }

    /**
     * {@code config} as DS made it, except that a setting whose text is not of its method's type
     * ({@link #wrongType}) reads as the method's default. DS itself would throw from the method, and
     * the connector would fail to start with a stack trace instead of naming the setting.
     */
    public static <C extends Annotation> C lenient(Class<C> type, C config, Map<String, ?> properties) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            boolean malformed = wanted(method.getReturnType(), properties.get(method.getName())) != null;
            if (method.getDeclaringClass() == type && malformed) {
                return method.getDefaultValue();
            }
            try {
                return method.invoke(config, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }));
    }

    /**
     * The first setting (in the order of {@code type}'s methods) whose text is not what its method
     * returns, as the metatype rejects it too: a whole number for an {@code int}, {@code true} or
     * {@code false} for a {@code boolean} (which DS would otherwise read as false); null when all are.
     */
    public static FetchOutcome.BadConfiguration wrongType(Class<? extends Annotation> type, Map<String, ?> properties,
            String configFile) {
        for (Method method : type.getDeclaredMethods()) {
            String wanted = wanted(method.getReturnType(), properties.get(method.getName()));
            if (wanted != null) {
                return new FetchOutcome.BadConfiguration(method.getName(), "'" + method.getName() + "' in " + configFile
                        + " must be " + wanted);
            }
        }
        return null;
    }

    /** What {@code value} should have been to be read as {@code type}; null when it is that, or not text. */
    private static String wanted(Class<?> type, Object value) {
        if (!(value instanceof String text)) {
            return null;
        }
        if (type == int.class || type == long.class) {
            try {
                long number = Long.parseLong(text.strip());
                return type == long.class || number == (int) number ? null : "a whole number below 2147483648";
            } catch (NumberFormatException e) {
                return "a whole number";
            }
        }
        if (type == boolean.class) {
            return text.strip().equalsIgnoreCase("true") || text.strip().equalsIgnoreCase("false") ? null
                    : "true or false";
        }
        return null;
    }

    /** Checks of the settings in {@code configFile}, in the order they are added. */
    public static Check check(String configFile) {
        return new Check(configFile);
    }

    /**
     * The first setting that fails, in the order checked: one key to fix at a time, the way a
     * person reads the file from the top. Once a check fails the later ones are skipped. Not
     * thread-safe; meant to be built and read in one expression.
     */
    public static final class Check {
        private final String configFile;
        private FetchOutcome.BadConfiguration problem;

        private Check(String configFile) {
            this.configFile = configFile;
        }

        /** Fails with {@link Settings#missing} when {@code value} is empty. */
        public Check required(String key, String value, String what) {
            return holds(!value.isEmpty(), () -> missing(configFile, key, what));
        }

        /**
         * Fails with {@link Settings#notAWebAddress} when {@code address} is null, as
         * {@link Settings#baseUrl} returns what is no web address.
         */
        public Check webAddress(String key, URI address, String defaultUrl) {
            return holds(address != null, () -> notAWebAddress(configFile, key, defaultUrl));
        }

        /** Fails with {@link Settings#pollsTooOften} when {@code seconds} is below {@code minSeconds}. */
        public Check pollSeconds(int seconds, int minSeconds) {
            return holds(seconds >= minSeconds, () -> pollsTooOften(configFile, minSeconds));
        }

        /** Fails with {@code message} (which names the file itself) about {@code key} unless {@code ok}. */
        public Check holds(boolean ok, String key, String message) {
            return holds(ok, () -> new FetchOutcome.BadConfiguration(key, message));
        }

        /** The first failure; null when every check held. */
        public FetchOutcome.BadConfiguration problem() {
            return problem;
        }

        private Check holds(boolean ok, Supplier<FetchOutcome.BadConfiguration> failure) {
            if (problem == null && !ok) {
                problem = failure.get();
            }
            return this;
        }
    }
}

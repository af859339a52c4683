package webcare.source.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.Annotation;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import webcare.source.api.Source;

/**
 * A connector's configuration as Configuration Admin and DS hand it over, without a framework, and
 * what it makes of an instance.
 */
public final class Configurations {

    private Configurations() {}

    /**
     * The configuration DS would inject: {@code values} with {@code changes} applied, where a
     * change to {@code ""} leaves the key out; every key left out has the annotation's default.
     */
    public static <C extends Annotation> C of(Class<C> type, Map<String, ?> values, Map<String, ?> changes) {
        Map<String, Object> all = new HashMap<>(values);
        all.putAll(changes);
        all.values().removeIf(""::equals);
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> switch (method.getName()) {
                    // no values: a configuration may hold a token
                    case "toString" -> type.getSimpleName();
                    case "hashCode" -> 0;
                    case "equals" -> proxy == args[0];
                    default -> all.containsKey(method.getName()) ? all.get(method.getName()) : method.getDefaultValue();
                }));
    }

    /** Checks what the configuration made of an instance: its platform, its name after its file, how often it polls. */
    public static void assertInstance(Source source, String type, String instance, Duration pollInterval) {
        assertThat(source.type()).isEqualTo(type);
        assertThat(source.instance()).isEqualTo(instance);
        assertThat(source.pollInterval()).isEqualTo(pollInterval);
    }

    /**
     * The properties of the factory configuration File Install makes of
     * {@code etc/FACTORYPID-NAME.cfg}; the instance is named {@code name}.
     */
    public static Map<String, Object> properties(String factoryPid, String name) {
        return Map.of("service.pid", factoryPid + "~" + name,
                "felix.fileinstall.filename", "file:/home/care/.webcare/etc/" + factoryPid + "-" + name + ".cfg");
    }
}

package webcare.triage.testing;

import java.lang.reflect.Proxy;
import java.util.Map;
import webcare.triage.engine.TriageConfig;

/** A {@link TriageConfig} as DS would make it: each key's default unless the file (here a map) sets it. */
public final class Configs {

    private Configs() {}

    public static TriageConfig defaults() {
        return with(Map.of());
    }

    /** @param values by file key ({@code raise.otherAuthors}), as File Install reads them */
    public static TriageConfig with(Map<String, Object> values) {
        return (TriageConfig) Proxy.newProxyInstance(TriageConfig.class.getClassLoader(),
                new Class<?>[] {TriageConfig.class}, (proxy, method, args) -> {
                    String key = method.getName().replace('_', '.');
                    if (values.containsKey(key)) {
                        return values.get(key);
                    }
                    if (method.getDefaultValue() == null) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    return method.getDefaultValue();
                });
    }
}

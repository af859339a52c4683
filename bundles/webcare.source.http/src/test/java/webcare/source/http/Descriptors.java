package webcare.source.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import webcare.source.api.Publisher;
import webcare.source.api.Source;

/** What bnd generated for a connector's component, read from the build's classes as the framework reads the bundle. */
public final class Descriptors {

    private Descriptors() {}

    /**
     * Checks that {@code component} is a connector: it provides {@link Source} with these service
     * properties and runs only with a factory configuration of {@code pid} (one per file), which
     * its metatype designates.
     *
     * @return the metatype, for the connector's own keys
     */
    public static String checkSourceComponent(Class<?> component, String pid, Map<String, ?> properties) {
        return checkComponent(component, Source.class, pid, properties);
    }

    /**
     * Checks that {@code component} is a connector's publisher: it provides {@link Publisher} with
     * these service properties from the same factory configurations as the connector's source.
     *
     * @return the metatype, for the connector's own keys
     */
    public static String checkPublisherComponent(Class<?> component, String pid, Map<String, ?> properties) {
        return checkComponent(component, Publisher.class, pid, properties);
    }

    private static String checkComponent(Class<?> component, Class<?> service, String pid,
            Map<String, ?> properties) {
        String descriptor = read(component, "OSGI-INF/" + component.getName() + ".xml");
        String metatype = read(component, "OSGI-INF/metatype/" + pid + ".xml");
        assertThat(descriptor).contains("configuration-policy=\"require\"", "configuration-pid=\"" + pid + "\"",
                "<provide interface=\"" + service.getName() + "\"/>");
        properties.forEach((name, value) -> assertThat(descriptor).contains("name=\"" + name + "\" type=\""
                + value.getClass().getSimpleName() + "\" value=\"" + value + "\""));
        assertThat(metatype).contains("<Designate factoryPid=\"" + pid + "\">");
        return metatype;
    }

    private static String read(Class<?> component, String name) {
        try (InputStream in = component.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

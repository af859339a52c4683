package webcare.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import webcare.incident.api.DetectorSettings;

/** etc/webcare.incident.cfg as DS hands it over, and what bnd generated for DS and metatype. */
class ConfiguredDetectorsTest {

    /** The settings as DS makes them: each key's default unless the file (here a map) sets it. */
    static IncidentSettings file(Map<String, Object> values) {
        return (IncidentSettings) Proxy.newProxyInstance(IncidentSettings.class.getClassLoader(),
                new Class<?>[] {IncidentSettings.class}, (proxy, method, args) ->
                        values.containsKey(method.getName()) ? values.get(method.getName()) : method.getDefaultValue());
    }

    @Test
    void noFileGivesTheDefaults() {
        assertThat(new ConfiguredDetectors(file(Map.of())).settings()).isEqualTo(DetectorSettings.DEFAULTS);
    }

    @Test
    void theFileSetsSensitivityAndTimeZone() {
        DetectorSettings settings = new ConfiguredDetectors(file(Map.of("sensitivity", 2.0, "zone", " UTC ",
                "minimumCount", 20))).settings();

        assertThat(settings.sensitivity()).isEqualTo(2.0);
        assertThat(settings.zone()).isEqualTo(ZoneId.of("UTC"));
        assertThat(settings.minimumCount()).isEqualTo(20);
    }

    @Test
    void aBadValueNamesTheKeyAndTheFile() {
        assertThatThrownBy(() -> new ConfiguredDetectors(file(Map.of("bucketMinutes", 7))))
                .hasMessage("webcare.incident: bucketMinutes must divide 60, not 7; fix etc/webcare.incident.cfg");
        assertThatThrownBy(() -> new ConfiguredDetectors(file(Map.of("zone", "Europe/Amsterdan"))))
                .hasMessage("webcare.incident: zone 'Europe/Amsterdan' is no time zone (e.g. Europe/Amsterdam); "
                        + "fix etc/webcare.incident.cfg");
    }

    @Test
    void theFactoryIsADetectorFactoryServiceConfiguredFromWebcareIncidentCfg() throws IOException {
        assertThat(resource("webcare.incident.ConfiguredDetectors.xml"))
                .contains("<provide interface=\"webcare.incident.api.DetectorFactory\"/>")
                .contains("configuration-pid=\"webcare.incident\"").doesNotContain("configuration-policy=\"require\"");
        assertThat(resource("metatype/webcare.incident.xml")).contains("<Designate pid=\"webcare.incident\">")
                .contains("id=\"sensitivity\"", "id=\"bucketMinutes\"", "id=\"minimumCount\"", "id=\"learningHours\"",
                        "id=\"zone\"");
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ConfiguredDetectorsTest.class.getResourceAsStream("/OSGI-INF/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

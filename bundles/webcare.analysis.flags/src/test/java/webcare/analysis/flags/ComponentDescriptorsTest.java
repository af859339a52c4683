package webcare.analysis.flags;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What bnd generated for DS: each detector is a FlagDetector service; the settings have a metatype. */
class ComponentDescriptorsTest {

    private static String resource(String name) throws IOException {
        try (InputStream in = ComponentDescriptorsTest.class.getResourceAsStream("/OSGI-INF/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"privacy.PrivateDataDetector", "abuse.AbuseDetector", "threat.ThreatDetector"})
    void everyDetectorIsAFlagDetectorService(String component) throws IOException {
        assertThat(resource("webcare.analysis.flags." + component + ".xml"))
                .contains("<provide interface=\"webcare.analysis.api.FlagDetector\"/>");
    }

    @org.junit.jupiter.api.Test
    void thePrivateDataSettingsComeFromTheirOwnCfgFileAndAreDescribed() throws IOException {
        assertThat(resource("webcare.analysis.flags.privacy.PrivateDataDetector.xml"))
                .contains("configuration-pid=\"webcare.analysis.flags\"").doesNotContain("configuration-policy=\"require\"");
        assertThat(resource("metatype/webcare.analysis.flags.xml"))
                .contains("id=\"orderNumberPatterns\"").contains("id=\"customerNumberPatterns\"");
    }
}

package webcare.reply;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What bnd generated for DS: both services read etc/webcare.reply.cfg, described once; detectors are followed as they come and go. */
class ComponentDescriptorsTest {

    private static String resource(String name) throws IOException {
        try (InputStream in = ComponentDescriptorsTest.class.getResourceAsStream("/OSGI-INF/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theTemplatesAreAReplyTemplatesServiceConfiguredFromWebcareReplyCfg() throws IOException {
        assertThat(resource("webcare.reply.templates.TemplateCatalogue.xml"))
                .contains("<provide interface=\"webcare.reply.api.ReplyTemplates\"/>")
                .contains("configuration-pid=\"webcare.reply\"").doesNotContain("configuration-policy=\"require\"");
    }

    @Test
    void theToneCheckAsksEveryFlagDetectorThatComesAndGoes() throws IOException {
        assertThat(resource("webcare.reply.tone.ToneChecker.xml"))
                .contains("<provide interface=\"webcare.reply.api.ToneCheck\"/>")
                .contains("configuration-pid=\"webcare.reply\"")
                .containsPattern("<reference [^>]*cardinality=\"0..n\" policy=\"dynamic\" interface=\"webcare.analysis.api.FlagDetector\"[^>]*policy-option=\"greedy\"");
    }

    @Test
    void theSettingsAreDescribedWithTheirKeys() throws IOException {
        assertThat(resource("metatype/webcare.reply.xml"))
                .contains("id=\"channel.nl\"").contains("id=\"channel.en\"").contains("id=\"upsetAgentMinutes\"")
                .contains("<Designate pid=\"webcare.reply\">");
    }
}

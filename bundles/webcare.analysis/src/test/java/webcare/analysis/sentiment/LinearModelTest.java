package webcare.analysis.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class LinearModelTest {

    private static LinearModel model() {
        float[] weights = new float[LinearModel.CLASSES << 10];
        for (int k = 0; k < weights.length; k++) {
            weights[k] = (float) Math.sin(k) * 3;
        }
        return new LinearModel("nl", "2026-12", 10, new float[] {0.1f, -0.2f, 0.3f}, weights, new Blend(0.4, 0.15, 0.3));
    }

    @Test
    void survivesWritingAndReadingWithinTheQuantisationStep() throws IOException {
        LinearModel original = model();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        original.write(bytes);
        LinearModel read = LinearModel.read(new ByteArrayInputStream(bytes.toByteArray()), "test");
        assertThat(read.language()).isEqualTo("nl");
        assertThat(read.trained()).isEqualTo("2026-12");
        assertThat(read.blend()).isEqualTo(new Blend(0.4, 0.15, 0.3));
        int[] features = {1, 5, 5, 700};
        double[] expected = original.probabilities(features);
        double[] actual = read.probabilities(features);
        for (int c = 0; c < LinearModel.CLASSES; c++) {
            assertThat(actual[c]).isCloseTo(expected[c], within(0.01));
        }
        assertThat(actual[0] + actual[1] + actual[2]).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void refusesAFileThatIsNoModel() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write(new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        }
        assertThatThrownBy(() -> LinearModel.read(new ByteArrayInputStream(bytes.toByteArray()), "model-xx.bin"))
                .isInstanceOf(IOException.class).hasMessage("model-xx.bin: not a sentiment model (bad magic number)");
    }

    @Test
    void refusesABlendWhoseNoEvidenceBandIsNarrowerThanTheNeutralBand() {
        assertThatThrownBy(() -> new Blend(0.5, 0.2, 0.1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("neutralBand <= noEvidenceBand");
    }

    @Test
    void givesThePriorForATextWithoutFeatures() {
        double[] p = model().probabilities(new int[0]);
        assertThat(p[2]).isGreaterThan(p[0]).isGreaterThan(p[1]);
    }
}

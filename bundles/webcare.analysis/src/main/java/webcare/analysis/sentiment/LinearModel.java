package webcare.analysis.sentiment;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import webcare.analysis.text.FeatureHasher;

/**
 * A multinomial logistic regression over hashed features ({@link FeatureHasher}) for the three
 * classes negative, neutral, positive (in {@link webcare.analysis.api.Polarity} order), plus the
 * two numbers that combine it with the lexicon (see {@link SentimentEngine}). Each text's feature
 * vector is averaged: every feature counts {@code 1/(number of features)}, so a text repeated
 * ten times scores as the text once, and a long review is not more certain than a tweet.
 *
 * <p>File format (gzip): magic {@code WCSM}, format version, language, trained label (e.g.
 * {@code 2026-12}), hash bits, model weight α, neutral band, no-evidence band, weight scale,
 * three biases, then
 * the weights as signed bytes ({@code weight = byte × scale}), three per bucket.
 */
public final class LinearModel {

    public static final int CLASSES = 3;
    private static final int MAGIC = 0x5743534D;
    private static final int FORMAT = 2;

    private final String language;
    private final String trained;
    private final FeatureHasher hasher;
    private final float[] bias;
    private final float[] weights;
    private final Blend blend;

    /** @param weights {@code CLASSES} per bucket, bucket-major */
    public LinearModel(String language, String trained, int bits, float[] bias, float[] weights, Blend blend) {
        this.language = language;
        this.trained = trained;
        this.hasher = new FeatureHasher(bits);
        if (bias.length != CLASSES || weights.length != CLASSES * hasher.buckets()) {
            throw new IllegalArgumentException("model " + language + ": expected " + CLASSES + " biases and "
                    + CLASSES * hasher.buckets() + " weights, got " + bias.length + " and " + weights.length);
        }
        this.bias = bias;
        this.weights = weights;
        this.blend = blend;
    }

    public String language() {
        return language;
    }

    /** When and on what it was trained, short, for {@link webcare.analysis.api.Sentiment#method()}. */
    public String trained() {
        return trained;
    }

    public FeatureHasher hasher() {
        return hasher;
    }

    public Blend blend() {
        return blend;
    }

    /** The same weights with another blend (the trainer chooses the blend after fitting). */
    public LinearModel withBlend(Blend other) {
        return new LinearModel(language, trained, Integer.numberOfTrailingZeros(hasher.buckets()), bias, weights, other);
    }

    /** @return the class probabilities of the features, negative, neutral, positive */
    public double[] probabilities(int[] features) {
        double[] logits = {bias[0], bias[1], bias[2]};
        if (features.length > 0) {
            double value = 1.0 / features.length;
            double neg = 0;
            double neu = 0;
            double pos = 0;
            for (int feature : features) {
                int at = feature * CLASSES;
                neg += weights[at];
                neu += weights[at + 1];
                pos += weights[at + 2];
            }
            logits[0] += neg * value;
            logits[1] += neu * value;
            logits[2] += pos * value;
        }
        return softmax(logits);
    }

    /** Turns three logits into probabilities, in place; returns the same array. */
    public static double[] softmax(double[] logits) {
        double max = Math.max(logits[0], Math.max(logits[1], logits[2]));
        double sum = 0;
        for (int c = 0; c < CLASSES; c++) {
            logits[c] = Math.exp(logits[c] - max);
            sum += logits[c];
        }
        for (int c = 0; c < CLASSES; c++) {
            logits[c] /= sum;
        }
        return logits;
    }

    /** Reads a model written by {@link #write}; the stream is closed. */
    public static LinearModel read(InputStream in, String name) throws IOException {
        try (DataInputStream data = new DataInputStream(new GZIPInputStream(in))) {
            if (data.readInt() != MAGIC) {
                throw new IOException(name + ": not a sentiment model (bad magic number)");
            }
            int format = data.readInt();
            if (format != FORMAT) {
                throw new IOException(name + ": model format " + format + ", this build reads " + FORMAT
                        + "; run tools/train-sentiment again");
            }
            String language = data.readUTF();
            String trained = data.readUTF();
            int bits = data.readInt();
            Blend blend;
            try {
                blend = new Blend(data.readDouble(), data.readDouble(), data.readDouble());
            } catch (IllegalArgumentException e) {
                throw new IOException(name + ": " + e.getMessage() + "; run tools/train-sentiment again", e);
            }
            float scale = data.readFloat();
            float[] bias = new float[CLASSES];
            for (int c = 0; c < CLASSES; c++) {
                bias[c] = data.readFloat();
            }
            byte[] quantised = new byte[CLASSES << bits];
            data.readFully(quantised);
            float[] weights = new float[quantised.length];
            for (int k = 0; k < quantised.length; k++) {
                weights[k] = quantised[k] * scale;
            }
            return new LinearModel(language, trained, bits, bias, weights, blend);
        }
    }

    /**
     * Writes the model with its weights quantised to one signed byte each (scale: the largest
     * magnitude over 127), which is what keeps the shipped file small.
     */
    public void write(OutputStream out) throws IOException {
        float max = 0;
        for (float w : weights) {
            max = Math.max(max, Math.abs(w));
        }
        float scale = max == 0 ? 1 : max / 127;
        try (DataOutputStream data = new DataOutputStream(new GZIPOutputStream(out))) {
            data.writeInt(MAGIC);
            data.writeInt(FORMAT);
            data.writeUTF(language);
            data.writeUTF(trained);
            data.writeInt(Integer.numberOfTrailingZeros(hasher.buckets()));
            data.writeDouble(blend.modelWeight());
            data.writeDouble(blend.neutralBand());
            data.writeDouble(blend.noEvidenceBand());
            data.writeFloat(scale);
            for (float b : bias) {
                data.writeFloat(b);
            }
            byte[] quantised = new byte[weights.length];
            for (int k = 0; k < weights.length; k++) {
                quantised[k] = (byte) Math.round(weights[k] / scale);
            }
            data.write(quantised);
        }
    }
}

package webcare.analysis.sentiment;

/**
 * How a language's model and its lexicon decide together (see {@link SentimentEngine}); stored
 * in the model file, chosen by the trainer on calibration data.
 *
 * @param modelWeight    α in {@code t = α·model + (1−α)·lexicon}, 0..1
 * @param neutralBand    {@code |t|} below this is neutral, 0..1
 * @param noEvidenceBand {@code |t|} below this is neutral when the lexicon found no cue at all
 *                       (no word, phrase, emoticon or emoji): the model alone must then be
 *                       surer, since a text without opinion words is mostly a question or a
 *                       fact; at least {@code neutralBand}
 */
public record Blend(double modelWeight, double neutralBand, double noEvidenceBand) {

    public Blend {
        if (!(modelWeight >= 0 && modelWeight <= 1) || !(neutralBand >= 0 && neutralBand <= 1)
                || !(noEvidenceBand >= neutralBand && noEvidenceBand <= 1)) {
            throw new IllegalArgumentException("blend needs 0 <= modelWeight <= 1 and 0 <= neutralBand <= noEvidenceBand"
                    + " <= 1, got " + modelWeight + ", " + neutralBand + ", " + noEvidenceBand);
        }
    }
}

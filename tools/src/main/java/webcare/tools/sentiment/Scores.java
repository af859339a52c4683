package webcare.tools.sentiment;

import java.util.List;
import webcare.analysis.api.Polarity;

/**
 * Accuracy, F1 per class (in {@link Polarity} order) and macro-F1 (the unweighted mean of each class's F1) of predictions against labels.
 * A class that is neither labelled nor predicted is left out of the mean (the Dutch subtitles have
 * no neutral lines).
 */
record Scores(double accuracy, double macroF1, int count, double[] f1) {

    static Scores of(List<Polarity> labels, List<Polarity> predicted) {
        int classes = Polarity.values().length;
        int[] truePositive = new int[classes];
        int[] labelled = new int[classes];
        int[] guessed = new int[classes];
        int correct = 0;
        for (int i = 0; i < labels.size(); i++) {
            int label = labels.get(i).ordinal();
            int guess = predicted.get(i).ordinal();
            labelled[label]++;
            guessed[guess]++;
            if (label == guess) {
                truePositive[label]++;
                correct++;
            }
        }
        double f1Sum = 0;
        int present = 0;
        double[] f1 = new double[classes];
        for (int c = 0; c < classes; c++) {
            if (labelled[c] + guessed[c] == 0) {
                continue;
            }
            present++;
            f1[c] = 2.0 * truePositive[c] / (labelled[c] + guessed[c]);
            f1Sum += f1[c];
        }
        return new Scores(labels.isEmpty() ? 0 : (double) correct / labels.size(), present == 0 ? 0 : f1Sum / present,
                labels.size(), f1);
    }
}

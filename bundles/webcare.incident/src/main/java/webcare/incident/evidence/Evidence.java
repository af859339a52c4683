package webcare.incident.evidence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import webcare.incident.api.Observation;

/**
 * What a signal shows as its cause: the words that grew most in the window against the mentions
 * before it, the authors with the most mentions (or reach) in it, and mentions that show it.
 *
 * @param terms    at most {@value #MOST} words, fastest growing first
 * @param authors  at most {@value #MOST} authors, most first
 * @param examples at most {@value #MOST} mentions as {@code source:id}, one per distinct text
 */
public record Evidence(List<String> terms, List<String> authors, List<String> examples) {

    /** How many of each are named. */
    public static final int MOST = 5;
    /** Mentions of the window a word must occur in to be named. */
    static final int SUPPORT = 3;
    /** Mentions before the window that words are compared with, at most: keeps a signal cheap. */
    public static final int REFERENCE = 5_000;

    /**
     * @param window    the mentions of the rise
     * @param reference mentions of the same stream before it (the day before), any number
     * @param byReach   whether authors are ranked by summed reach rather than by mentions
     */
    public static Evidence of(List<Observation> window, List<Observation> reference, boolean byReach) {
        Map<String, Integer> now = frequencies(window);
        Map<String, Integer> before = frequencies(reference);
        // the reference weighed to the window's size; an empty reference compares counts as they are
        double scale = reference.isEmpty() ? 0 : (double) window.size() / reference.size();
        Map<String, Double> growth = new HashMap<>();
        now.forEach((word, count) -> {
            if (count >= SUPPORT) {
                double grew = Math.log((count + 1) / (before.getOrDefault(word, 0) * scale + 1));
                if (grew > 0) {
                    growth.put(word, grew);
                }
            }
        });
        List<String> terms = growth.keySet().stream()
                .sorted(Comparator.comparing((String word) -> -growth.get(word)).thenComparing(word -> -now.get(word))
                        .thenComparing(Comparator.naturalOrder()))
                .limit(MOST).toList();
        return new Evidence(terms, authors(window, byReach), examples(window, terms));
    }

    private static Map<String, Integer> frequencies(List<Observation> mentions) {
        Map<String, Integer> counts = new HashMap<>();
        for (Observation mention : mentions) {
            for (String word : Words.of(mention.text())) {
                counts.merge(word, 1, Integer::sum);
            }
        }
        return counts;
    }

    private static List<String> authors(List<Observation> window, boolean byReach) {
        Map<String, double[]> authors = new HashMap<>(); // mentions, reach
        for (Observation mention : window) {
            if (!mention.author().isEmpty()) {
                double[] tally = authors.computeIfAbsent(mention.author(), author -> new double[2]);
                tally[0]++;
                tally[1] += Reach.of(mention);
            }
        }
        Comparator<Map.Entry<String, double[]>> mentions = Comparator.comparingDouble(entry -> -entry.getValue()[0]);
        Comparator<Map.Entry<String, double[]>> reach = Comparator.comparingDouble(entry -> -entry.getValue()[1]);
        return authors.entrySet().stream()
                .sorted((byReach ? reach.thenComparing(mentions) : mentions.thenComparing(reach))
                        .thenComparing(Map.Entry::getKey))
                .limit(MOST).map(Map.Entry::getKey).toList();
    }

    /** Mentions with the most of the terms, then the widest reach, then the earliest; one per text. */
    private static List<String> examples(List<Observation> window, List<String> terms) {
        Map<Observation, Integer> hits = new HashMap<>();
        for (Observation mention : window) {
            Set<String> words = Words.of(mention.text());
            hits.put(mention, (int) terms.stream().filter(words::contains).count());
        }
        List<Observation> ranked = new ArrayList<>(window);
        ranked.sort(Comparator.comparing((Observation mention) -> -hits.get(mention))
                .thenComparing(mention -> -mention.followers()).thenComparing(Observation::created)
                .thenComparing(Observation::id));
        Set<String> texts = new HashSet<>();
        List<String> examples = new ArrayList<>();
        for (Observation mention : ranked) {
            if (examples.size() < MOST && texts.add(mention.text())) {
                examples.add(mention.source() + ":" + mention.id());
            }
        }
        return examples;
    }
}

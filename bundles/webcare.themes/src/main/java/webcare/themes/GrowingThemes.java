package webcare.themes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.osgi.service.component.annotations.Component;
import webcare.themes.api.Theme;
import webcare.themes.api.ThemeFinder;
import webcare.themes.api.ThemeItem;
import webcare.themes.api.ThemeParameters;
import webcare.themes.api.ThemeReport;

/**
 * Themes by document frequency and smoothed log-ratio growth (see {@link ThemeFinder}). A word is
 * left out when a growing phrase with it covers most of its items ({@value #COVERED} or more):
 * "bezorging vertraagd" says what "vertraagd" alone would repeat. Examples are picked from the
 * period's newest items, for the themes kept only.
 */
@Component(service = ThemeFinder.class)
public final class GrowingThemes implements ThemeFinder {

    /** The share of a word's items a phrase must hold to stand in for the word. */
    static final double COVERED = 0.7;

    private final Tokenizer tokenizer = new Tokenizer();
    private final StopWords stopWords;

    public GrowingThemes() {
        this(StopWords.bundled());
    }

    GrowingThemes(StopWords stopWords) {
        this.stopWords = stopWords;
    }

    /**
     * A term that grew, before its examples are found.
     *
     * @param key a word id, or a phrase key ({@link TermCounts#phrase}) when {@code phrase}
     */
    private record Candidate(String term, boolean phrase, long key, int now, int before, double growth) {}

    private static final Comparator<Candidate> FASTEST_FIRST = Comparator.comparingDouble(Candidate::growth)
            .reversed().thenComparing(Comparator.comparingInt(Candidate::now).reversed())
            .thenComparing(Candidate::term);

    @Override
    public ThemeReport find(List<ThemeItem> now, List<ThemeItem> before, ThemeParameters parameters) {
        TermCounts counts = new TermCounts(tokenizer, stopWords, now, before, parameters.minSupport());
        // the period before weighed to this period's volume; with nothing before, counts compare as they are
        double scale = before.isEmpty() ? 1 : (double) now.size() / before.size();
        Growth growth = new Growth(parameters.minSupport(), parameters.smoothing(), scale);
        List<Candidate> growing = new ArrayList<>();
        for (int id = 0; id < counts.wordCount(); id++) {
            double grew = growth.of(counts.wordNow(id), counts.wordBefore(id));
            if (grew > 0) {
                growing.add(new Candidate(counts.word(id), false, id, counts.wordNow(id), counts.wordBefore(id), grew));
            }
        }
        counts.phrases().forEach((key, count) -> {
            double grew = growth.of(count[0], count[1]);
            if (grew > 0) {
                growing.add(new Candidate(counts.phraseText(key), true, key, count[0], count[1], grew));
            }
        });
        growing.sort(FASTEST_FIRST);
        List<Candidate> kept = withoutCoveredWords(growing, counts).stream().limit(parameters.maxThemes()).toList();
        Map<Candidate, List<ThemeItem>> examples = examples(now, kept, counts, parameters.examples());
        List<Theme> themes = kept.stream().map(candidate -> new Theme(candidate.term(), candidate.phrase() ? 2 : 1,
                candidate.now(), candidate.before(), candidate.growth(), examples.get(candidate))).toList();
        return new ThemeReport(now.size(), before.size(), themes);
    }

    /** ln((now + k) / (before × scale + k)); not a number for a term below the minimum support. */
    private record Growth(int minSupport, double k, double scale) {

        double of(int now, int before) {
            return now < minSupport ? Double.NaN : Math.log((now + k) / (before * scale + k));
        }
    }

    private static List<Candidate> withoutCoveredWords(List<Candidate> growing, TermCounts counts) {
        Set<Long> covered = new HashSet<>();
        for (Candidate candidate : growing) {
            if (candidate.phrase()) {
                for (int word : new int[] {TermCounts.first(candidate.key()), TermCounts.second(candidate.key())}) {
                    if (candidate.now() >= COVERED * counts.wordNow(word)) {
                        covered.add((long) word);
                    }
                }
            }
        }
        return growing.stream().filter(candidate -> candidate.phrase() || !covered.contains(candidate.key())).toList();
    }

    /** Up to {@code wanted} items per kept term, newest first. */
    private static Map<Candidate, List<ThemeItem>> examples(List<ThemeItem> now, List<Candidate> kept,
            TermCounts counts, int wanted) {
        Map<Long, List<ThemeItem>> byWord = new HashMap<>();
        Map<Long, List<ThemeItem>> byPhrase = new HashMap<>();
        Map<Candidate, List<ThemeItem>> examples = new HashMap<>();
        for (Candidate candidate : kept) {
            List<ThemeItem> list = new ArrayList<>();
            (candidate.phrase() ? byPhrase : byWord).put(candidate.key(), list);
            examples.put(candidate, list);
        }
        List<Integer> newestFirst = new ArrayList<>(now.size());
        for (int i = 0; i < now.size(); i++) {
            newestFirst.add(i);
        }
        newestFirst.sort(Comparator.comparing((Integer i) -> now.get(i).created())
                .thenComparingLong(i -> now.get(i).id()).reversed());
        int[] open = {wanted == 0 ? 0 : kept.size()};
        long[] seen = new long[64];
        Set<Integer> wordsSeen = new HashSet<>();
        for (int n = 0; n < newestFirst.size() && open[0] > 0; n++) {
            ThemeItem item = now.get(newestFirst.get(n));
            int[] tokens = counts.tokensNow(newestFirst.get(n));
            wordsSeen.clear();
            for (int id : tokens) {
                if (id != TermCounts.PAUSE && wordsSeen.add(id)) {
                    take(byWord.get((long) id), item, wanted, open);
                }
            }
            TermCounts.forEachPhrase(tokens, seen, key -> take(byPhrase.get(key), item, wanted, open));
        }
        return examples;
    }

    private static void take(List<ThemeItem> examples, ThemeItem item, int wanted, int[] open) {
        if (examples != null && examples.size() < wanted) {
            examples.add(item);
            if (examples.size() == wanted) {
                open[0]--;
            }
        }
    }
}

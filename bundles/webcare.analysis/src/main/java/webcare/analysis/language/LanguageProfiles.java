package webcare.analysis.language;

import java.util.Map;
import java.util.Set;

/**
 * What Dutch and English look like, written from knowledge of both languages (not learnt from
 * the evaluation data): their commonest function words, and letter groups that are much more
 * frequent in one than in the other. A few German, French and Spanish function words let a text
 * in one of those come out as neither.
 */
final class LanguageProfiles {

    static final Set<String> DUTCH_WORDS = Set.of(
            "de", "het", "een", "en", "van", "ik", "je", "jij", "u", "uw", "we", "wij", "ze", "zij", "hij",
            "niet", "geen", "dat", "die", "dit", "deze", "er", "op", "te", "met", "voor", "naar", "om", "aan",
            "bij", "uit", "ook", "maar", "nog", "wel", "al", "dan", "als", "of", "zijn", "is", "was", "waren",
            "heb", "hebben", "heeft", "had", "wordt", "worden", "werd", "kan", "kun", "kunnen", "moet", "moeten",
            "wil", "willen", "zou", "zal", "gaat", "gaan", "ga", "doen", "doet", "mijn", "jullie", "onze", "ons",
            "hun", "haar", "hem", "mij", "me", "zo", "erg", "heel", "echt", "zeer", "nu", "hier", "daar",
            "waar", "wat", "wie", "hoe", "waarom", "toen", "omdat", "want", "door", "over", "tegen", "tot",
            "zonder", "na", "nooit", "altijd", "weer", "meer", "veel", "goed", "slecht", "alles", "niets",
            "niks", "iets", "iemand", "graag", "bedankt", "dank", "dankjewel", "hoi", "hallo", "jammer",
            "helaas", "prima", "lekker", "mooi", "ja", "nee", "ben", "bent", "zit", "staat", "komt", "even",
            "toch", "gewoon", "weet", "vind", "zie", "krijg", "gekregen", "gedaan", "geweest", "keer", "dag",
            "week", "jaar", "uur", "bestelling", "klant", "klantenservice");

    static final Set<String> ENGLISH_WORDS = Set.of(
            "the", "a", "an", "and", "of", "to", "i", "you", "your", "we", "they", "he", "she", "it", "its",
            "not", "no", "that", "this", "these", "those", "there", "on", "with", "for", "at", "from", "by",
            "about", "into", "out", "also", "but", "still", "just", "then", "than", "if", "or", "are", "is",
            "was", "were", "be", "been", "being", "have", "has", "had", "do", "does", "did", "can", "could",
            "will", "would", "should", "must", "my", "our", "their", "his", "her", "him", "me", "us", "them",
            "so", "very", "really", "now", "here", "where", "what", "who", "how", "why", "when", "because",
            "over", "against", "until", "without", "after", "never", "always", "again", "more", "much",
            "many", "good", "bad", "great", "everything", "nothing", "something", "someone", "please",
            "thanks", "thank", "hi", "hello", "sorry", "love", "like", "yes", "am", "get", "got", "going",
            "gonna", "know", "think", "see", "time", "day", "today", "tomorrow", "tonight", "week", "year",
            "all", "one", "which", "don't", "can't", "i'm", "it's", "didn't", "won't", "customer", "service",
            "order", "may", "might", "some", "any", "only", "even", "well", "too", "up", "down");

    /** Function words of German, French and Spanish that are neither Dutch nor English. */
    static final Set<String> OTHER_WORDS = Set.of(
            "und", "ich", "nicht", "ist", "der", "das", "ein", "eine", "mit", "auf", "sie", "es", "sehr",
            "le", "la", "les", "et", "est", "une", "un", "des", "du", "pas", "je", "il", "elle", "nous",
            "vous", "avec", "pour", "sur", "el", "los", "las", "y", "que", "muy", "por", "para",
            "con", "una", "pero", "auch", "wir", "mais", "très");

    /**
     * Letter groups (within words, {@code <} and {@code >} mark the ends) and how strongly they
     * point to Dutch (positive) or English (negative), in word-vote units.
     */
    static final Map<String, Double> LETTER_GROUPS = Map.ofEntries(
            Map.entry("ij", 0.6), Map.entry("oe", 0.4), Map.entry("aa", 0.5), Map.entry("uu", 0.5),
            Map.entry("ui", 0.3), Map.entry("sch", 0.4), Map.entry("cht", 0.4), Map.entry("eu", 0.3),
            Map.entry("en>", 0.25), Map.entry("je>", 0.4), Map.entry("tje>", 0.3), Map.entry("lijk", 0.4),
            Map.entry("heid", 0.5), Map.entry("ig>", 0.3), Map.entry("<ge", 0.3), Map.entry("<be", 0.1),
            Map.entry("kk", 0.3), Map.entry("<v", 0.2), Map.entry("<z", 0.2), Map.entry("ee", 0.1),
            Map.entry("th", -0.5), Map.entry("wh", -0.5), Map.entry("sh", -0.4), Map.entry("ing>", -0.5),
            Map.entry("tion", -0.4), Map.entry("ly>", -0.5), Map.entry("y>", -0.3), Map.entry("ea", -0.3),
            Map.entry("ou", -0.3), Map.entry("<w", -0.2), Map.entry("ck", -0.2), Map.entry("'s>", 0.0),
            Map.entry("'t>", -0.4), Map.entry("'m>", -0.4), Map.entry("ed>", -0.3), Map.entry("<c", -0.2),
            Map.entry("<q", -0.2), Map.entry("x", -0.2));

    /** The longest letter group above, markers included. */
    static final int MAX_GROUP = 4;

    /**
     * The groups above keyed by their characters packed 16 bits each into a long (this runs for
     * every word of every text, so no strings are built): open addressing, linear probing.
     */
    private static final long[] KEYS;
    private static final double[] VOTES;

    static {
        int size = Integer.highestOneBit(LETTER_GROUPS.size() * 4);
        KEYS = new long[size];
        VOTES = new double[size];
        LETTER_GROUPS.forEach((group, vote) -> {
            long key = 0;
            for (int k = 0; k < group.length(); k++) {
                key = key << 16 | group.charAt(k);
            }
            int slot = slot(key);
            while (KEYS[slot] != 0) {
                slot = (slot + 1) & (KEYS.length - 1);
            }
            KEYS[slot] = key;
            VOTES[slot] = vote;
        });
    }

    /** The vote of the letter group packed in {@code key}, 0 when it is none. */
    static double vote(long key) {
        for (int slot = slot(key); KEYS[slot] != 0; slot = (slot + 1) & (KEYS.length - 1)) {
            if (KEYS[slot] == key) {
                return VOTES[slot];
            }
        }
        return 0;
    }

    private static int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 40) & (KEYS.length - 1);
    }

    private LanguageProfiles() {
    }
}

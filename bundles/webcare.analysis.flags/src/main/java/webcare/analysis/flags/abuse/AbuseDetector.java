package webcare.analysis.flags.abuse;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import webcare.analysis.api.Flag;
import webcare.analysis.api.FlagDetector;
import webcare.analysis.api.FlagType;
import webcare.analysis.flags.text.Cues;
import webcare.files.ListFiles;
import webcare.analysis.flags.text.Tokens;
import webcare.launch.api.Launch;

/**
 * Profanity (swearing) and insults (words aimed at a person, slurs among them) in Dutch and
 * English, from the bundled lists plus a team's own {@code $WEBCARE_HOME/etc/abuse-*.txt}
 * (read once at activation; restart the bundle after editing). Whole words only, so
 * "klasse", "assessment" and "Scunthorpe" stay clean; leetspeak, stars and repeated letters
 * are undone first, and letters typed apart ("k u t") are read together. Words inside double
 * quotes are someone else's, quoted to object to them or to report them, and do not count. Both
 * languages' lists apply whatever the language: Dutch posts swear in English too.
 */
@Component(service = FlagDetector.class)
public final class AbuseDetector implements FlagDetector {

    private static final Logger LOG = System.getLogger(AbuseDetector.class.getName());
    static final String LIST_PREFIX = "abuse-";
    private static final String[] BUNDLED = {"abuse-nl.txt", "abuse-en.txt"};

    /** Words before a disease word that make it the illness, not a curse: "heeft kanker", "tegen kanker". */
    private static final Set<String> MEDICAL_BEFORE = Set.of("aan", "tegen", "heeft", "had", "hebben", "heb", "hadden",
            "krijgt", "kreeg", "kregen", "krijgen", "met", "van", "geen", "mijn", "zijn", "haar", "hun", "over", "door",
            "voor", "de", "het", "bestrijden", "overleden", "gestorven", "stierf", "genezen", "genezing", "onderzoek");
    /** Words after a disease word that make it the illness: "kanker patiënten", "kanker onderzoek". */
    private static final Set<String> MEDICAL_AFTER = Set.of("patiënt", "patiënten", "patient", "patienten",
            "onderzoek", "behandeling", "zorg", "fonds", "cel", "cellen", "gezwel", "diagnose", "overleefd", "heeft", "had");
    /** What may follow a disease word to make a person of it: kankerlijer, teringwijf. */
    private static final Set<String> PERSONS = Set.of("lijer", "lijers", "lijder", "lyer", "wijf", "wijven", "jong",
            "kind", "hond", "honden", "vent", "gozer", "hoer", "hoeren", "mongool", "flikker", "homo", "mof", "turk",
            "marokkaan", "neger", "joden", "jood", "volk", "tuig", "zak");

    /** Longer rows of single letters are no word typed apart. */
    private static final int MAX_SPACED_LETTERS = 20;

    private final Lexicon lexicon;

    @Activate
    public AbuseDetector(@Reference Launch launch) {
        this(launch.home().resolve("etc"), problem -> LOG.log(Level.WARNING, problem));
    }

    /**
     * @param etc      the team's folder with extra lists, or null for the bundled lists only
     * @param problems receives one line per unusable line or file, naming it
     */
    public AbuseDetector(Path etc, Consumer<String> problems) {
        List<ListFiles.Line> lines = new ArrayList<>();
        for (String name : BUNDLED) {
            lines.addAll(ListFiles.bundled(AbuseDetector.class, name));
        }
        lines.addAll(ListFiles.team(etc, "etc", LIST_PREFIX + "*.txt", problems));
        this.lexicon = Lexicon.of(lines, problems);
    }

    @Override
    public List<Flag> detect(String text, String lang) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        Tokens tokens = Tokens.of(text);
        List<Flag> flags = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            int next = phrase(tokens, i, flags);
            if (next < 0) {
                next = spacedLetters(tokens, text, i, flags);
            }
            if (next < 0) {
                word(tokens, i, flags);
                next = i + 1;
            }
            i = next;
        }
        return flags.isEmpty() ? List.of() : List.copyOf(flags);
    }

    /** A listed phrase starting at token {@code i}: adds its flag and returns the token after it, else -1. */
    private int phrase(Tokens tokens, int i, List<Flag> flags) {
        Lexicon.Phrase longest = null;
        for (Lexicon.Phrase phrase : lexicon.phrasesFrom(tokens.word(i))) {
            if (matches(tokens, i, phrase) && (longest == null || phrase.rest().length > longest.rest().length)) {
                longest = phrase;
            }
        }
        if (longest == null) {
            return -1;
        }
        int last = i + longest.rest().length;
        Lexicon.Entry entry = longest.entry();
        if (entry.kind() != Lexicon.Kind.ALLOW) {
            FlagType type = entry.kind() == Lexicon.Kind.PROFANITY ? FlagType.PROFANITY : FlagType.INSULT;
            add(flags, new Flag(type, tokens.start(i), tokens.end(last), describe(type, entry.term(), false)));
        }
        return last + 1;
    }

    private static boolean matches(Tokens tokens, int i, Lexicon.Phrase phrase) {
        String[] rest = phrase.rest();
        if (i + rest.length >= tokens.size() || tokens.sentence(i + rest.length) != tokens.sentence(i)) {
            return false;
        }
        for (int k = 0; k < rest.length; k++) {
            if (!tokens.word(i + 1 + k).equals(rest[k])) {
                return false;
            }
        }
        return true;
    }

    /**
     * Letters typed apart to dodge filters ("k u t", "V e r d o e m"): three or more one-letter
     * tokens separated by single spaces, read as one word. Returns the token after them, else -1.
     */
    private int spacedLetters(Tokens tokens, String text, int i, List<Flag> flags) {
        int last = i;
        while (last < tokens.size() && tokens.end(last) - tokens.start(last) == 1
                && Character.isLetter(text.charAt(tokens.start(last)))
                && (last == i || tokens.start(last) == tokens.end(last - 1) + 1)) {
            last++;
        }
        if (last - i < 3) {
            return -1;
        }
        if (last - i > MAX_SPACED_LETTERS) {
            return last; // a row of letters, no word: read it once, not again from each letter
        }
        StringBuilder joined = new StringBuilder(last - i);
        for (int k = i; k < last; k++) {
            joined.append(tokens.word(k));
        }
        Lexicon.Entry entry = lexicon.lookup(joined.toString());
        if (entry == null || entry.kind() == Lexicon.Kind.ALLOW || entry.kind() == Lexicon.Kind.AIMED) {
            return last;
        }
        FlagType type = entry.kind() == Lexicon.Kind.INSULT ? FlagType.INSULT : FlagType.PROFANITY;
        add(flags, new Flag(type, tokens.start(i), tokens.end(last - 1), describe(type, entry.term(), false) + ", letters spaced"));
        return last;
    }

    private void word(Tokens tokens, int i, List<Flag> flags) {
        if (tokens.quoted(i)) {
            return; // someone else's words, quoted to object to them or to report them
        }
        String word = tokens.word(i);
        Lexicon.Entry entry = lexicon.lookup(word);
        if (entry == null || entry.kind() == Lexicon.Kind.ALLOW) {
            return;
        }
        int addressee = Cues.addressee(tokens, i);
        switch (entry.kind()) {
            case PROFANITY -> add(flags, new Flag(FlagType.PROFANITY, tokens.start(i), tokens.end(i),
                    describe(FlagType.PROFANITY, entry.term(), false)));
            case INSULT -> insult(tokens, i, addressee, entry.term(), flags);
            case AIMED -> {
                if (addressee >= 0) {
                    insult(tokens, i, addressee, entry.term(), flags);
                }
            }
            case DISEASE -> disease(tokens, i, addressee, entry, flags);
            default -> throw new IllegalStateException("unexpected kind " + entry.kind());
        }
    }

    private void disease(Tokens tokens, int i, int addressee, Lexicon.Entry entry, List<Flag> flags) {
        String word = tokens.word(i);
        String rest = word.length() > entry.term().length() ? word.substring(entry.term().length()) : "";
        Lexicon.Entry restEntry = rest.length() >= 3 ? lexicon.lookup(rest) : null;
        boolean person = PERSONS.contains(rest) || restEntry != null
                && (restEntry.kind() == Lexicon.Kind.INSULT || restEntry.kind() == Lexicon.Kind.AIMED);
        if (person) {
            insult(tokens, i, addressee, word, flags);
            return;
        }
        boolean bare = rest.isEmpty();
        boolean medical = bare && (i > 0 && tokens.sentence(i - 1) == tokens.sentence(i) && MEDICAL_BEFORE.contains(tokens.word(i - 1))
                || i > 1 && tokens.sentence(i - 2) == tokens.sentence(i) && MEDICAL_BEFORE.contains(tokens.word(i - 2))
                || i + 1 < tokens.size() && MEDICAL_AFTER.contains(tokens.word(i + 1)));
        if (!medical) {
            add(flags, new Flag(FlagType.PROFANITY, tokens.start(i), tokens.end(i),
                    "profanity '" + entry.term() + "' (disease used as a curse)"));
        }
    }

    private static void insult(Tokens tokens, int i, int addressee, String term, List<Flag> flags) {
        int start = addressee >= 0 ? tokens.start(Math.min(addressee, i)) : tokens.start(i);
        add(flags, new Flag(FlagType.INSULT, start, tokens.end(i), describe(FlagType.INSULT, term, addressee >= 0)));
    }

    private static String describe(FlagType type, String term, boolean aimed) {
        String kind = type == FlagType.INSULT ? "insult" : "profanity";
        return kind + " '" + term + "'" + (aimed ? ", aimed at the reader" : "");
    }

    /** Adds {@code flag}; a flag it covers (a curse inside "you fucking idiot") gives way to it. */
    private static void add(List<Flag> flags, Flag flag) {
        flags.removeIf(earlier -> earlier.start() >= flag.start() && earlier.end() <= flag.end());
        flags.add(flag);
    }
}

package webcare.analysis.flags.threat;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
 * Threats in Dutch and English ("ik maak je af", "ik weet waar je woont", "I will kill you",
 * "you'll regret this", arson, bombs), flagged with the span of the threatening phrase. Patterns
 * come from the bundled lists plus a team's own {@code $WEBCARE_HOME/etc/threats-*.txt} (read once
 * at activation). A phrase with a negation in it or up to three words before it in the same sentence
 * ("ik zou je nooit pijn doen", "you won't regret it"), inside double quotes (quoted to object to it), or inside a harmless
 * idiom ("de tijd doden", "kill time") does not count.
 */
@Component(service = FlagDetector.class)
public final class ThreatDetector implements FlagDetector {

    private static final Logger LOG = System.getLogger(ThreatDetector.class.getName());
    static final String LIST_PREFIX = "threats-";
    private static final String[] BUNDLED = {"threats-nl.txt", "threats-en.txt"};
    /**
     * How many words before a phrase a negation still negates it ("geen vrouw zou moeten worden …").
     * None after it: "ik maak je af als dit niet opgelost wordt" is a threat with a condition.
     */
    private static final int NEGATION_BEFORE = 3;

    private final ThreatPatterns patterns;

    @Activate
    public ThreatDetector(@Reference Launch launch) {
        this(launch.home().resolve("etc"), problem -> LOG.log(Level.WARNING, problem));
    }

    /**
     * @param etc      the team's folder with extra patterns, or null for the bundled ones only
     * @param problems receives one line per unusable line or file, naming it
     */
    public ThreatDetector(Path etc, Consumer<String> problems) {
        List<ListFiles.Line> lines = new ArrayList<>();
        for (String name : BUNDLED) {
            lines.addAll(ListFiles.bundled(ThreatDetector.class, name));
        }
        lines.addAll(ListFiles.team(etc, "etc", LIST_PREFIX + "*.txt", problems));
        this.patterns = ThreatPatterns.of(lines, problems);
    }

    @Override
    public List<Flag> detect(String text, String lang) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        Tokens tokens = Tokens.of(text);
        List<ThreatPatterns.Match> matches = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            patterns.matchesAt(tokens, i, matches);
        }
        if (matches.isEmpty()) {
            return List.of();
        }
        List<ThreatPatterns.Match> idioms = new ArrayList<>();
        List<ThreatPatterns.Match> threats = new ArrayList<>();
        for (ThreatPatterns.Match match : matches) {
            (ThreatPatterns.NONE.equals(match.pattern().category()) ? idioms : threats).add(match);
        }
        threats.removeIf(match -> negated(tokens, match) || tokens.quoted(match.first())
                || idioms.stream().anyMatch(idiom -> idiom.first() <= match.last() && match.first() <= idiom.last()));
        // earliest first, the longer of two starting together; what overlaps a kept one goes
        threats.sort(Comparator.comparingInt(ThreatPatterns.Match::first)
                .thenComparing(Comparator.comparingInt(ThreatPatterns.Match::last).reversed()));
        List<Flag> flags = new ArrayList<>();
        int coveredUpTo = -1;
        for (ThreatPatterns.Match match : threats) {
            if (match.first() > coveredUpTo) {
                flags.add(new Flag(FlagType.THREAT, tokens.start(match.first()), tokens.end(match.last()),
                        "threat: " + match.pattern().category()));
                coveredUpTo = match.last();
            }
        }
        return List.copyOf(flags);
    }

    private static boolean negated(Tokens tokens, ThreatPatterns.Match match) {
        int sentence = tokens.sentence(match.first());
        for (int i = Math.max(0, match.first() - NEGATION_BEFORE); i <= match.last(); i++) {
            if (tokens.sentence(i) == sentence && Cues.isNegation(tokens.word(i))) {
                return true;
            }
        }
        return false;
    }
}

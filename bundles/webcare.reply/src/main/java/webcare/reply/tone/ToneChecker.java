package webcare.reply.tone;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import webcare.analysis.api.Flag;
import webcare.analysis.api.FlagDetector;
import webcare.analysis.api.FlagType;
import webcare.launch.api.Launch;
import webcare.reply.ReplySettings;
import webcare.reply.api.DraftReply;
import webcare.reply.api.ToneCheck;
import webcare.reply.api.ToneWarning;
import webcare.reply.api.ToneWarning.Issue;

/**
 * The tone check: shouting; blame, sarcasm, defensive phrasing and compensation from the word
 * lists ({@link ToneRules}; a phrase denied right before it does not count); private data found
 * by every registered {@link FlagDetector} in a public reply; and an upset team member answering
 * a hostile message within {@code upsetAgentMinutes} of it. Compensation counts as "by reflex" in
 * any public reply: an offer made in public before the case was looked into teaches others to
 * complain for it; in a private message it is the team member's call. The lists are read once at
 * activation; detectors come and go at runtime, and one that throws is left out (logged once).
 * Thread-safe.
 */
@Component(service = ToneCheck.class, configurationPid = ReplySettings.PID)
public final class ToneChecker implements ToneCheck {

    private static final Logger LOG = System.getLogger(ToneChecker.class.getName());
    private static final Comparator<ToneWarning> TEXT_ORDER = Comparator
            .comparing((ToneWarning warning) -> warning.end() > 0)
            .thenComparingInt(ToneWarning::start)
            .thenComparingInt(ToneWarning::end)
            .thenComparing(ToneWarning::issue);

    private final ToneRules rules;
    private final Duration upsetWindow;
    private final List<FlagDetector> detectors = new CopyOnWriteArrayList<>();
    private final Set<FlagDetector> failed = ConcurrentHashMap.newKeySet();

    @Activate
    public ToneChecker(@Reference Launch launch, ReplySettings settings) {
        this(ToneRules.load(launch.home().resolve("etc").resolve("tone"), problem -> LOG.log(Level.WARNING, problem)),
                Duration.ofMinutes(Math.max(0, settings.upsetAgentMinutes())));
    }

    /** @param upsetWindow how soon after a hostile message an upset team member is warned */
    public ToneChecker(ToneRules rules, Duration upsetWindow) {
        this.rules = rules;
        this.upsetWindow = upsetWindow;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    public void addDetector(FlagDetector detector) {
        detectors.add(detector);
    }

    public void removeDetector(FlagDetector detector) {
        detectors.remove(detector);
        failed.remove(detector);
    }

    @Override
    public List<ToneWarning> check(DraftReply draft) {
        String text = draft.text();
        List<ToneWarning> warnings = new ArrayList<>();
        if (upset(draft)) {
            warnings.add(new ToneWarning(Issue.UPSET_AGENT, 0, 0, ""));
        }
        if (text.isEmpty()) {
            return List.copyOf(warnings);
        }
        Shouting.find(text, rules, warnings);
        phrases(text, draft.visibleToPublic(), warnings);
        if (draft.visibleToPublic()) {
            privateData(text, draft.lang(), warnings);
        }
        warnings.sort(TEXT_ORDER);
        return List.copyOf(warnings);
    }

    /** Upset, answering a hostile message, and soon after it came (or when it came is unknown). */
    private boolean upset(DraftReply draft) {
        if (!draft.agentUpset() || !draft.answeringHostile()) {
            return false;
        }
        return draft.answeredPostedAt() == null
                || Duration.between(draft.answeredPostedAt(), draft.now()).compareTo(upsetWindow) <= 0;
    }

    private void phrases(String text, boolean visibleToPublic, List<ToneWarning> warnings) {
        List<Phrases.Match> matches = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i)) && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
                rules.phrases().matchAt(text, i, matches);
            }
        }
        Map<Issue, Integer> coveredUpTo = new EnumMap<>(Issue.class);
        matches.sort(Comparator.comparingInt(Phrases.Match::start).thenComparing(match -> -match.end()));
        for (Phrases.Match match : matches) {
            if (match.issue() == Issue.REFLEX_COMPENSATION && !visibleToPublic
                    || match.start() < coveredUpTo.getOrDefault(match.issue(), 0)) { // inside a longer phrase of its kind
                continue;
            }
            coveredUpTo.put(match.issue(), match.end()); // a denied phrase denies the shorter ones inside it too
            if (!Negation.precedes(text, match.start())) {
                warnings.add(new ToneWarning(match.issue(), match.start(), match.end(), text.substring(match.start(), match.end())));
            }
        }
    }

    /**
     * A team's detector that fails must not take the composer down with it: its flags are missing,
     * and that is logged once per detector (the exception's type only: its message may quote the draft).
     */
    private List<Flag> detect(FlagDetector detector, String text, String lang) {
        try {
            return detector.detect(text, lang);
        } catch (RuntimeException e) {
            if (failed.add(detector)) {
                LOG.log(Level.WARNING, "flag detector " + detector.getClass().getName() + " failed (" + e.getClass().getName()
                        + "); the tone check goes on without its private-data flags");
            }
            return List.of();
        }
    }

    /** Private data by kind only: the warning must not repeat it. */
    private void privateData(String text, String lang, List<ToneWarning> warnings) {
        List<Flag> found = new ArrayList<>();
        for (FlagDetector detector : detectors) {
            for (Flag flag : detect(detector, text, lang)) {
                if (flag.type().kind() == FlagType.Kind.PRIVATE_DATA
                        && found.stream().noneMatch(seen -> seen.type() == flag.type() && seen.start() < flag.end() && flag.start() < seen.end())) {
                    found.add(flag);
                }
            }
        }
        for (Flag flag : found) {
            warnings.add(new ToneWarning(Issue.PRIVATE_DATA, flag.start(), flag.end(), flag.type().name()));
        }
    }
}

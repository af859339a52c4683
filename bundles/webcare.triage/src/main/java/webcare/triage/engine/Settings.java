package webcare.triage.engine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import webcare.analysis.api.ReachTier;
import webcare.triage.rules.Thresholds;
import webcare.triage.text.Fold;
import webcare.triage.text.Lexicon;
import webcare.triage.text.PhraseIndex;

/**
 * etc/webcare.triage.cfg read and checked once: the keyword lists compiled, the due times and
 * thresholds parsed. A bad value fails with one line naming the key and what to write. Immutable.
 */
record Settings(PhraseIndex index, Thresholds thresholds, DueTimes dueTimes, Set<String> ignoredWords,
        double factMinShare, boolean checkStaff, int memoryItems, int memoryAuthors) {

    static Settings of(TriageConfig config) {
        Map<Lexicon, List<String>> lists = new EnumMap<>(Lexicon.class);
        for (Lexicon lexicon : Lexicon.values()) {
            List<String> words = new ArrayList<>(Lists.split(dutch(config, lexicon)));
            words.addAll(Lists.split(english(config, lexicon)));
            lists.put(lexicon, words);
        }
        Set<String> ignored = new HashSet<>();
        for (String word : Lists.split(config.similar_ignore())) {
            ignored.add(Fold.fold(word));
        }
        Thresholds thresholds = new Thresholds(
                atLeast(config.chronic_minItems(), 1, "chronic.minItems"),
                share(config.chronic_negativeShare(), "chronic.negativeShare"),
                atLeast(config.thread_minItems(), 1, "thread.minItems"),
                share(config.thread_negativeShare(), "thread.negativeShare"),
                atLeast(config.raise_otherAuthors(), 1, "raise.otherAuthors"),
                Duration.ofMinutes(Math.round(60 * atLeast(config.raise_windowHours(), 1, "raise.windowHours"))),
                atLeast(config.similar_minSharedWords(), 1, "similar.minSharedWords"),
                tier(config.respond_minReach(), "respond.minReach"),
                tier(config.amplification_minReach(), "amplification.minReach"),
                atLeast(config.complaint_maxRating(), 1, "complaint.maxRating"));
        return new Settings(new PhraseIndex(lists, atLeast(config.negation_window(), 1, "negation.window")),
                thresholds, new DueTimes(config.dueHours(), config.dueHours_overrides()), Set.copyOf(ignored),
                share(config.facts_minShare(), "facts.minShare"), config.facts_checkStaff(),
                atLeast(config.memory_maxItems(), 100, "memory.maxItems"),
                atLeast(config.memory_maxAuthors(), 100, "memory.maxAuthors"));
    }

    private static String dutch(TriageConfig config, Lexicon lexicon) {
        return switch (lexicon) {
            case SAFETY -> config.escalate_safety_nl();
            case DATA_LEAK -> config.escalate_dataLeak_nl();
            case DEFECT -> config.escalate_defect_nl();
            case SCALE -> config.escalate_scale_nl();
            case LEGAL -> config.escalate_legal_nl();
            case MEDIA -> config.escalate_media_nl();
            case COMPLAINT -> config.complaint_nl();
            case QUESTION -> config.question_nl();
            case STAFF -> config.facts_staff_nl();
            case NEGATION -> config.negation_nl();
        };
    }

    private static String english(TriageConfig config, Lexicon lexicon) {
        return switch (lexicon) {
            case SAFETY -> config.escalate_safety_en();
            case DATA_LEAK -> config.escalate_dataLeak_en();
            case DEFECT -> config.escalate_defect_en();
            case SCALE -> config.escalate_scale_en();
            case LEGAL -> config.escalate_legal_en();
            case MEDIA -> config.escalate_media_en();
            case COMPLAINT -> config.complaint_en();
            case QUESTION -> config.question_en();
            case STAFF -> config.facts_staff_en();
            case NEGATION -> config.negation_en();
        };
    }

    private static int atLeast(int value, int least, String key) {
        if (value < least) {
            throw new IllegalArgumentException(key + " in etc/webcare.triage.cfg must be at least " + least
                    + ", not " + value);
        }
        return value;
    }

    private static double atLeast(double value, double least, String key) {
        if (!(value >= least)) {
            throw new IllegalArgumentException(key + " in etc/webcare.triage.cfg must be at least " + least
                    + ", not " + value);
        }
        return value;
    }

    private static double share(double value, String key) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(key + " in etc/webcare.triage.cfg must be a share from 0 to 1, not "
                    + value);
        }
        return value;
    }

    private static ReachTier tier(String value, String key) {
        String name = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
        for (ReachTier tier : ReachTier.values()) {
            if (tier != ReachTier.UNKNOWN && tier.name().equals(name)) {
                return tier;
            }
        }
        throw new IllegalArgumentException(key + " in etc/webcare.triage.cfg must be SMALL, MEDIUM, LARGE or "
                + "INFLUENTIAL, not '" + value + "'");
    }
}

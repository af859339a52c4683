package webcare.inbox.triage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import webcare.analysis.api.Flag;
import webcare.analysis.api.FlagDetector;
import webcare.analysis.api.LanguageDetector;
import webcare.analysis.api.ReachClassifier;
import webcare.analysis.api.SentimentAnalyser;
import webcare.model.Mention;
import webcare.triage.api.Analysis;

/**
 * Everything the analysers say about a mention, as the triage rules take it: the best-ranked
 * language detector, sentiment analyser and reach classifier, and every flag detector (a team may
 * add one); a detector that fails costs only its own flags.
 */
@Component(service = MentionAnalyser.class)
public final class MentionAnalyser {

    private static final System.Logger LOG = System.getLogger(MentionAnalyser.class.getName());

    @Reference(policyOption = ReferencePolicyOption.GREEDY)
    private LanguageDetector language;
    @Reference(policyOption = ReferencePolicyOption.GREEDY)
    private SentimentAnalyser sentiment;
    @Reference(policyOption = ReferencePolicyOption.GREEDY)
    private ReachClassifier reach;
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private final List<FlagDetector> detectors = new CopyOnWriteArrayList<>();

    public MentionAnalyser() {}

    /** For tests and tools that put the analysers together by hand. */
    public MentionAnalyser(LanguageDetector language, SentimentAnalyser sentiment, ReachClassifier reach,
            List<FlagDetector> detectors) {
        this.language = language;
        this.sentiment = sentiment;
        this.reach = reach;
        this.detectors.addAll(detectors);
    }

    public Analysis analyse(Mention mention) {
        String lang = language.detect(mention.text(), mention.lang());
        List<Flag> flags = new ArrayList<>();
        for (FlagDetector detector : detectors) {
            try {
                flags.addAll(detector.detect(mention.text(), lang));
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "Flag detector " + detector.getClass().getName()
                        + " failed on mention " + mention.externalId() + ": " + e, e);
            }
        }
        flags.sort(Comparator.comparingInt(Flag::start).thenComparingInt(Flag::end));
        Long followers = mention.author() == null ? null : mention.author().followers();
        return new Analysis(lang, sentiment.analyse(mention.text(), lang, mention.rating()), flags,
                reach.tier(mention.source(), followers));
    }
}

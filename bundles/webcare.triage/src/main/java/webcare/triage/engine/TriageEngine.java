package webcare.triage.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.Designate;
import webcare.analysis.api.Cue;
import webcare.analysis.api.Polarity;
import webcare.model.Mention;
import webcare.model.plan.Plan;
import webcare.triage.api.Decision;
import webcare.triage.api.Evidence;
import webcare.triage.api.MentionKey;
import webcare.triage.api.Reason;
import webcare.triage.api.SeenItem;
import webcare.triage.api.Triage;
import webcare.triage.api.TriageContext;
import webcare.triage.api.TriageInput;
import webcare.triage.api.TriageResult;
import webcare.triage.facts.Contradiction;
import webcare.triage.facts.FactSheet;
import webcare.triage.rules.Case;
import webcare.triage.rules.Echoes;
import webcare.triage.rules.Findings;
import webcare.triage.rules.Rule;
import webcare.triage.rules.Rules;
import webcare.triage.rules.Thresholds;
import webcare.triage.text.Fold;
import webcare.triage.text.Hits;
import webcare.triage.text.Subject;
import webcare.triage.text.Tokenizer;
import webcare.triage.text.Tokens;

/**
 * The triage rule engine: reads the text once, asks every rule in {@link Rules#inOrder()}, lets
 * the first that fired decide and keeps the others as secondary reasons; raises a monitored item
 * to RESPOND when enough other authors say the same, now or later. Configured by
 * {@code etc/webcare.triage.cfg} (optional). Thread-safe; the plan's fact sheet is prepared once
 * per plan instance.
 */
@Component(service = Triage.class, configurationPid = TriageConfig.PID)
@Designate(ocd = TriageConfig.class)
public final class TriageEngine implements Triage {

    /** The shared words a raise names, at most. */
    private static final int SHARED_SHOWN = 5;
    /** Monitored items checked again per new item, newest first. */
    static final int RECHECKED = 8;

    /** A plan made ready: its fact sheet, and the ignored subject words with the organisation's own name. */
    private record PreparedPlan(Plan plan, FactSheet sheet, Set<String> ignoredWords) {}

    private final Settings settings;
    private final List<Rule> rules = Rules.inOrder();
    private volatile PreparedPlan prepared;

    @Activate
    public TriageEngine(TriageConfig config) {
        this.settings = Settings.of(config);
    }

    @Override
    public TriageContext memoryContext() {
        return new MemoryContext(settings.memoryItems(), settings.memoryAuthors());
    }

    @Override
    public TriageResult triage(TriageInput input) {
        Mention mention = input.mention();
        TriageContext context = input.context();
        Tokens tokens = Tokenizer.tokens(mention.text());
        Hits hits = settings.index().find(tokens);
        PreparedPlan plan = prepare(input.plan());
        List<Contradiction> contradictions = plan.sheet().contradictions(tokens, hits, settings.index());
        List<String> terms = Subject.terms(tokens, plan.ignoredWords(), cueWords(input), settings.index());
        Set<String> subject = Set.copyOf(terms);
        String author = SeenItem.authorOf(mention);
        String thread = SeenItem.threadOf(mention);
        Case item = new Case(mention, input.analysis(), tokens, hits, context.authorHistory(mention),
                context.threadHistory(mention), contradictions,
                () -> echoes(context, terms, subject, author, thread, mention.created(), mention.created()),
                settings.thresholds());

        Findings findings = new Findings();
        for (Rule rule : rules) {
            rule.evaluate(item, findings);
        }
        List<Reason> reasons = findings.reasons();
        if (reasons.isEmpty()) {
            throw new IllegalStateException("no rule fired for " + MentionKey.of(mention) + ": the rules must end "
                    + "with one for every polarity");
        }
        if (reasons.get(0).decision() == Decision.MONITOR) {
            Echoes echoes = item.echoes();
            if (echoes.authors() >= settings.thresholds().raiseOtherAuthors()) {
                List<Reason> raised = new ArrayList<>(reasons.size() + 1);
                raised.add(raise(echoes));
                raised.addAll(reasons);
                reasons = raised;
            }
        }
        Decision decision = reasons.get(0).decision();
        MentionKey key = MentionKey.of(mention);
        Polarity polarity = input.analysis().sentiment().polarity();
        context.remember(new SeenItem(key, author, thread, mention.created(), decision, subject), polarity);
        List<TriageResult> earlier = polarity == Polarity.NEGATIVE
                ? raiseEarlier(context, key, author, thread, subject, mention.created()) : List.of();
        return new TriageResult(key, decision, Priorities.of(decision, item),
                settings.dueTimes().due(mention.created(), mention.source(), decision), reasons, earlier);
    }

    private PreparedPlan prepare(Plan plan) {
        PreparedPlan current = prepared;
        if (current == null || current.plan() != plan) {
            // every item names the organisation: its name says nothing about the subject
            Set<String> ignored = new HashSet<>(settings.ignoredWords());
            Tokens name = Tokenizer.tokens(plan.organisation().name());
            for (int i = 0; i < name.size(); i++) {
                ignored.add(name.word(i));
            }
            current = new PreparedPlan(plan, new FactSheet(plan, settings.index(), settings.factMinShare(),
                    settings.checkStaff()), Set.copyOf(ignored));
            prepared = current;
        }
        return current;
    }

    private static Set<String> cueWords(TriageInput input) {
        List<Cue> cues = input.analysis().sentiment().cues();
        if (cues.isEmpty()) {
            return Set.of();
        }
        Set<String> words = new HashSet<>();
        for (Cue cue : cues) {
            words.add(Fold.fold(cue.text()));
        }
        return words;
    }

    /**
     * Other authors, outside {@code thread}, on {@code subject} (the same words as {@code terms},
     * which give the order the shared words are named in) from a window before {@code from} to {@code to}.
     */
    private Echoes echoes(TriageContext context, List<String> terms, Set<String> subject, String author,
            String thread, Instant from, Instant to) {
        Thresholds limits = settings.thresholds();
        if (terms.size() < limits.minSharedWords()) {
            return Echoes.NONE;
        }
        Set<String> others = new HashSet<>();
        Set<String> shared = new LinkedHashSet<>();
        for (SeenItem seen : context.similar(subject, limits.minSharedWords(), from.minus(limits.raiseWindow()), to)) {
            if (!seen.author().equals(author) && !seen.thread().equals(thread) && others.add(seen.author())
                    && shared.size() < SHARED_SHOWN) {
                for (String term : terms) {
                    if (seen.terms().contains(term) && shared.size() < SHARED_SHOWN) {
                        shared.add(term);
                    }
                }
            }
        }
        return others.isEmpty() ? Echoes.NONE : new Echoes(others.size(), List.copyOf(shared));
    }

    private Reason raise(Echoes echoes) {
        return new Reason(Rules.RAISED, Decision.RESPOND, List.of(new Evidence.Count(echoes.authors()),
                new Evidence.Count(settings.thresholds().raiseWindow().toHours()),
                new Evidence.Words(echoes.shared())));
    }

    /**
     * Earlier monitored items on this subject that enough other authors have now echoed: only those
     * this negative item is a new echo of (another author, another thread), the newest
     * {@link #RECHECKED} of them, so a busy subject costs no more than a quiet one.
     */
    private List<TriageResult> raiseEarlier(TriageContext context, MentionKey current, String author, String thread,
            Set<String> terms, Instant at) {
        Thresholds limits = settings.thresholds();
        if (terms.size() < limits.minSharedWords()) {
            return List.of();
        }
        List<SeenItem> similar = context.similar(terms, limits.minSharedWords(), at.minus(limits.raiseWindow()), at);
        List<TriageResult> raised = new ArrayList<>(0);
        int rechecked = 0;
        for (int i = similar.size() - 1; i >= 0 && rechecked < RECHECKED; i--) {
            SeenItem seen = similar.get(i);
            if (seen.decision() != Decision.MONITOR || seen.key().equals(current) || seen.author().equals(author)
                    || seen.thread().equals(thread)) {
                continue;
            }
            rechecked++;
            // a remembered subject keeps no text order: its shared words are named alphabetically, in every run alike
            Echoes echoes = echoes(context, seen.terms().stream().sorted().toList(), seen.terms(), seen.author(),
                    seen.thread(), seen.created(), seen.created().plus(limits.raiseWindow()));
            if (echoes.authors() >= limits.raiseOtherAuthors()) {
                // every monitoring rule needs a negative item, so the item's polarity is known
                context.remember(new SeenItem(seen.key(), seen.author(), seen.thread(), seen.created(),
                        Decision.RESPOND, seen.terms()), Polarity.NEGATIVE);
                raised.add(new TriageResult(seen.key(), Decision.RESPOND, Priorities.RAISED_EARLIER,
                        settings.dueTimes().due(seen.created(), seen.key().source(), Decision.RESPOND),
                        List.of(raise(echoes)), List.of()));
            }
        }
        Collections.reverse(raised); // in posting order
        return raised;
    }
}

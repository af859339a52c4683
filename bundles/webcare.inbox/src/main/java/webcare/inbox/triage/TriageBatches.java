package webcare.inbox.triage;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import webcare.model.plan.Plan;
import webcare.plan.api.PlanBook;
import webcare.plan.api.PlanException;
import webcare.store.api.InboxRepository;
import webcare.store.api.InboxRepository.AuthorKey;
import webcare.store.api.InboxRepository.StoredMention;
import webcare.store.api.Store;
import webcare.store.api.StoreException;
import webcare.triage.api.Analysis;
import webcare.triage.api.Decision;
import webcare.triage.api.ReasonRenderer;
import webcare.triage.api.Triage;
import webcare.triage.api.TriageContext;
import webcare.triage.api.TriageInput;
import webcare.triage.api.TriageResult;

/**
 * Triages what was stored since the last run, a batch of {@link #BATCH} mentions per transaction,
 * in the order they were stored, so an author's history builds up as it happened. Monitored items
 * of earlier batches that a new one raises (several other authors now say the same) are raised in
 * the store in the same transaction, unless a person overrode or dealt with them. Run by
 * {@link BackgroundTriage} on its thread; a service of its own so that the analysers (lexicons,
 * models) load at the first run, not at start-up.
 */
@Component(service = TriageBatches.class)
public final class TriageBatches {

    private static final System.Logger LOG = System.getLogger(TriageBatches.class.getName());
    /**
     * Mentions per transaction. Large, because the word index keeps one row per word and batch:
     * 10,000 real posts have about 2.5 rows a mention, 1,000 about 5.5, each an insert at a random
     * place of the index (docs/bench-triage-speed.md). A batch takes a few seconds.
     */
    static final int BATCH = 10_000;
    /** Decisions whose items need nothing: they enter the inbox closed. */
    private static final Set<String> CLOSED = Set.of(Decision.NO_ACTION.name());
    /** The name the rules' own changes are recorded under in an item's work history. */
    static final String WHO = "triage";

    private final Store store;
    private final InboxRepository inbox;
    private final MentionAnalyser analyser;
    private final Triage triage;
    private final PlanBook plans;
    private final ReasonRenderer renderer;
    private final Clock clock;
    private final TriageContext memory;

    @Activate
    public TriageBatches(@Reference Store store, @Reference InboxRepository inbox,
            @Reference MentionAnalyser analyser, @Reference Triage triage, @Reference PlanBook plans,
            @Reference ReasonRenderer renderer) {
        this(store, inbox, analyser, triage, plans, renderer, Clock.systemUTC());
    }

    TriageBatches(Store store, InboxRepository inbox, MentionAnalyser analyser, Triage triage, PlanBook plans,
            ReasonRenderer renderer, Clock clock) {
        this.store = store;
        this.inbox = inbox;
        this.analyser = analyser;
        this.triage = triage;
        this.plans = plans;
        this.renderer = renderer;
        this.clock = clock;
        this.memory = triage.memoryContext();
    }

    /**
     * Triages what is waiting, batch by batch, while {@code goOn} says so; returns how many.
     * Not thread-safe: one caller at a time.
     */
    long all(BooleanSupplier goOn) throws StoreException {
        long done = 0;
        Plan plan = plan(); // the facts and people as they are now, for this whole run
        for (int batch = goOn.getAsBoolean() ? once(plan) : 0; batch > 0;
                batch = goOn.getAsBoolean() ? once(plan) : 0) {
            done += batch;
        }
        if (done > 0) {
            LOG.log(System.Logger.Level.INFO, "Triaged {0} new mentions", done);
        }
        return done;
    }

    /** One batch in one transaction; returns how many were triaged. */
    private int once(Plan plan) throws StoreException {
        return store.inTransaction(tx -> {
            List<StoredMention> waiting = inbox.untriaged(tx, BATCH);
            if (waiting.isEmpty()) {
                return 0;
            }
            Map<AuthorKey, InboxRepository.AuthorHistory> histories = inbox.authorHistories(tx,
                    waiting.stream().map(stored -> AuthorKey.of(stored.mention())).toList());
            StoreContext context = new StoreContext(memory, histories);
            Instant now = clock.instant();
            BatchOutcome outcome = new BatchOutcome(renderer);
            for (StoredMention stored : waiting) {
                Analysis analysis = analyser.analyse(stored.mention());
                TriageResult result = triage.triage(new TriageInput(stored.mention(), analysis, plan, context));
                outcome.add(stored.id(), analysis, result, now);
            }
            // one transaction: the new results and the items they raise are written together or not at all
            inbox.saveTriage(tx, outcome.results(), CLOSED);
            List<Long> raised = inbox.redecide(tx, outcome.earlier(), WHO, now);
            if (!raised.isEmpty()) {
                LOG.log(System.Logger.Level.INFO, "Raised {0} monitored items to RESPOND: other authors say the same",
                        raised.size());
            }
            return waiting.size();
        });
    }

    private Plan plan() {
        try {
            return plans.working().plan();
        } catch (PlanException e) {
            LOG.log(System.Logger.Level.WARNING, "Triage runs without the crisis plan's facts: " + e.getMessage());
            return Plan.empty("");
        }
    }
}

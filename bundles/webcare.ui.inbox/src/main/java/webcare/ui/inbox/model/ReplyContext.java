package webcare.ui.inbox.model;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import webcare.model.Author;
import webcare.model.Mention;
import webcare.reply.api.DraftReply;
import webcare.reply.api.ReplyFields;
import webcare.reply.api.ReplyTemplate;
import webcare.reply.api.ReplyTemplates;
import webcare.reply.api.ToneCheck;
import webcare.reply.api.ToneWarning;
import webcare.response.api.IncidentException;
import webcare.store.api.InboxRepository.Item;
import webcare.triage.api.Decision;

/**
 * What the composer knows about the item it answers: the holding statements of the incidents it is
 * linked to, the templates that fit its decision and language, filled for its author and the team
 * member, and the tone check with the facts it needs. Any service may be absent (the reply or the
 * incident bundle not running): then there are no templates, no warnings or no statements.
 * Thread-safe as its services are; made off the UI thread, quick after that.
 */
public final class ReplyContext {

    /** Decisions whose items count as hostile for the upset-agent check, whatever their score. */
    private static final Set<String> HOSTILE_DECISIONS = Set.of("HIDE_AND_EXPLAIN", "ESCALATE");
    /** A sentiment at or below this is hostile too. */
    private static final double HOSTILE_SENTIMENT = -0.6;

    private final Item item;
    private final ReplyTemplates templates;
    private final ToneCheck tone;
    private final String agent;
    private final IncidentStatements incidents;
    private final List<IncidentStatements.Statement> statements;

    /**
     * @param templates the team's templates; null when the service is absent
     * @param tone      the tone check; null when the service is absent
     * @param agent     the team member answering, for {@code {agent}}
     */
    public ReplyContext(Item item, ReplyTemplates templates, ToneCheck tone, String agent) {
        this(item, templates, tone, agent, new IncidentStatements(null));
    }

    /** As above, with the holding statements of the incidents the item is linked to: read now, off the UI thread. */
    public ReplyContext(Item item, ReplyTemplates templates, ToneCheck tone, String agent, IncidentStatements incidents) {
        this.item = item;
        this.templates = templates;
        this.tone = tone;
        this.agent = agent;
        this.incidents = incidents;
        this.statements = incidents.of(item.row().mentionId());
    }

    /** The holding statements of the running incidents the item is linked to, newest incident first. */
    public List<IncidentStatements.Statement> statements() {
        return statements;
    }

    /** Records that the answer {@code text}, begun from {@code statement}, went out: the incident's public update. */
    public void statementPosted(IncidentStatements.Statement statement, String text) throws IncidentException {
        incidents.posted(statement, text, agent);
    }

    public Item item() {
        return item;
    }

    public Mention mention() {
        return item.mention().mention();
    }

    /** The language the answer is written in: the item's, as triage found it ({@code unknown} when none). */
    public String lang() {
        String lang = item.row().lang();
        return lang == null || lang.isBlank() ? "unknown" : lang;
    }

    /** The templates for the item's decision and language; empty without the service or for an unknown decision. */
    public List<ReplyTemplate> templates() {
        if (templates == null) {
            return List.of();
        }
        Decision decision;
        try {
            decision = Decision.valueOf(item.row().decision());
        } catch (IllegalArgumentException unknown) {
            return List.of();
        }
        return templates.forDecision(decision, lang());
    }

    /** {@code template} filled with the author's name and handle, the agent, and the channel's default. */
    public String fill(ReplyTemplate template) {
        Author author = mention().author();
        String handle = author == null || author.handle() == null ? null : author.handle().replaceFirst("^@", "");
        return templates.fill(template, new ReplyFields(author == null ? null : author.name(), handle, agent, null));
    }

    /** Whether the item is hostile: abuse or a threat, an escalation, or very negative. */
    public boolean hostile() {
        if (HOSTILE_DECISIONS.contains(item.row().decision()) || item.row().sentiment() <= HOSTILE_SENTIMENT) {
            return true;
        }
        return TriageNotes.flags(item.flags()).stream().anyMatch(flag -> flag.kind() != TriageNotes.Kind.PRIVATE_DATA);
    }

    /** The warnings for {@code text} at {@code now}; empty without the service. */
    public List<ToneWarning> check(String text, boolean upset, Instant now) {
        if (tone == null) {
            return List.of();
        }
        return tone.check(new DraftReply(text, lang(), ReplyFlow.isPublic(mention()), hostile(), mention().created(),
                upset, now));
    }
}

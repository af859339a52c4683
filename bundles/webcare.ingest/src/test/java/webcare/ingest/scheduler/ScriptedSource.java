package webcare.ingest.scheduler;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import webcare.model.Author;
import webcare.model.Mention;
import webcare.model.MentionKind;
import webcare.source.api.Cursor;
import webcare.source.api.FetchOutcome;
import webcare.source.api.Source;

/** A source that answers with a script of outcomes, one per fetch, and records the cursors asked for. */
final class ScriptedSource implements Source {

    /** An answer that may block or throw instead of returning. */
    @FunctionalInterface
    interface Answer {
        FetchOutcome answer() throws InterruptedException;
    }

    private final String instance;
    private final BlockingQueue<Answer> script = new LinkedBlockingQueue<>();
    final List<Cursor> asked = new ArrayList<>();
    private FetchOutcome.BadConfiguration settingsProblem;

    ScriptedSource(String instance) {
        this.instance = instance;
    }

    /** Makes this source refuse its settings, as a connector does before asking the platform. */
    ScriptedSource withBadSetting(String key, String message) {
        settingsProblem = new FetchOutcome.BadConfiguration(key, message);
        return this;
    }

    @Override
    public Optional<FetchOutcome.BadConfiguration> settingsProblem() {
        return Optional.ofNullable(settingsProblem);
    }

    ScriptedSource then(Answer answer) {
        script.add(answer);
        return this;
    }

    ScriptedSource thenPage(String next, boolean more, String... ids) {
        List<Mention> page = new ArrayList<>();
        for (String id : ids) {
            page.add(mention(instance, id));
        }
        return then(() -> new FetchOutcome.Page(page, new Cursor(next), more));
    }

    static Mention mention(String instance, String id) {
        return new Mention("twitter", instance, id, MentionKind.POST, null, null,
                new Author("u" + id, "@user" + id, "User " + id, 10L, null), "tweet " + id, "nl", null, null,
                Instant.parse("2026-10-25T00:30:00Z").plusSeconds(Long.parseLong(id.replaceAll("\\D", "0"))), null,
                null, false);
    }

    @Override
    public String type() {
        return "twitter";
    }

    @Override
    public String instance() {
        return instance;
    }

    @Override
    public Duration pollInterval() {
        return Duration.ofHours(1);
    }

    @Override
    public FetchOutcome fetch(Cursor cursor) throws InterruptedException {
        synchronized (asked) {
            asked.add(cursor);
        }
        Answer answer = script.poll();
        if (answer == null) {
            return new FetchOutcome.Page(List.of(), cursor, false);
        }
        return answer.answer();
    }
}

package webcare.incident.command;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import webcare.cli.api.CommandFailedException;
import webcare.incident.api.Observation;
import webcare.ingest.api.MentionFileReader;
import webcare.model.Author;
import webcare.model.Mention;

/**
 * A mention file as the detector replays it: read (a bad line named on {@code err} and skipped),
 * negative or not by {@link Polarity}, in time order, a mention dated after {@code latest} (a wrong
 * clock) counted at the end. For {@code detect} and drills.
 */
final class MentionReplay {

    private final MentionFileReader files;
    private final Polarity polarity;

    MentionReplay(MentionFileReader files, Polarity polarity) {
        this.files = files;
        this.polarity = polarity;
    }

    /** The mentions of {@code file} (of {@code source} only, unless empty) in time order; {@code who} names the command in messages. */
    List<Observation> inTimeOrder(Path file, String source, Instant latest, String who, PrintStream err) {
        return byTime(read(file, source, who, err), latest, who, err);
    }

    private List<Observation> read(Path file, String source, String who, PrintStream err) {
        List<Observation> mentions = new ArrayList<>();
        try {
            files.read(file, new MentionFileReader.Lines() {
                @Override
                public void mention(long line, Mention mention) {
                    if (source.isEmpty() || source.equals(mention.source())) {
                        mentions.add(observation(mention));
                    }
                }

                @Override
                public void bad(long line, String reason) {
                    err.println(who + ": " + file + " line " + line + ": " + reason + " (skipped)");
                }
            });
        } catch (IOException e) {
            throw new CommandFailedException(e.getMessage(), e);
        }
        return mentions;
    }

    private Observation observation(Mention mention) {
        Author author = mention.author();
        String who = author == null ? "" : author.handle() != null ? author.handle()
                : author.id() != null ? author.id() : author.name() != null ? author.name() : "";
        long followers = author == null || author.followers() == null ? 0 : Math.max(0, author.followers());
        String id = mention.instance().isEmpty() ? mention.externalId()
                : mention.instance() + "/" + mention.externalId();
        return new Observation(mention.created(), mention.source(), id, polarity.negative(mention), who, followers,
                mention.text());
    }

    /**
     * The mentions by time; one dated after {@code latest} comes from a clock that was wrong and
     * is counted at the last believable time instead.
     */
    private static List<Observation> byTime(List<Observation> mentions, Instant latest, String who, PrintStream err) {
        List<Observation> believable = new ArrayList<>(mentions.size());
        List<Observation> skewed = new ArrayList<>();
        for (Observation mention : mentions) {
            (mention.created().isAfter(latest) ? skewed : believable).add(mention);
        }
        believable.sort(Comparator.comparing(Observation::created));
        if (!skewed.isEmpty()) {
            Instant end = believable.isEmpty() ? latest : believable.get(believable.size() - 1).created();
            err.println(who + ": " + skewed.size() + " mentions dated after now (the first "
                    + skewed.get(0).source() + ":" + skewed.get(0).id() + " at " + skewed.get(0).created()
                    + ") counted at " + end + ", the end of the replay");
            for (Observation mention : skewed) {
                believable.add(new Observation(end, mention.source(), mention.id(), mention.negative(),
                        mention.author(), mention.followers(), mention.text()));
            }
        }
        return believable;
    }

}

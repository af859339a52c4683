package webcare.source.file;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import webcare.cli.api.CommandFailedException;
import webcare.cli.api.UsageException;
import webcare.cli.api.WebcareCommand;
import webcare.store.api.MentionRepository;
import webcare.store.api.MentionRepository.Query;
import webcare.store.api.Store;
import webcare.store.api.StoreException;

/**
 * {@code mentions [--since T] [--source S] --format jsonl|csv}: writes the stored mentions to
 * standard output, oldest first, in the format {@code import} reads (docs/MENTIONS.md). Streamed:
 * one transaction, never all mentions in memory.
 */
@Component(service = MentionsCommand.class)
@WebcareCommand(function = "mentions")
public final class MentionsCommand {

    private final Store store;
    private final MentionRepository mentions;
    private final ZoneId zone;

    @Activate
    public MentionsCommand(@Reference Store store, @Reference MentionRepository mentions) {
        this(store, mentions, ZoneId.systemDefault());
    }

    /** @param zone where a {@code --since} date starts */
    MentionsCommand(Store store, MentionRepository mentions, ZoneId zone) {
        this.store = store;
        this.mentions = mentions;
        this.zone = zone;
    }

    @Descriptor("write the stored mentions to standard output as JSON Lines or CSV, oldest first; "
            + "--since 2026-10-25 (local midnight) or 2026-10-25T08:00:00Z; see docs/MENTIONS.md")
    public void mentions(
            @Descriptor("--since DATE|INSTANT") @Parameter(names = "--since", absentValue = "") String since,
            @Descriptor("--source NAME") @Parameter(names = "--source", absentValue = "") String source,
            @Descriptor("--format jsonl|csv") @Parameter(names = "--format", absentValue = "") String format) {
        run(since, source, format, System.out);
    }

    /** The command writing to {@code out}; empty arguments mean "not given". */
    void run(String since, String source, String format, PrintStream out) {
        if (format.isEmpty()) {
            throw new UsageException("say which format: --format jsonl or --format csv");
        }
        MentionFormat chosen = MentionFormat.named(format).orElseThrow(
                () -> new UsageException("--format must be jsonl or csv, not " + MentionFields.quote(format)));
        Query query = new Query(source.isEmpty() ? null : source, null, since.isEmpty() ? null : instant(since), null);
        OutputStream buffered = new BufferedOutputStream(out, 1 << 16);
        try {
            MentionWriter writer = chosen.writer(buffered);
            long[] written = {0};
            store.inTransaction(tx -> {
                mentions.forEach(tx, query, mention -> {
                    try {
                        writer.write(mention);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    if (++written[0] % 10_000 == 0 && out.checkError()) {
                        // e.g. piped into head, which has quit: stop reading the store
                        throw new UncheckedIOException(new IOException("standard output is closed"));
                    }
                });
                return null;
            });
            writer.close();
            buffered.flush();
        } catch (StoreException e) {
            throw new CommandFailedException(e.getMessage(), e);
        } catch (IOException | UncheckedIOException e) {
            String reason = e instanceof UncheckedIOException unchecked ? unchecked.getCause().getMessage()
                    : e.getMessage();
            throw new CommandFailedException("cannot write the mentions: " + reason, e);
        }
    }

    private Instant instant(String since) {
        try {
            return since.contains("T") ? Instant.parse(since) : LocalDate.parse(since).atStartOfDay(zone).toInstant();
        } catch (DateTimeException e) {
            throw new UsageException("--since must be an ISO date like 2026-10-25 or an instant like "
                    + "2026-10-25T08:00:00Z, not " + MentionFields.quote(since));
        }
    }
}

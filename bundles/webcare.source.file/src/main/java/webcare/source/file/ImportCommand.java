package webcare.source.file;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.apache.felix.service.command.Descriptor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import webcare.cli.api.CommandFailedException;
import webcare.cli.api.UsageException;
import webcare.cli.api.WebcareCommand;
import webcare.store.api.MentionRepository;
import webcare.store.api.Store;

/**
 * {@code import FILE}: stores the mentions of a JSON Lines or CSV file (docs/MENTIONS.md). Bad
 * lines are reported on standard error and skipped; the good ones are imported; exit 1 when any
 * line was bad. The method is {@code _import} because {@code import} is a Java keyword: Gogo
 * finds keyword commands under a leading underscore.
 */
@Component(service = ImportCommand.class)
@WebcareCommand(function = "import")
public final class ImportCommand {

    /** Mentions per transaction. */
    static final int BATCH = 1_000;
    static final long PROGRESS_EVERY = 100_000;
    static final int MAX_BAD_SHOWN = 1_000;

    private final Store store;
    private final MentionRepository mentions;

    @Activate
    public ImportCommand(@Reference Store store, @Reference MentionRepository mentions) {
        this.store = store;
        this.mentions = mentions;
    }

    @Descriptor("import mentions from a JSON Lines (.jsonl, .json, .ndjson) or CSV (.csv) file; see docs/MENTIONS.md")
    public void _import(@Descriptor("file") String file) {
        run(file, System.out, System.err);
    }

    /** The command with its streams: the summary to {@code out}, progress and bad lines to {@code err}. */
    void run(String file, PrintStream out, PrintStream err) {
        MentionFormat format = MentionFormat.ofFile(file)
                .orElseThrow(() -> new UsageException(MentionFormat.unknown(file)));
        Path path;
        try {
            path = Path.of(file);
        } catch (InvalidPathException e) {
            throw new UsageException("'" + file + "' is not a file name: " + e.getReason());
        }
        if (!Files.isRegularFile(path)) {
            throw new UsageException("no file '" + file + "'");
        }
        MentionImport.Result result;
        try (InputStream in = Files.newInputStream(path); MentionReader reader = format.reader(in)) {
            result = new MentionImport(store, mentions, BATCH, PROGRESS_EVERY, MAX_BAD_SHOWN).run(file, reader, err);
        } catch (IOException e) {
            throw new CommandFailedException("cannot read '" + file + "': " + e.getMessage()
                    + " (what was read before is stored; importing it again adds nothing twice)", e);
        } catch (MentionImport.Failed e) {
            throw new CommandFailedException(e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CommandFailedException("interrupted while importing '" + file + "'", e);
        }
        out.printf("imported %d (%d new, %d edited, %d unchanged), %d bad lines%n", result.imported(),
                result.saved().added(), result.saved().edited(), result.saved().unchanged(), result.bad());
        out.flush();
        if (result.bad() > 0) {
            throw new CommandFailedException(result.bad() + (result.bad() == 1 ? " line" : " lines") + " of '" + file
                    + "' could not be imported (see above); the others were");
        }
    }
}

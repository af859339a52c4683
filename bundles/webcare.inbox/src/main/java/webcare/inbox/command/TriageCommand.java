package webcare.inbox.command;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import webcare.cli.api.CommandFailedException;
import webcare.cli.api.WebcareCommand;
import webcare.ingest.api.MentionFileReader;
import webcare.inbox.triage.MentionAnalyser;
import webcare.inbox.triage.TriageJson;
import webcare.model.Mention;
import webcare.model.plan.Plan;
import webcare.plan.api.PlanBook;
import webcare.plan.api.PlanException;
import webcare.store.api.MentionRepository;
import webcare.store.api.Store;
import webcare.store.api.StoreException;
import webcare.triage.api.Analysis;
import webcare.triage.api.ReasonRenderer;
import webcare.triage.api.Triage;
import webcare.triage.api.TriageContext;
import webcare.triage.api.TriageInput;

/**
 * {@code triage [--input FILE]}: runs analysis and the triage rules over the stored mentions (oldest
 * first) or over a mention file in its order, and prints one JSON line per mention (docs/TRIAGE.md).
 * It only reads: what the inbox holds is triaged in the background. A bad line of the file is
 * reported on standard error with its number and skipped.
 */
@Component(service = TriageCommand.class)
@WebcareCommand(function = "triage")
public final class TriageCommand {

    private final Store store;
    private final MentionRepository mentions;
    private final MentionFileReader files;
    private final MentionAnalyser analyser;
    private final Triage triage;
    private final PlanBook plans;
    private final ReasonRenderer renderer;

    @Activate
    public TriageCommand(@Reference Store store, @Reference MentionRepository mentions,
            @Reference MentionFileReader files, @Reference MentionAnalyser analyser, @Reference Triage triage,
            @Reference PlanBook plans, @Reference ReasonRenderer renderer) {
        this.store = store;
        this.mentions = mentions;
        this.files = files;
        this.analyser = analyser;
        this.triage = triage;
        this.plans = plans;
        this.renderer = renderer;
    }

    @Descriptor("print the triage of each stored mention, or of each mention in a file in its order, "
            + "as JSON Lines: id, lang, sentiment, polarity, flags, decision, priority, due, reasons (docs/TRIAGE.md)")
    public void triage(@Descriptor("--input FILE") @Parameter(names = "--input", absentValue = "")
            String input) {
        run(input, System.out, System.err);
    }

    void run(String input, PrintStream out, PrintStream err) {
        PrintWriter lines = new PrintWriter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
                1 << 16));
        Plan plan = plan();
        TriageContext context = triage.memoryContext();
        try {
            if (input.isEmpty()) {
                store.inTransaction(tx -> {
                    mentions.forEach(tx, MentionRepository.Query.ALL, mention -> print(lines, mention, plan, context));
                    return null;
                });
            } else {
                Path file = Path.of(input);
                files.read(file, new MentionFileReader.Lines() {
                    @Override
                    public void mention(long line, Mention mention) {
                        print(lines, mention, plan, context);
                    }

                    @Override
                    public void bad(long line, String reason) {
                        lines.flush();
                        err.println("webcare triage: " + file + " line " + line + ": " + reason + " (skipped)");
                    }
                });
            }
        } catch (StoreException | IOException e) {
            throw new CommandFailedException(e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new CommandFailedException("cannot write: " + e.getCause().getMessage(), e);
        } finally {
            lines.flush();
        }
    }

    private void print(PrintWriter lines, Mention mention, Plan plan, TriageContext context) {
        Analysis analysis = analyser.analyse(mention);
        var result = triage.triage(new TriageInput(mention, analysis, plan, context));
        lines.println(TriageJson.line(mention.source() + ":" + mention.externalId(), analysis, result, renderer,
                Locale.ENGLISH));
        if (lines.checkError()) {
            throw new UncheckedIOException(new IOException("standard output is closed"));
        }
    }

    private Plan plan() {
        try {
            return plans.working().plan();
        } catch (PlanException e) {
            throw new CommandFailedException("cannot read the crisis plan for its facts: " + e.getMessage(), e);
        }
    }
}

package webcare.ui.plan.model;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import webcare.model.plan.Plan;
import webcare.plan.api.PlanBook;
import webcare.plan.api.PlanChangedException;
import webcare.plan.api.PlanCodec;
import webcare.plan.api.PlanException;
import webcare.plan.api.PlanInvalidException;
import webcare.plan.api.PlanRead;
import webcare.ui.api.FailureText;

/**
 * The plan services' calls the editor makes off the UI thread, each come to an outcome that says
 * in the window's language why it failed: the services are asked in that language, so their
 * refusals (a plan changed meanwhile, a file's errors with their JSON paths) are sentences in it;
 * a low-level failure (the OS, an unexpected exception) becomes its detail, quoted, never a Java
 * class name. Stateless apart from the language; safe on any thread.
 */
public final class PlanCalls {

    private final ResourceBundle texts;
    private final Locale locale;
    private final FailureText failures;

    /** @param texts the editor's texts, for what the editor itself says about a file */
    public PlanCalls(ResourceBundle texts, Locale locale) {
        this.texts = texts;
        this.locale = locale;
        this.failures = new FailureText(locale);
    }

    /** Saves {@code plan} on the revision it was based on. */
    public SaveOutcome save(PlanBook book, Plan plan, long basedOn, String who) {
        try {
            return new SaveOutcome.Saved(book.save(plan, basedOn, who, locale));
        } catch (PlanChangedException e) {
            return new SaveOutcome.Changed(e);
        } catch (PlanInvalidException e) {
            return new SaveOutcome.Invalid(e);
        } catch (PlanException | RuntimeException e) {
            return new SaveOutcome.Failed(problem(e));
        }
    }

    /** Replaces the working plan with an imported one. */
    public SaveOutcome replace(PlanBook book, Plan plan, String who) {
        try {
            return new SaveOutcome.Saved(book.replace(plan, who, locale));
        } catch (PlanInvalidException e) {
            return new SaveOutcome.Invalid(e);
        } catch (PlanException | RuntimeException e) {
            return new SaveOutcome.Failed(problem(e));
        }
    }

    /** Reads a plan file to import, with what was assumed about it. */
    public ImportRead read(PlanCodec codec, Path file) {
        try {
            PlanRead read = codec.readWithNotes(Files.readString(file, StandardCharsets.UTF_8), locale);
            return new ImportRead.Parsed(read.plan(), read.notes());
        } catch (PlanInvalidException e) {
            return new SaveOutcome.Invalid(e);
        } catch (NoSuchFileException e) {
            return new SaveOutcome.Failed(texts.getString("import.notFound"));
        } catch (CharacterCodingException e) {
            return new SaveOutcome.Failed(texts.getString("import.notText"));
        } catch (IOException | RuntimeException e) {
            return new SaveOutcome.Failed(problem(e));
        }
    }

    /**
     * One line for people about {@code failure}: a plan service's own message, already a sentence
     * in the window's language, or else the detail of a low-level failure.
     */
    public String problem(Exception failure) {
        return failure instanceof PlanException && failure.getMessage() != null ? failure.getMessage()
                : failures.detail(failure);
    }
}

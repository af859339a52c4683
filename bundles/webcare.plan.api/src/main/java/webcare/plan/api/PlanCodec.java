package webcare.plan.api;

import org.osgi.annotation.versioning.ProviderType;
import java.util.List;
import java.util.Locale;
import webcare.model.plan.Plan;

/**
 * The plan JSON format (docs/PLAN.md, schema docs/plan.schema.json): backup, version control,
 * exchange. Strict in what it writes, lenient in what it reads: {@link #write} gives one canonical
 * text for a plan, so export → import → export gives the same bytes; reading also takes the plain
 * shape people write by hand, and says what it assumed.
 */
@ProviderType
public interface PlanCodec {

    /**
     * Reads a plan, canonical or in the plain shape, without saying what was assumed: for files
     * the workbench wrote itself. Errors are said in English.
     *
     * @throws PlanInvalidException listing every error (unknown or missing fields, wrong types,
     *     duplicate ids, references to unknown people, roles or tasks, anything too ambiguous to
     *     assume) with its JSON path
     */
    Plan read(String json) throws PlanInvalidException;

    /**
     * Reads a plan as {@link #read} does, with a note for every assumption made about a file in
     * the plain shape (an organisation given as its name, a severity as a word, a statement
     * without a kind, no format marker): for files people wrote. Notes never stop a read; what
     * cannot be assumed safely is an error. This default, for readers of the canonical form only,
     * notes nothing.
     *
     * @throws PlanInvalidException as {@link #read}
     * @since 1.1
     */
    default PlanRead readWithNotes(String json) throws PlanInvalidException {
        return new PlanRead(read(json), List.of());
    }

    /**
     * Reads a plan as {@link #read(String)} does, its errors said in {@code language} (Dutch for
     * "nl", English otherwise): for a window that shows them. The JSON paths stay as they are. This
     * default, for providers that speak one language, ignores {@code language}.
     *
     * @throws PlanInvalidException as {@link #read(String)}, its message and errors in {@code language}
     * @since 1.4
     */
    default Plan read(String json, Locale language) throws PlanInvalidException {
        return read(json);
    }

    /**
     * Reads a plan as {@link #readWithNotes(String)} does, its notes and errors said in
     * {@code language}. This default ignores {@code language}.
     *
     * @throws PlanInvalidException as {@link #read(String, Locale)}
     * @since 1.4
     */
    default PlanRead readWithNotes(String json, Locale language) throws PlanInvalidException {
        return readWithNotes(json);
    }

    /** The canonical JSON text of {@code plan}: UTF-8, two-space indents, "\n", a final newline. */
    String write(Plan plan);
}

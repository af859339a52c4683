package webcare.plan.api;

import org.osgi.annotation.versioning.ProviderType;
import webcare.model.plan.Plan;

/**
 * The plan JSON format (docs/PLAN.md, schema docs/plan.schema.json): backup, version control,
 * exchange. {@link #write} gives one canonical text for a plan, so export → import → export gives
 * the same bytes.
 */
@ProviderType
public interface PlanCodec {

    /**
     * Reads a plan.
     *
     * @throws PlanInvalidException listing every error (unknown or missing fields, wrong types,
     *     duplicate ids, references to unknown people, roles or tasks) with its JSON path
     */
    Plan read(String json) throws PlanInvalidException;

    /** The canonical JSON text of {@code plan}: UTF-8, two-space indents, "\n", a final newline. */
    String write(Plan plan);
}

package webcare.plan.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import org.osgi.service.component.annotations.Component;
import webcare.model.plan.Plan;
import webcare.plan.api.PlanCodec;
import webcare.plan.api.PlanError;
import webcare.plan.api.PlanInvalidException;
import webcare.plan.validation.PlanValidator;

/**
 * The plan JSON format of docs/PLAN.md. Reading collects every error: first those of the file's
 * structure, then those of its content (duplicate ids, unknown references) as the editor's
 * saves check them, leaving out content errors at places whose structure is already wrong.
 * Thread-safe.
 */
@Component
public final class JsonPlanCodec implements PlanCodec {

    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private final PlanValidator validator = new PlanValidator();

    @Override
    public Plan read(String json) throws PlanInvalidException {
        JsonNode root;
        try {
            root = mapper.readTree(json.startsWith("\uFEFF") ? json.substring(1) : json);
        } catch (JsonProcessingException e) {
            throw PlanValidator.invalid("the plan file", List.of(syntaxError(e)), "");
        }
        PlanJsonReader reader = new PlanJsonReader();
        Plan plan = reader.read(root);
        List<PlanError> errors = new ArrayList<>(reader.errors);
        if (plan != null) {
            for (PlanError error : validator.check(plan)) {
                if (errors.stream().noneMatch(known -> within(error.path(), known.path()))) {
                    errors.add(error);
                }
            }
        }
        if (!errors.isEmpty()) {
            throw PlanValidator.invalid("the plan file", errors, "");
        }
        return plan;
    }

    @Override
    public String write(Plan plan) {
        return PlanJsonWriter.write(plan);
    }

    /** Whether {@code path} is {@code outer} or lies inside it. */
    private static boolean within(String path, String outer) {
        return path.startsWith(outer) && (path.length() == outer.length() || path.charAt(outer.length()) == '.'
                || path.charAt(outer.length()) == '[');
    }

    private static PlanError syntaxError(JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        String where = location == null ? "" : " at line " + location.getLineNr() + ", column "
                + location.getColumnNr();
        String reason = e.getOriginalMessage().lines().findFirst().orElse("").strip();
        return new PlanError("$", "not JSON" + where + ": " + reason + ": correct the file there (a missing comma, "
                + "quote or bracket?)");
    }
}

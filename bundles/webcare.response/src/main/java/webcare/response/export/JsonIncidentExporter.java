package webcare.response.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.osgi.service.component.annotations.Component;
import webcare.response.api.Evaluation;
import webcare.response.api.Incident;
import webcare.response.api.IncidentExporter;
import webcare.response.api.IncidentReport;
import webcare.response.api.RoleHolder;
import webcare.response.api.TaskState;
import webcare.response.api.TimelineEntry;

/**
 * The incident as one JSON object: its fields, roles, tasks, times (ISO durations), evaluation and
 * the whole timeline in order, instants in UTC. For other tools; the same in every language.
 */
@Component(property = IncidentExporter.FORMAT + "=json")
public final class JsonIncidentExporter implements IncidentExporter {

    private static final JsonFactory JSON = new JsonFactory();

    @Override
    public String extension() {
        return "json";
    }

    @Override
    public void write(IncidentReport report, Locale language, OutputStream out) throws IOException {
        Incident incident = report.incident();
        try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            json.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeNumberField("id", incident.id());
            json.writeStringField("title", incident.title());
            json.writeBooleanField("drill", incident.drill());
            json.writeStringField("status", incident.status().name().toLowerCase(Locale.ROOT));
            json.writeStringField("origin", incident.origin().name().toLowerCase(Locale.ROOT));
            optional(json, "scenario", incident.scenarioId());
            json.writeStringField("scenarioName", incident.scenarioName());
            json.writeNumberField("severity", incident.severity());
            json.writeStringField("started", incident.started().toString());
            json.writeStringField("detected", incident.detected().toString());
            optional(json, "reported", incident.reported().map(Instant::toString));
            json.writeStringField("opened", incident.opened().toString());
            json.writeStringField("openedBy", incident.openedBy());
            json.writeNumberField("linkedMentions", incident.linkedMentions());
            json.writeObjectFieldStart("times");
            json.writeStringField("toDetect", report.measures().toDetect().toString());
            optional(json, "toAcknowledge", report.measures().toAcknowledge().map(Duration::toString));
            optional(json, "toFirstUpdate", report.measures().toFirstUpdate().map(Duration::toString));
            optional(json, "toResolve", report.measures().toResolve().map(Duration::toString));
            json.writeEndObject();
            json.writeArrayFieldStart("roles");
            for (RoleHolder role : incident.roles()) {
                json.writeStartObject();
                json.writeStringField("role", role.roleId());
                json.writeStringField("name", role.roleName());
                json.writeStringField("person", role.personId());
                json.writeStringField("personName", role.personName());
                json.writeBooleanField("deputy", role.deputy());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("tasks");
            for (TaskState task : incident.tasks()) {
                json.writeStartObject();
                json.writeStringField("task", task.taskId());
                json.writeStringField("title", task.title());
                json.writeStringField("role", task.roleId());
                json.writeStringField("due", task.due().toString());
                optional(json, "done", task.done().map(Instant::toString));
                optional(json, "doneBy", task.doneBy());
                json.writeEndObject();
            }
            json.writeEndArray();
            if (report.evaluation().isPresent()) {
                Evaluation evaluation = report.evaluation().get();
                json.writeObjectFieldStart("evaluation");
                json.writeStringField("whatHappened", evaluation.whatHappened());
                json.writeStringField("wentWell", evaluation.wentWell());
                json.writeStringField("toImprove", evaluation.toImprove());
                json.writeArrayFieldStart("actions");
                for (Evaluation.FollowUp action : evaluation.actions()) {
                    json.writeStartObject();
                    json.writeStringField("what", action.what());
                    json.writeStringField("owner", action.owner());
                    json.writeStringField("due", action.due().toString());
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeArrayFieldStart("timeline");
            for (TimelineEntry entry : report.timeline()) {
                json.writeStartObject();
                json.writeNumberField("id", entry.id());
                json.writeStringField("at", entry.at().toString());
                json.writeStringField("kind", entry.kind().name().toLowerCase(Locale.ROOT));
                json.writeStringField("actor", entry.actor());
                json.writeStringField("text", entry.text());
                if (entry.corrects().isPresent()) {
                    json.writeNumberField("corrects", entry.corrects().get());
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        out.flush();
    }

    private static void optional(JsonGenerator json, String name, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            json.writeStringField(name, value.get());
        }
    }
}

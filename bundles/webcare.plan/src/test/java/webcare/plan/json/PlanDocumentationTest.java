package webcare.plan.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import webcare.model.plan.Plan;
import webcare.plan.api.Finding;
import webcare.plan.api.PlanRead;
import webcare.plan.book.StoredPlanBook;
import webcare.plan.health.PlanHealthCheck;

/** What docs/PLAN.md shows is what the code does. Skipped when docs/ is not beside the bundles. */
class PlanDocumentationTest {

    private static final Path DOC = Path.of("../../docs/PLAN.md");

    private final JsonPlanCodec codec = new JsonPlanCodec();
    private String doc;

    @BeforeEach
    void read() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(DOC), "no " + DOC.toAbsolutePath().normalize());
        doc = Files.readString(DOC);
    }

    private String block(String opening) {
        int start = doc.indexOf(opening);
        assertThat(start).as(opening).isNotNegative();
        start += opening.length();
        return doc.substring(start, doc.indexOf("```", start));
    }

    @Test
    void theExampleIsAValidPlanInCanonicalForm() throws Exception {
        String example = block("```json\n");

        assertThat(codec.write(codec.read(example))).isEqualTo(example);
        Plan plan = codec.read(example);
        assertThat(plan.escalation()).isNotEmpty();
        assertThat(plan.contactTree()).isNotEmpty();
        assertThat(plan.contentCalendar()).isNotEmpty();
        assertThat(plan.facts()).isNotEmpty();
        assertThat(plan.reviews()).isNotEmpty();
        assertThat(plan.flags()).isNotEmpty();
        assertThat(plan.nextReview()).isNotNull();
    }

    @Test
    void theCheckShownIsWhatTheExampleGets() throws Exception {
        Plan plan = codec.read(block("```json\n"));
        String shown = block("$ ./webcare --headless plan check --today 2026-09-20\n");

        List<Finding> findings = new PlanHealthCheck().check(plan, LocalDate.of(2026, 9, 20), Locale.ENGLISH);

        assertThat(shown.lines()).containsExactlyElementsOf(findings.stream().map(Finding::toString).toList());
    }

    @Test
    void theCheckShownInDutchIsWhatTheExampleGets() throws Exception {
        Plan plan = codec.read(block("```json\n"));
        String shown = block("$ ./webcare --headless plan check --today 2026-09-20 --lang nl\n");

        List<Finding> findings = new PlanHealthCheck().check(plan, LocalDate.of(2026, 9, 20),
                Locale.forLanguageTag("nl"));

        assertThat(shown.lines()).containsExactlyElementsOf(findings.stream().map(Finding::toString).toList());
    }

    @Test
    void thePlainExampleIsImportedWithTheNotesShownAndExportedCanonically() throws Exception {
        PlanRead read = codec.readWithNotes(block("A plain file, `kwiek.json`:\n\n```json\n"));
        List<String> shown = block("$ ./webcare --headless plan import kwiek.json\n").lines().toList();

        assertThat(shown.get(0)).isEqualTo("imported plan: " + StoredPlanBook.counts(read.plan()));
        assertThat(shown.subList(1, shown.size())).containsExactlyElementsOf(read.notes().stream()
                .map(note -> "kwiek.json: " + note).toList());
        String written = codec.write(read.plan());
        assertThat(written).contains("\"format\": \"webcare-plan\"", "\"formatVersion\": 1",
                "\"organisation\": {\n    \"name\": \"Kwiek B.V.\"\n  }", "\"severity\": 3");
        assertThat(codec.readWithNotes(written).notes()).isEmpty();
    }

    @Test
    void listsEveryHealthCheckCode() {
        for (String code : List.of("role-without-primary", "role-without-deputy", "single-point-of-failure",
                "unknown-person", "scenario-without-roles", "review-overdue", "person-without-phone",
                "person-without-email", "contact-unconfirmed", "task-without-target-time",
                "statement-missing-language", "review-due-soon")) {
            assertThat(doc).contains("| `" + code + "` |");
        }
    }
}

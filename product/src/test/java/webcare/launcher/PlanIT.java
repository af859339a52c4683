package webcare.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The crisis plan through the product's headless commands: import, check (English, Dutch), export, invitation. */
class PlanIT {

    /** A small plan with one health problem: the crisis lead has no deputy. */
    private static final String PLAN = """
            {
              "format": "webcare-plan",
              "formatVersion": 1,
              "organisation": {"name": "Fietsenmakerij Ëlberts"},
              "people": [
                {"id": "zoe", "name": "Zoë Ëlberts", "phone": "+31 6 1234 5678", "email": "zoe@elberts.example",
                 "languages": ["nl", "en"]},
                {"id": "jose", "name": "José Müller", "phone": "+31 6 8765 4321", "email": "jose@elberts.example",
                 "languages": ["nl"]}
              ],
              "roles": [
                {"id": "lead", "name": "Crisisleider", "critical": true, "primary": "zoe", "deputies": [],
                 "tasks": [{"id": "convene", "title": "Crisisteam bijeenroepen", "targetMinutes": 30}]},
                {"id": "spokes", "name": "Woordvoerder", "critical": true, "primary": "jose", "deputies": ["zoe"],
                 "tasks": [{"id": "ack", "title": "Publiek erkennen", "targetMinutes": 60, "repeatMinutes": 120}]}
              ],
              "scenarios": [
                {"id": "outage", "name": "Storing", "severity": 3, "roles": ["lead", "spokes"], "tasks": [],
                 "statements": [
                   {"kind": "holding", "lang": "nl", "text": "We weten van de storing en werken aan een oplossing."},
                   {"kind": "holding", "lang": "en", "text": "We know about the outage and are working on it."}]}
              ],
              "reviews": [
                {"date": "2026-06-01", "approvedBy": "zoe", "participants": ["zoe", "jose"],
                 "confirmedContacts": ["zoe", "jose"], "items": []}
              ],
              "nextReview": "2027-05-31"
            }
            """;

    @TempDir
    Path home;

    @TempDir
    Path files;

    private Product.Run webcare(String... arguments) throws Exception {
        return Product.run(home, Product.distribution(), Map.of(), arguments);
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(files.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void aPlanIsImportedCheckedExportedAsJsonPdfAndHtmlAndInvitesToItsNextReview() throws Exception {
        Product.Run imported = webcare("--headless", "plan", "import", write("plan.json", PLAN).toString());
        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("2 people, 2 roles, 2 tasks");

        Product.Run check = webcare("--headless", "plan", "check", "--today", "2026-11-24");
        assertThat(check.exit()).as("an ERROR finding fails the check").isEqualTo(1);
        assertThat(check.out().lines())
                .anySatisfy(line -> assertThat(line).startsWith("ERROR role-without-deputy: ").contains("Crisisleider"))
                .allSatisfy(line -> assertThat(line).matches("(ERROR|WARN) [a-z-]+: .+"));
        Product.Run dutch = webcare("--headless", "plan", "check", "--today", "2026-11-24", "--lang", "nl");
        assertThat(dutch.exit()).as("the same findings, in Dutch").isEqualTo(1);
        assertThat(dutch.out().lines()).contains("ERROR role-without-deputy: Kritieke rol Crisisleider heeft geen "
                + "vervanger: wijs iemand aan die kan invallen.");

        Path first = files.resolve("first.json");
        Path second = files.resolve("second.json");
        assertThat(webcare("--headless", "plan", "export", "--format", "json", first.toString()).exit()).isZero();
        assertThat(webcare("--headless", "plan", "import", first.toString()).exit()).isZero();
        assertThat(webcare("--headless", "plan", "export", "--format", "json", second.toString()).exit()).isZero();
        assertThat(Files.readAllBytes(second)).as("export, import, export: the same bytes")
                .isEqualTo(Files.readAllBytes(first));

        Path pdf = files.resolve("plan.pdf");
        Product.Run exported = webcare("--headless", "plan", "export", "--format", "pdf", pdf.toString());
        assertThat(exported.exit()).as(exported.err()).isZero();
        assertThat(new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        Path html = files.resolve("plan.html");
        assertThat(webcare("--headless", "plan", "export", "--format", "html", "--lang", "en", html.toString())
                .exit()).isZero();
        assertThat(Files.readString(html)).contains("Zoë Ëlberts", "+31&nbsp;6&nbsp;8765&nbsp;4321", "Publiek erkennen",
                "We know about the outage");

        Path ics = files.resolve("review.ics");
        assertThat(webcare("--headless", "plan", "review-invite", ics.toString()).exit()).isZero();
        assertThat(Files.readString(ics)).startsWith("BEGIN:VCALENDAR").contains("BEGIN:VEVENT", "20270531T100000");
    }

    @Test
    void aPlainFileIsImportedWithANotePerAssumptionAndExportedCanonically() throws Exception {
        Path plain = write("kwiek.json", """
                {
                  "organisation": "Kwiek B.V.",
                  "people": [{"id": "sanne", "name": "Sanne Kok", "phone": "+31 6 2222 3333"}],
                  "roles": [{"id": "lead", "name": "Crisisleider", "primary": "sanne"}],
                  "scenarios": [
                    {"id": "storing", "name": "Storing", "severity": "hoog", "roles": ["lead"],
                     "statements": [{"lang": "nl", "text": "We werken eraan."}]}
                  ]
                }
                """);

        Product.Run imported = webcare("--headless", "plan", "import", plain.toString());

        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.out().lines()).containsSubsequence(
                "imported plan: 1 people, 1 roles, 0 tasks, 1 scenarios",
                plain + ": $: no format marker: read as plan format 1",
                plain + ": $.organisation: read the text \"Kwiek B.V.\" as the organisation's name",
                plain + ": $.scenarios[0].severity: read \"hoog\" as 3 (high)",
                plain + ": $.scenarios[0].statements[0]: no kind given: taken as the holding statement");
        Path exported = files.resolve("canonical.json");
        assertThat(webcare("--headless", "plan", "export", "--format", "json", exported.toString()).exit()).isZero();
        assertThat(Files.readString(exported)).startsWith("{\n  \"format\": \"webcare-plan\",\n  \"formatVersion\": 1,\n"
                + "  \"organisation\": {\n    \"name\": \"Kwiek B.V.\"\n  },\n").contains("\"severity\": 3,",
                "\"kind\": \"holding\",\n          \"lang\": \"nl\",").doesNotContain("hoog");
        Product.Run again = webcare("--headless", "plan", "import", exported.toString());
        assertThat(again.exit()).isZero();
        assertThat(again.out()).as("the canonical form needs no assumptions").contains("imported plan: ")
                .doesNotContain(exported + ": ");

        Product.Run vague = webcare("--headless", "plan", "import", write("erg.json", Files.readString(plain)
                .replace("\"hoog\"", "\"erg\"")).toString());
        assertThat(vague.exit()).isEqualTo(1);
        assertThat(vague.err()).contains("erg.json: $.scenarios[0].severity: \"erg\" is not a severity: write a number "
                + "from 1 (low) to 4 (critical), or one of laag, midden, hoog, kritiek, low, medium, high, critical");
    }

    @Test
    void aPlanWithErrorsIsRefusedWithEveryErrorAndItsPathAndNothingIsImported() throws Exception {
        String broken = PLAN.replace("\"deputies\": [\"zoe\"]", "\"deputies\": [\"nobody\"]")
                .replace("\"severity\": 3", "\"severity\": 3, \"colour\": \"red\"")
                .replace("{\"id\": \"jose\", \"name\": \"José Müller\",", "{\"id\": \"zoe\",");

        Product.Run run = webcare("--headless", "plan", "import", write("broken.json", broken).toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("broken.json: $.roles[1].deputies[0]: ", "broken.json: $.scenarios[0].colour: ",
                "broken.json: $.people[1].name: ", "broken.json: $.people[1].id: ");
        Path after = files.resolve("after.json");
        assertThat(webcare("--headless", "plan", "export", "--format", "json", after.toString()).exit()).isZero();
        assertThat(Files.readString(after)).as("nothing imported").doesNotContain("Ëlberts");
    }
}

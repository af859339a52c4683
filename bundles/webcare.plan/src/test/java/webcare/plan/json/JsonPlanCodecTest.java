package webcare.plan.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import webcare.model.plan.CalendarRule;
import webcare.model.plan.Organisation;
import webcare.model.plan.Person;
import webcare.model.plan.Plan;
import webcare.model.plan.Review;
import webcare.model.plan.ReviewItem;
import webcare.model.plan.Scenario;
import webcare.model.plan.Statement;
import webcare.plan.api.PlanError;
import webcare.plan.api.PlanInvalidException;
import webcare.plan.api.PlanNote;
import webcare.plan.api.PlanRead;
import webcare.plan.testing.Fixtures;
import webcare.plan.testing.Plans;

class JsonPlanCodecTest {

    private final JsonPlanCodec codec = new JsonPlanCodec();

    private List<PlanError> errors(String json) {
        PlanInvalidException thrown = catchThrowableOfType(PlanInvalidException.class, () -> codec.read(json));
        assertThat(thrown).as("reading should fail").isNotNull();
        assertThat(thrown.getMessage()).doesNotContain("\n");
        return thrown.errors();
    }

    private static List<String> paths(List<PlanError> errors) {
        return errors.stream().map(PlanError::path).toList();
    }

    @Nested
    class RoundTrip {

        @Test
        void readsEveryFieldOfTheDutchPlan() throws Exception {
            Plan plan = codec.read(Fixtures.text(Fixtures.KORENSCHOOF));

            SoftAssertions softly = new SoftAssertions();
            softly.assertThat(plan.organisation().name()).isEqualTo("Bakkerij De Korenschoof");
            softly.assertThat(plan.organisation().website()).isEqualTo("https://www.korenschoof.example");
            Person marieke = plan.people().get(0);
            softly.assertThat(marieke).isEqualTo(new Person("marieke-de-wit", "Marieke de Wit", "Directeur",
                    "+31 6 1111 2222", List.of("+31 299 123 456"), "marieke@korenschoof.example", List.of("nl", "en"),
                    "Niet op woensdag"));
            softly.assertThat(plan.people().get(1).availability()).isNull();
            softly.assertThat(plan.roles().get(2).name()).isEqualTo("Webcare-coördinator");
            softly.assertThat(plan.roles().get(1).tasks().get(1).repeatMinutes()).isEqualTo(120);
            softly.assertThat(plan.roles().get(2).tasks().get(0).targetMinutes()).isNull();
            softly.assertThat(plan.scenarios().get(0).statements().get(2).kind()).isEqualTo(Statement.Kind.UPDATE);
            softly.assertThat(plan.escalation().get(1).role()).isNull();
            softly.assertThat(plan.contentCalendar()).extracting(CalendarRule::action).containsExactly(
                    CalendarRule.Action.PAUSE, CalendarRule.Action.REVIEW, CalendarRule.Action.CONTINUE);
            softly.assertThat(plan.reviews().get(0).items()).extracting(ReviewItem::outcome).containsExactly(
                    ReviewItem.Outcome.CONFIRMED, ReviewItem.Outcome.CHANGED, ReviewItem.Outcome.FLAGGED);
            softly.assertThat(plan.flags().get(0).raised()).isEqualTo(LocalDate.of(2026, 3, 10));
            softly.assertThat(plan.nextReview()).isEqualTo(LocalDate.of(2026, 9, 14));
            softly.assertAll();
        }

        @Test
        void writesACanonicalFileBackByteForByte() throws Exception {
            String text = Fixtures.text(Fixtures.KORENSCHOOF);

            assertThat(codec.write(codec.read(text))).isEqualTo(text);
        }

        @Test
        void givesTheSamePlanAndTheSameBytesAfterExportAndImport() throws Exception {
            for (Plan plan : List.of(Plans.healthy(), Fixtures.plan(Fixtures.HARBOUR),
                    Fixtures.plan(Fixtures.KORENSCHOOF), Plan.empty("Leeg"))) {
                String written = codec.write(plan);
                Plan read = codec.read(written);

                assertThat(read).isEqualTo(plan);
                assertThat(codec.write(read)).isEqualTo(written);
            }
        }

        @Test
        void keepsQuotesBackslashesControlCharactersAndEmojiExactly() throws Exception {
            String tricky = "Zeg \"sorry\"\\ nu\n\tmet\u0001 emoji 🍞 en é, ï, ß, \u2028";
            Plan plan = Plans.withPerson(Plans.healthy(), "anna", person -> new Person(person.id(), tricky,
                    tricky, person.phone(), List.of(tricky), person.email(), person.languages(), tricky));

            String written = codec.write(plan);

            assertThat(codec.read(written)).isEqualTo(plan);
            assertThat(written).contains("🍞 en é, ï, ß").contains("\\\"sorry\\\"\\\\ nu\\n\\tmet\\u0001");
        }

        @Test
        void readsAHandWrittenFileThatLeavesOutEmptyListsAndDefaults() throws Exception {
            Plan plan = codec.read(Fixtures.text(Fixtures.HARBOUR));

            assertThat(plan.people().get(0).otherPhones()).isEmpty();
            assertThat(plan.escalation()).isEmpty();
            assertThat(plan.reviews()).isEmpty();
            assertThat(plan.nextReview()).isNull();
            assertThat(codec.write(plan)).as("canonical form writes every list")
                    .contains("\"escalation\": []").contains("\"otherPhones\": []");
        }

        @Test
        void acceptsAByteOrderMark() throws Exception {
            assertThat(codec.read("\uFEFF" + Fixtures.text(Fixtures.HARBOUR)).organisation().name())
                    .isEqualTo("Harbour Ferries");
        }
    }

    @Nested
    class CanonicalForm {

        private final String written = codec.write(Plans.healthy());

        @Test
        void startsWithTheFormatAndKeepsTheTopLevelKeysInOrder() {
            assertThat(written).startsWith("{\n  \"format\": \"webcare-plan\",\n  \"formatVersion\": 1,\n"
                    + "  \"organisation\": {\n    \"name\": \"Gemeente Waterland\",\n");
            List<String> keys = written.lines().filter(line -> line.matches("  \"\\w+\": .*"))
                    .map(line -> line.substring(3, line.indexOf('"', 3))).toList();
            assertThat(keys).containsExactly("format", "formatVersion", "organisation", "people", "roles", "scenarios",
                    "escalation", "contactTree", "contentCalendar", "facts", "reviews", "flags", "nextReview");
        }

        @Test
        void leavesOutAbsentValuesAndWritesEmptyListsAsBrackets() {
            assertThat(written).doesNotContain("null").doesNotContain("[ ]").contains("\"flags\": []")
                    .contains("\"otherPhones\": []");
            assertThat(written).as("Anna has no availability note").doesNotContain("availability");
        }

        @Test
        void usesTwoSpacesNewlinesAndAFinalNewlineAndWritesNonAsciiAsIs() {
            assertThat(written).doesNotContain("\r").doesNotContain("\t").endsWith("}\n").doesNotEndWith("\n\n")
                    .contains("\n      \"id\": \"anna\",").contains("Mon–Fri").doesNotContain("\\u2013");
        }

        @Test
        void writesListsOfTextsOnOneLine() {
            assertThat(written).contains("\"languages\": [\"nl\", \"en\"]").contains("\"roles\": [\"lead\", "
                    + "\"spokesperson\"]");
        }
    }

    @Nested
    class BadFiles {

        @Test
        void saysWhereAFileIsNotJson() {
            List<PlanError> errors = errors("{\n  \"format\": \"webcare-plan\",\n  \"people\": [\n    {\"id\": \"a\",}\n");

            assertThat(errors).singleElement().isEqualTo(new PlanError("$", "line 4, column 16: unexpected character "
                    + "('}' (code 125)): was expecting double-quote to start field name: correct the file there "
                    + "(a missing comma, quote or bracket?)"));
        }

        @Test
        void saysWhereAnUnclosedObjectWasOpenedWithoutJacksonsSourceDescription() {
            List<PlanError> errors = errors("{\n  \"format\": \"webcare-plan\",\n  \"people\": [\n    {\"id\": \"a\"}\n");

            assertThat(errors).singleElement().isEqualTo(new PlanError("$", "line 5, column 1: unexpected end of input: "
                    + "expected close marker for Array (opened at line 3, column 13): correct the file there "
                    + "(a missing comma, quote or bracket?)"));
        }

        @Test
        void namesADuplicateKeyByItsJsonPath() {
            assertThat(errors("{\"format\": \"webcare-plan\", \"people\": [{\"id\": \"a\"}, {\"id\": \"b\", \"name\": \"B\", "
                    + "\"name\": \"C\"}]}")).singleElement()
                    .isEqualTo(new PlanError("$.people[1].name", "duplicate key \"name\": keep one of the two"));
            assertThat(errors("{\"format\": \"webcare-plan\", \"format\": \"webcare-plan\"}")).singleElement()
                    .isEqualTo(new PlanError("$.format", "duplicate key \"format\": keep one of the two"));
        }

        @Test
        void refusesTrailingContent() {
            assertThat(errors(Fixtures.text(Fixtures.HARBOUR) + "{}")).singleElement()
                    .extracting(PlanError::message).asString().startsWith("line ").contains("correct the file there");
        }

        @Test
        void saysAnEmptyFileOrAnotherKindOfJsonIsNoPlan() {
            assertThat(errors("")).extracting(PlanError::message).singleElement().asString()
                    .startsWith("the file is empty");
            assertThat(errors("[1, 2]")).extracting(PlanError::message).singleElement().asString()
                    .startsWith("expected a JSON object, not a list");
            assertThat(errors("{\"source\": \"twitter\", \"text\": \"hoi\"}")).singleElement()
                    .isEqualTo(new PlanError("$.format", "missing: this is not a Webcare plan file (those start with "
                            + "{\"format\": \"webcare-plan\", …})"));
        }

        @Test
        void refusesAFileOfANewerFormatVersion() {
            assertThat(errors("{\"format\": \"webcare-plan\", \"formatVersion\": 2, \"organisation\": {}}"))
                    .singleElement().extracting(PlanError::message).asString()
                    .contains("newer Webcare Workbench");
        }

        @Test
        void listsEveryStructuralErrorWithItsPath() {
            String json = """
                    {
                      "format": "webcare-plan",
                      "formatVersion": 1,
                      "organisation": {"name": "Test", "colour": "blauw"},
                      "people": [
                        {"id": "anna", "name": "Anna", "phone": 612345678, "languages": ["nl", 2]},
                        {"name": "Zonder id"},
                        "piet"
                      ],
                      "roles": [
                        {"id": "lead", "name": "Lead", "critical": "ja", "deputies": "anna",
                         "tasks": [{"id": "t", "title": "Doen", "targetMinutes": 1.5}]}
                      ],
                      "scenarios": [
                        {"id": "s", "name": "S", "severity": "erg", "statements": [{"kind": "holdin", "lang": "nl"}]}
                      ],
                      "contentCalendar": [{"id": "c", "what": "Posts", "action": "stop"}],
                      "reviews": [{"date": "2025-02-30", "approvedBy": "anna"}],
                      "flags": [{"item": "role:lead", "note": "n", "raised": "gisteren"}],
                      "nextReview": "12-03-2026",
                      "extra": true
                    }
                    """;

            List<PlanError> errors = errors(json);

            assertThat(paths(errors)).containsExactly(
                    "$.extra",
                    "$.organisation.colour",
                    "$.people[0].phone",
                    "$.people[0].languages[1]",
                    "$.people[1].id",
                    "$.people[2]",
                    "$.roles[0].critical",
                    "$.roles[0].deputies",
                    "$.roles[0].tasks[0].targetMinutes",
                    "$.scenarios[0].severity",
                    "$.scenarios[0].statements[0].kind",
                    "$.scenarios[0].statements[0].text",
                    "$.contentCalendar[0].action",
                    "$.reviews[0].date",
                    "$.flags[0].raised",
                    "$.nextReview");
            assertThat(errors.get(0).message()).startsWith("unknown field 'extra': remove it");
            assertThat(errors.get(2).message()).isEqualTo("must be a text in quotes, not the number 612345678");
            assertThat(errors.get(4).message()).isEqualTo("required field 'id' is missing: add it");
            assertThat(errors.get(5).message()).isEqualTo("expected a person as an object {…}, not the text \"piet\"");
            assertThat(errors.get(8).message()).startsWith("must be a whole number");
            assertThat(errors.get(9).message()).isEqualTo("\"erg\" is not a severity: write a number from 1 (low) "
                    + "to 4 (critical), or one of laag, midden, hoog, kritiek, low, medium, high, critical");
            assertThat(errors.get(10).message()).isEqualTo("'holdin' is not one of holding, update");
            assertThat(errors.get(12).message()).isEqualTo("'stop' is not one of pause, review, continue");
            assertThat(errors.get(13).message()).startsWith("\"2025-02-30\" is not a date: write it as \"YYYY-MM-DD\"");
        }

        @Test
        void listsDuplicateIdsAndUnknownReferencesAfterTheStructuralErrors() {
            String json = """
                    {
                      "format": "webcare-plan",
                      "formatVersion": 1,
                      "organisation": {"name": "Test"},
                      "people": [{"id": "anna", "name": "Anna"}, {"id": "anna", "name": "Anna 2"}, {"name": "X"}],
                      "roles": [
                        {"id": "lead", "name": "Lead", "primary": "jan", "deputies": ["anna", "kees"],
                         "tasks": [{"id": "t1", "title": "A"}]},
                        {"id": "lead", "name": "Lead 2", "tasks": [{"id": "t1", "title": "B"}]}
                      ],
                      "scenarios": [
                        {"id": "s", "name": "S", "severity": 7, "roles": ["lead", "legal"], "tasks": ["t9"]}
                      ],
                      "escalation": [{"id": "e", "description": "Veel", "role": "pr"}],
                      "contactTree": [{"person": "anna", "calls": ["bob"]}],
                      "reviews": [{"date": "2025-02-03", "approvedBy": "vertrokken", "participants": ["oud"],
                                   "items": [{"item": "role:weg", "outcome": "confirmed"},
                                             {"item": "dingen:x", "outcome": "confirmed"}]}],
                      "flags": [{"item": "person:nobody", "note": "n", "raised": "2026-01-01"}]
                    }
                    """;

            List<PlanError> errors = errors(json);

            assertThat(paths(errors)).containsExactly(
                    "$.people[2].id",
                    "$.people[1].id",
                    "$.roles[0].primary",
                    "$.roles[0].deputies[1]",
                    "$.roles[1].id",
                    "$.roles[1].tasks[0].id",
                    "$.scenarios[0].severity",
                    "$.scenarios[0].roles[1]",
                    "$.scenarios[0].tasks[0]",
                    "$.escalation[0].role",
                    "$.contactTree[0].calls[0]",
                    "$.reviews[0].items[1].item",
                    "$.flags[0].item");
            assertThat(errors.get(1).message()).isEqualTo("duplicate person id 'anna' (also at $.people[0]): give "
                    + "each person its own id");
            assertThat(errors.get(2).message()).startsWith("no person with id 'jan' in people");
            assertThat(errors.get(6).message()).isEqualTo("severity 7 is out of range: use 1 (minor) to 4 (critical)");
        }

        @Test
        void acceptsReviewsNamingPeopleWhoHaveSinceLeft() throws Exception {
            Plan plan = Plans.healthy().withReviews(List.of(new Review(LocalDate.of(2025, 1, 5), "vertrokken",
                    List.of("oud-collega"), List.of("oud-collega"), List.of(new ReviewItem("role:opgeheven",
                            ReviewItem.Outcome.CONFIRMED, null)))));

            assertThat(codec.read(codec.write(plan))).isEqualTo(plan);
        }

        @Test
        void saysHowManyErrorsThereAreOnOneLine() {
            assertThatThrownBy(() -> codec.read("{\"format\": \"webcare-plan\", \"formatVersion\": 1, "
                    + "\"organisation\": {\"name\": \"T\"}, \"people\": [{\"id\": \"a\"}, {\"name\": \"b\"}]}"))
                    .isInstanceOf(PlanInvalidException.class)
                    .hasMessage("the plan file has 2 errors, the first: $.people[0].name: required field 'name' is "
                            + "missing: add it");
        }
    }

    @Nested
    class PlainShape {

        /** What people write by hand: no format marker, the organisation's name, severity words, no kinds. */
        private static final String PLAIN = """
                {
                  "organisation": "Kwiek B.V.",
                  "people": [{"id": "sanne", "name": "Sanne Kok"}],
                  "roles": [{"id": "lead", "name": "Crisisleider", "primary": "sanne"}],
                  "scenarios": [
                    {"id": "storing", "name": "Storing", "severity": "hoog", "roles": ["lead"],
                     "statements": [{"lang": "nl", "text": "We werken eraan."}, {"lang": "en", "text": "On it."},
                                    {"kind": "update", "lang": "nl", "text": "Update om {time}."}]},
                    {"id": "datalek", "name": "Datalek", "severity": 4, "roles": ["lead"],
                     "statements": [{"lang": "nl", "text": "We onderzoeken het."}]}
                  ]
                }
                """;

        private PlanRead read(String json) throws PlanInvalidException {
            return codec.readWithNotes(json);
        }

        private static String scenario(String severity, String statements) {
            return "{\"organisation\": {\"name\": \"T\"}, \"scenarios\": [{\"id\": \"s\", \"name\": \"S\", "
                    + "\"severity\": " + severity + ", \"statements\": [" + statements + "]}]}";
        }

        @Test
        void readsItWithOneNotePerAssumptionInFileOrder() throws Exception {
            PlanRead read = read(PLAIN);

            assertThat(read.notes()).extracting(PlanNote::toString).containsExactly(
                    "$: no format marker: read as plan format 1",
                    "$.organisation: read the text \"Kwiek B.V.\" as the organisation's name",
                    "$.scenarios[0].severity: read \"hoog\" as 3 (high)",
                    "$.scenarios[0].statements[0]: no kind given: taken as the holding statement",
                    "$.scenarios[0].statements[1]: no kind given: taken as the holding statement",
                    "$.scenarios[1].statements[0]: no kind given: taken as the holding statement");
            Plan plan = read.plan();
            assertThat(plan.organisation()).isEqualTo(new Organisation("Kwiek B.V.", null, null));
            assertThat(plan.scenarios()).extracting(Scenario::severity).containsExactly(3, 4);
            assertThat(plan.scenarios().get(0).statements()).extracting(Statement::kind).containsExactly(
                    Statement.Kind.HOLDING, Statement.Kind.HOLDING, Statement.Kind.UPDATE);
            assertThat(codec.read(PLAIN)).as("read without notes: the same plan").isEqualTo(plan);
        }

        @Test
        void writesItBackCanonically() throws Exception {
            String written = codec.write(read(PLAIN).plan());

            assertThat(written).startsWith("{\n  \"format\": \"webcare-plan\",\n  \"formatVersion\": 1,\n"
                    + "  \"organisation\": {\n    \"name\": \"Kwiek B.V.\"\n  },")
                    .contains("\"severity\": 3,", "\"kind\": \"holding\",\n          \"lang\": \"en\"")
                    .doesNotContain("hoog");
            assertThat(read(written).notes()).as("the canonical form needs no assumptions").isEmpty();
        }

        @Test
        void readsSeverityWordsInDutchOrEnglishInAnyCaseAndNumbersInQuotes() throws Exception {
            Map<String, Integer> words = Map.ofEntries(Map.entry("laag", 1), Map.entry("Low", 1),
                    Map.entry("MIDDEN", 2), Map.entry("medium", 2), Map.entry("Hoog", 3), Map.entry("high", 3),
                    Map.entry("kritiek", 4), Map.entry("Critical", 4), Map.entry(" hoog ", 3), Map.entry("2", 2));
            SoftAssertions softly = new SoftAssertions();
            for (Map.Entry<String, Integer> word : words.entrySet()) {
                PlanRead read = read(scenario("\"" + word.getKey() + "\"", ""));
                softly.assertThat(read.plan().scenarios().get(0).severity()).as(word.getKey()).isEqualTo(word.getValue());
                softly.assertThat(read.notes()).as(word.getKey()).contains(new PlanNote("$.scenarios[0].severity",
                        "read \"" + word.getKey() + "\" as " + word.getValue() + " ("
                                + List.of("low", "medium", "high", "critical").get(word.getValue() - 1) + ")"));
            }
            softly.assertAll();
        }

        @Test
        void notesAFormatVersionLeftOutAfterTheMarker() throws Exception {
            assertThat(read("{\"format\": \"webcare-plan\", \"organisation\": {\"name\": \"T\"}}").notes())
                    .containsExactly(new PlanNote("$", "no format version: read as plan format 1"));
            assertThat(read("{\"formatVersion\": 1, \"organisation\": {\"name\": \"T\"}}").notes())
                    .containsExactly(new PlanNote("$", "no format marker: read as plan format 1"));
        }
    }

    @Nested
    class StillAmbiguous {

        @Test
        void refusesAnUnknownSeverityWordNamingTheWordsThereAre() {
            assertThat(errors(PlainShape.scenario("\"erg\"", ""))).singleElement().isEqualTo(new PlanError(
                    "$.scenarios[0].severity", "\"erg\" is not a severity: write a number from 1 (low) to 4 "
                    + "(critical), or one of laag, midden, hoog, kritiek, low, medium, high, critical"));
            assertThat(paths(errors(PlainShape.scenario("\"5\"", "")))).containsExactly("$.scenarios[0].severity");
        }

        @Test
        void refusesAnOrganisationThatIsANumberOrAnEmptyText() {
            assertThat(errors("{\"organisation\": 42}")).singleElement().isEqualTo(new PlanError("$.organisation",
                    "expected the organisation as an object {\"name\": …} or its name as a text, not the number 42"));
            assertThat(errors("{\"organisation\": \" \"}")).singleElement().isEqualTo(new PlanError("$.organisation",
                    "the organisation's name is empty: fill it in"));
        }

        @Test
        void refusesTwoStatementsWithoutKindInOneLanguage() {
            List<PlanError> errors = errors(PlainShape.scenario("1", "{\"lang\": \"nl\", \"text\": \"A\"}, "
                    + "{\"lang\": \"en\", \"text\": \"B\"}, {\"lang\": \"nl\", \"text\": \"C\"}"));

            assertThat(errors).containsExactly(
                    new PlanError("$.scenarios[0].statements[0]", "no kind given, as for $.scenarios[0].statements[2] "
                            + "in the same language: say which is the holding statement with \"kind\": \"holding\", "
                            + "and \"kind\": \"update\" for the other"),
                    new PlanError("$.scenarios[0].statements[2]", "no kind given, as for $.scenarios[0].statements[0] "
                            + "in the same language: say which is the holding statement with \"kind\": \"holding\", "
                            + "and \"kind\": \"update\" for the other"));
        }

        @Test
        void refusesAStatementWithoutKindBesideAHoldingStatementInItsLanguage() {
            assertThat(errors(PlainShape.scenario("1", "{\"kind\": \"holding\", \"lang\": \"nl\", \"text\": \"A\"}, "
                    + "{\"lang\": \"nl\", \"text\": \"B\"}"))).singleElement().isEqualTo(new PlanError(
                    "$.scenarios[0].statements[1]", "no kind given, and $.scenarios[0].statements[0] is the holding "
                    + "statement in the same language: add \"kind\": \"update\" if this is a template for updates, "
                    + "or else \"kind\": \"holding\""));
        }

        @Test
        void refusesJsonWithoutMarkerOrOrganisationAsNoPlanFile() {
            assertThat(errors("{\"people\": []}")).singleElement().extracting(PlanError::path).isEqualTo("$.format");
        }
    }

    /** A window in Dutch reads a plan file with Dutch errors and notes; paths and the file's values stay. */
    @Nested
    class InDutch {

        private static final Locale DUTCH = Locale.forLanguageTag("nl");

        private PlanInvalidException refusal(String json) {
            return catchThrowableOfType(PlanInvalidException.class, () -> codec.read(json, DUTCH));
        }

        @Test
        void saysFieldErrorsInDutchKeepingTheirPaths() {
            List<PlanError> errors = refusal("""
                    {"format": "webcare-plan", "organisation": {"name": "T"},
                     "people": [{"name": "Zonder id", "phone": 612345678, "kleur": "blauw"}, "piet"],
                     "reviews": [{"date": "2025-02-30", "approvedBy": "anna"}]}
                    """).errors();

            assertThat(errors).containsExactly(
                    new PlanError("$.people[0].kleur", "onbekend veld 'kleur': verwijder het of verbeter de naam "
                            + "(hier bekend: id, name, function, phone, otherPhones, email, languages, availability)"),
                    new PlanError("$.people[0].id", "verplicht veld 'id' ontbreekt: voeg het toe"),
                    new PlanError("$.people[0].phone", "moet een tekst tussen aanhalingstekens zijn, niet het getal "
                            + "612345678"),
                    new PlanError("$.people[1]", "verwacht een persoon als object {…}, niet de tekst \"piet\""),
                    new PlanError("$.reviews[0].date", "\"2025-02-30\" is geen datum: schrijf hem als \"JJJJ-MM-DD\", "
                            + "bijvoorbeeld \"2026-03-12\""));
        }

        @Test
        void summarisesTheErrorsOnOneDutchLine() {
            assertThat(refusal("{\"format\": \"webcare-plan\", \"formatVersion\": 1, "
                    + "\"organisation\": {\"name\": \"T\"}, \"people\": [{\"id\": \"a\"}, {\"name\": \"b\"}]}"))
                    .hasMessage("het planbestand heeft 2 fouten, de eerste: $.people[0].name: verplicht veld 'name' "
                            + "ontbreekt: voeg het toe");
        }

        @Test
        void saysWhereAFileIsNotJsonQuotingTheParsersOwnWords() {
            assertThat(refusal("{\n  \"format\": \"webcare-plan\",\n  \"people\": [\n    {\"id\": \"a\"}\n").errors())
                    .singleElement().isEqualTo(new PlanError("$", "regel 5, kolom 1: geen geldige JSON (\"unexpected "
                            + "end of input: expected close marker for Array (geopend op regel 3, kolom 13)\"): verbeter "
                            + "het bestand daar (ontbreekt er een komma, aanhalingsteken of haakje?)"));
            assertThat(refusal("{\"format\": \"webcare-plan\", \"format\": \"webcare-plan\"}").errors())
                    .singleElement().isEqualTo(new PlanError("$.format", "sleutel \"format\" staat er twee keer: "
                            + "houd er een van over"));
        }

        @Test
        void saysContentErrorsInDutch() {
            assertThat(refusal("""
                    {"format": "webcare-plan", "organisation": {"name": "T"},
                     "roles": [{"id": "lead", "name": "Lead", "primary": "jan"}]}
                    """).errors()).containsExactly(new PlanError("$.roles[0].primary", "geen persoon met id 'jan' in "
                    + "people: gebruik het id van iemand in $.people, of voeg hem of haar daar toe"));
        }

        @Test
        void notesEachAssumptionInDutchNamingTheLevelInDutch() throws Exception {
            PlanRead read = codec.readWithNotes("{\"organisation\": \"Kwiek B.V.\", \"scenarios\": [{\"id\": \"s\", "
                    + "\"name\": \"S\", \"severity\": \"high\", \"statements\": [{\"lang\": \"nl\", \"text\": \"Hoi\"}]}]}",
                    DUTCH);

            assertThat(read.notes()).extracting(PlanNote::toString).containsExactly(
                    "$: geen formaataanduiding: gelezen als planformaat 1",
                    "$.organisation: de tekst \"Kwiek B.V.\" gelezen als de naam van de organisatie",
                    "$.scenarios[0].severity: \"high\" gelezen als 3 (hoog)",
                    "$.scenarios[0].statements[0]: geen kind opgegeven: opgevat als de eerste verklaring");
        }

        @Test
        void speaksEnglishWhenAskedInEnglishAsWithoutALanguage() {
            String json = "{\"format\": \"webcare-plan\", \"organisation\": {\"name\": \"T\"}, \"people\": [{}]}";

            assertThat(catchThrowableOfType(PlanInvalidException.class, () -> codec.read(json, Locale.ENGLISH)))
                    .hasMessage("the plan file has 2 errors, the first: $.people[0].id: required field 'id' is "
                            + "missing: add it")
                    .hasMessage(catchThrowableOfType(PlanInvalidException.class, () -> codec.read(json)).getMessage());
        }
    }
}

package webcare.ui.plan.swt;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import webcare.model.plan.Person;
import webcare.model.plan.Plan;
import webcare.model.plan.Review;
import webcare.model.plan.Role;
import webcare.model.plan.Scenario;
import webcare.model.plan.Statement;
import webcare.model.plan.Task;
import webcare.plan.api.AuditEntry;
import webcare.plan.api.Change;
import webcare.plan.api.ExportContext;
import webcare.plan.api.Finding;
import webcare.plan.api.PlanBook;
import webcare.plan.api.PlanChangedException;
import webcare.plan.api.PlanCodec;
import webcare.plan.api.PlanDiff;
import webcare.plan.api.PlanException;
import webcare.plan.api.PlanExporter;
import webcare.plan.api.PlanHealth;
import webcare.plan.api.PlanInvalidException;
import webcare.plan.api.PlanVersion;
import webcare.plan.api.WorkingPlan;
import webcare.ui.plan.model.PlanServices;

/** Simple in-memory plan services for the preview and for tests: enough to look at, not the real rules. */
final class Fakes {

    private Fakes() {}

    /** Whether the services answer a call in {@code language} in Dutch, as the real ones do. */
    static boolean dutch(Locale language) {
        return language.getLanguage().equals("nl");
    }

    /**
     * A plan book in memory, with a conflict check on save like the real one, every revision kept,
     * and its audit log in English as the real one writes it.
     */
    static final class Book implements PlanBook {
        private final Diff diff = new Diff();
        private final Clock clock;
        private final Map<Long, WorkingPlan> revisions = new HashMap<>();
        private final List<PlanVersion> versions = new ArrayList<>();
        private final List<Plan> versionPlans = new ArrayList<>();
        private final List<AuditEntry> audit = new ArrayList<>();
        private WorkingPlan working;

        Book(Plan plan, Clock clock) {
            this.clock = clock;
            this.working = new WorkingPlan(plan, 1, clock.instant(), "anna");
            revisions.put(1L, working);
        }

        @Override
        public synchronized WorkingPlan working() {
            return working;
        }

        @Override
        public synchronized long revision() {
            return working.revision();
        }

        @Override
        public synchronized Optional<WorkingPlan> workingAt(long revision) {
            return Optional.ofNullable(revisions.get(revision));
        }

        @Override
        public synchronized WorkingPlan save(Plan plan, long basedOn, String who, Locale language)
                throws PlanException {
            if (basedOn != working.revision()) {
                WorkingPlan base = revisions.get(basedOn);
                throw new PlanChangedException("changed meanwhile", working,
                        base == null ? List.of() : diff.diff(base.plan(), working.plan(), language));
            }
            return store(plan, who, "save", null);
        }

        /** Someone else saves: what a second window would do. */
        synchronized void saveAsSomeoneElse(Plan plan, String who) throws PlanException {
            save(plan, working.revision(), who, Locale.ENGLISH);
        }

        @Override
        public synchronized WorkingPlan replace(Plan plan, String who) {
            int tasks = plan.roles().stream().mapToInt(role -> role.tasks().size()).sum();
            return store(plan, who, "import", "imported plan: " + plan.people().size() + " people, "
                    + plan.roles().size() + " roles, " + tasks + " tasks, " + plan.scenarios().size() + " scenarios");
        }

        /** Stores {@code plan} as the next revision, auditing each change and {@code about}, if any, as the real book does. */
        private WorkingPlan store(Plan plan, String who, String action, String about) {
            Instant now = clock.instant();
            List<AuditEntry> entries = new ArrayList<>();
            if (about != null) {
                entries.add(new AuditEntry(now, who, action, null, about));
            }
            for (Change change : diff.diff(working.plan(), plan, Locale.ENGLISH)) {
                entries.add(new AuditEntry(now, who, action, null, change.describe()));
            }
            audit.addAll(0, entries);
            working = new WorkingPlan(plan, working.revision() + 1, now, who);
            revisions.put(working.revision(), working);
            return working;
        }

        @Override
        public synchronized PlanVersion approve(long basedOn, Review review, LocalDate nextReview, String who,
                Locale language) throws PlanException {
            if (basedOn != working.revision()) {
                throw new PlanChangedException("changed meanwhile", working, List.of());
            }
            Plan plan = working.plan();
            List<Review> reviews = new ArrayList<>(plan.reviews());
            reviews.add(review);
            Plan approved = plan.withReviews(reviews).withNextReview(nextReview);
            String approvedBy = approved.person(review.approvedBy()).map(Person::name).orElse(who);
            int number = versions.size() + 1;
            WorkingPlan saved = store(approved, who, "approve", "version " + number + " approved by " + approvedBy);
            PlanVersion version = new PlanVersion(number, saved.savedAt(), approvedBy, review.date());
            versions.add(version);
            versionPlans.add(saved.plan());
            return version;
        }

        /** An approved version as if made in an earlier review session. */
        synchronized void addVersion(Plan plan, LocalDate reviewDate, String approvedBy, Instant at) {
            versions.add(new PlanVersion(versions.size() + 1, at, approvedBy, reviewDate));
            versionPlans.add(plan);
            audit.add(0, new AuditEntry(at, approvedBy, "approve", null,
                    "version " + versions.size() + " approved by " + approvedBy));
        }

        @Override
        public synchronized List<PlanVersion> versions() {
            return List.copyOf(versions);
        }

        @Override
        public synchronized Optional<Plan> version(int number) {
            return number >= 1 && number <= versionPlans.size() ? Optional.of(versionPlans.get(number - 1))
                    : Optional.empty();
        }

        @Override
        public synchronized List<AuditEntry> audit(int limit) {
            return List.copyOf(audit.subList(0, Math.min(limit, audit.size())));
        }
    }

    /** A few of the real checks, with messages in English or Dutch like the service's. */
    static final class Health implements PlanHealth {
        @Override
        public List<Finding> check(Plan plan, LocalDate today, Locale language) {
            boolean nl = dutch(language);
            List<Finding> errors = new ArrayList<>();
            List<Finding> warnings = new ArrayList<>();
            for (Role role : plan.roles()) {
                String ref = "role:" + role.id();
                if (role.primary() == null) {
                    errors.add(new Finding(Finding.Level.ERROR, "role-without-primary", ref, nl
                            ? "Rol " + role.name() + " heeft geen eerste verantwoordelijke: wijs iemand aan."
                            : "Role " + role.name() + " has nobody holding it: choose a primary."));
                }
                if (role.deputies().isEmpty()) {
                    (role.critical() ? errors : warnings).add(new Finding(role.critical() ? Finding.Level.ERROR
                            : Finding.Level.WARN, "role-without-deputy", ref, nl
                            ? "Rol " + role.name() + " heeft geen vervanger: wijs iemand aan die kan invallen."
                            : "Role " + role.name() + " has no deputy: add one, so it is covered when "
                                    + plan.person(String.valueOf(role.primary())).map(Person::name).orElse("its holder")
                                    + " is away."));
                }
                for (Task task : role.tasks()) {
                    if (task.targetMinutes() == null) {
                        warnings.add(new Finding(Finding.Level.WARN, "task-without-target-time", "task:" + task.id(),
                                (nl ? "Taak " : "Task ") + task.title() + " (" + role.name() + ") "
                                        + (nl ? "heeft geen streeftijd." : "has no target time.")));
                    }
                }
            }
            for (Person person : plan.people()) {
                if (person.phone() == null) {
                    errors.add(new Finding(Finding.Level.ERROR, "person-without-phone", "person:" + person.id(),
                            person.name() + (nl ? " heeft geen telefoonnummer: niemand kan hem of haar in een crisis "
                                    + "bellen." : " has no phone number: nobody can call them in a crisis.")));
                }
                if (person.email() == null) {
                    warnings.add(new Finding(Finding.Level.WARN, "person-without-email", "person:" + person.id(),
                            person.name() + (nl ? " heeft geen e-mailadres." : " has no e-mail address.")));
                }
            }
            for (Scenario scenario : plan.scenarios()) {
                if (scenario.roles().isEmpty()) {
                    errors.add(new Finding(Finding.Level.ERROR, "scenario-without-roles", "scenario:" + scenario.id(),
                            "Scenario " + scenario.name()
                                    + (nl ? " schakelt geen rollen in." : " activates no roles.")));
                }
                for (String lang : List.of("nl", "en")) {
                    if (scenario.statements().stream().noneMatch(s -> s.lang().equals(lang)
                            && s.kind() == Statement.Kind.HOLDING)) {
                        String in = lang.equals("nl") ? (nl ? "het Nederlands" : "Dutch")
                                : (nl ? "het Engels" : "English");
                        warnings.add(new Finding(Finding.Level.WARN, "statement-missing-language",
                                "scenario:" + scenario.id(), "Scenario " + scenario.name()
                                        + (nl ? " heeft geen eerste verklaring in " : " has no holding statement in ")
                                        + in + "."));
                    }
                }
            }
            LocalDate last = plan.lastReview().map(Review::date).orElse(null);
            if (last == null || last.plusMonths(12).isBefore(today)) {
                errors.add(new Finding(Finding.Level.ERROR, "review-overdue", "organisation", nl
                        ? "Het plan is de afgelopen 12 maanden niet geëvalueerd: plan een evaluatiesessie."
                        : "The plan was not reviewed in the last 12 months: plan a review session."));
            }
            List<Finding> all = new ArrayList<>(errors);
            all.addAll(warnings);
            return all;
        }
    }

    /**
     * Differences in people, role assignments, tasks and scenarios: a rough version of the real
     * diff, with labels and texts in English or Dutch.
     */
    static final class Diff implements PlanDiff {
        @Override
        public List<Change> diff(Plan before, Plan after, Locale language) {
            boolean nl = dutch(language);
            List<Change> changes = new ArrayList<>();
            compare(changes, nl, before.people(), after.people(), Person::id,
                    p -> (nl ? "Persoon " : "Person ") + p.name(), "person",
                    (a, b, add) -> {
                        add.field("name", a.name(), b.name());
                        add.field("phone", a.phone(), b.phone());
                        add.field("email", a.email(), b.email());
                        add.field("function", a.function(), b.function());
                    });
            compare(changes, nl, before.roles(), after.roles(), Role::id, r -> (nl ? "Rol " : "Role ") + r.name(),
                    "role",
                    (a, b, add) -> {
                        add.field("name", a.name(), b.name());
                        add.field("primary", name(before, a.primary()), name(after, b.primary()));
                        add.field("deputies", names(before, a.deputies()), names(after, b.deputies()));
                        add.field("critical", String.valueOf(a.critical()), String.valueOf(b.critical()));
                    });
            List<Task> tasksBefore = before.roles().stream().flatMap(r -> r.tasks().stream()).toList();
            List<Task> tasksAfter = after.roles().stream().flatMap(r -> r.tasks().stream()).toList();
            compare(changes, nl, tasksBefore, tasksAfter, Task::id, t -> (nl ? "Taak " : "Task ") + t.title(), "task",
                    (a, b, add) -> {
                        add.field("title", a.title(), b.title());
                        add.field("targetMinutes", text(a.targetMinutes()), text(b.targetMinutes()));
                    });
            compare(changes, nl, before.scenarios(), after.scenarios(), Scenario::id, s -> "Scenario " + s.name(),
                    "scenario", (a, b, add) -> {
                        add.field("name", a.name(), b.name());
                        add.field("severity", String.valueOf(a.severity()), String.valueOf(b.severity()));
                        add.field("statements", String.valueOf(a.statements().size()),
                                String.valueOf(b.statements().size()));
                    });
            return changes;
        }

        private static String text(Integer minutes) {
            return minutes == null ? null : minutes.toString();
        }

        private static String name(Plan plan, String id) {
            return id == null ? null : plan.person(id).map(Person::name).orElse(id);
        }

        private static String names(Plan plan, List<String> ids) {
            return String.join(", ", ids.stream().map(id -> name(plan, id)).toList());
        }

        interface Fields<T> {
            void compare(T before, T after, FieldAdder add);
        }

        interface FieldAdder {
            void field(String name, String before, String after);
        }

        private static <T> void compare(List<Change> changes, boolean nl, List<T> before, List<T> after,
                java.util.function.Function<T, String> id, java.util.function.Function<T, String> label, String kind,
                Fields<T> fields) {
            Map<String, T> old = new HashMap<>();
            before.forEach(each -> old.put(id.apply(each), each));
            for (T each : after) {
                T was = old.remove(id.apply(each));
                String item = kind + ":" + id.apply(each);
                if (was == null) {
                    changes.add(new Change(item, label.apply(each), Change.Kind.ADDED, null, null, null,
                            nl ? "toegevoegd" : "added"));
                } else {
                    fields.compare(was, each, (name, a, b) -> {
                        if (!Objects.equals(a, b)) {
                            String none = nl ? "(geen)" : "(none)";
                            changes.add(new Change(item, label.apply(each), Change.Kind.CHANGED, name, a, b,
                                    name + " " + (a == null ? none : a) + " \u2192 " + (b == null ? none : b)));
                        }
                    });
                }
            }
            for (T gone : before) {
                if (old.containsKey(id.apply(gone))) {
                    changes.add(new Change(kind + ":" + id.apply(gone), label.apply(gone), Change.Kind.REMOVED, null,
                            null, null, nl ? "verwijderd" : "removed"));
                }
            }
        }
    }

    /** Not the real JSON: a codec that keeps plans in memory by a number, enough for draft round trips. */
    static final class Codec implements PlanCodec {
        private final List<Plan> written = new CopyOnWriteArrayList<>();

        @Override
        public Plan read(String json) throws PlanInvalidException {
            String text = json.strip();
            if (!text.startsWith("{\"fake\":")) {
                throw new PlanInvalidException("not a plan",
                        List.of(new webcare.plan.api.PlanError("$", "not a plan")));
            }
            return written.get(Integer.parseInt(text.substring(8, text.length() - 1)));
        }

        @Override
        public String write(Plan plan) {
            written.add(plan);
            return "{\"fake\":" + (written.size() - 1) + "}\n";
        }
    }

    /** An exporter writing the organisation's name, as a stand-in for HTML or PDF. */
    static final class TextExporter implements PlanExporter {
        @Override
        public String extension() {
            return "txt";
        }

        @Override
        public String description() {
            return "Plain text summary";
        }

        @Override
        public void write(Plan plan, ExportContext context, OutputStream out) throws IOException {
            out.write(("Crisis plan of " + plan.organisation().name() + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }

    /** The services of the editor, each present or not. */
    static final class Services implements PlanServices {
        volatile PlanBook book;
        volatile PlanHealth health;
        volatile PlanDiff diff;
        volatile PlanCodec codec;
        final List<Format> formats = new CopyOnWriteArrayList<>();
        private final Path home;

        Services(Path home) {
            this.home = home;
        }

        @Override
        public Optional<PlanBook> book() {
            return Optional.ofNullable(book);
        }

        @Override
        public Optional<PlanHealth> health() {
            return Optional.ofNullable(health);
        }

        @Override
        public Optional<PlanDiff> diff() {
            return Optional.ofNullable(diff);
        }

        @Override
        public Optional<PlanCodec> codec() {
            return Optional.ofNullable(codec);
        }

        @Override
        public List<Format> formats() {
            return List.copyOf(formats);
        }

        @Override
        public Path home() {
            return home;
        }

        @Override
        public String user() {
            return "manager";
        }
    }
}

package webcare.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import webcare.model.plan.Person;
import webcare.model.plan.Plan;
import webcare.model.plan.Review;
import webcare.model.plan.ReviewItem;
import webcare.plan.api.ExportContext;
import webcare.report.Report.Block;
import webcare.report.Report.Column;
import webcare.report.Report.Field;
import webcare.report.Report.Fields;
import webcare.report.Report.Heading;
import webcare.report.Report.Paragraph;
import webcare.report.Report.Section;
import webcare.report.Report.Table;
import webcare.report.Report.Title;

/** The minutes of one review session: who was there, what was decided per item, whose details were confirmed. */
final class MinutesReport {

    private MinutesReport() {}

    static Report of(Plan plan, Review review, ExportContext context) {
        Labels labels = Labels.of(context.language());
        Names names = new Names(plan, labels);
        String organisation = plan.organisation().name();

        List<Field> facts = new ArrayList<>();
        facts.add(Field.of(labels.text("minutes.organisation"), organisation));
        facts.add(Field.of(labels.text("minutes.date"), labels.date(review.date())));
        facts.add(new Field(labels.text("minutes.participants"), review.participants().isEmpty()
                ? List.of(labels.text("empty")) : review.participants().stream().map(names::name).toList()));
        facts.add(Field.of(labels.text("minutes.approvedBy"), names.name(review.approvedBy())));
        if (context.version() != null) {
            facts.add(Field.of(labels.text("minutes.version"), Integer.toString(context.version())));
        }
        facts.add(Field.of(labels.text("minutes.nextReview"),
                plan.nextReview() == null ? labels.text("cover.notPlanned") : labels.date(plan.nextReview())));
        List<Block> head = List.of(new Title(labels.text("minutes.title"), labels.format("plan.title", organisation), false),
                new Fields(facts));

        List<Section> sections = new ArrayList<>();
        sections.add(new Section(null, false, head));
        sections.add(new Section(labels.text("minutes.items"), false, items(review, names, labels)));
        sections.add(new Section(labels.text("minutes.contacts"), false, contacts(plan, review, names, labels)));
        return new Report(labels.format("minutes.documentTitle", organisation), context.language().getLanguage(),
                labels.format("minutes.footer", organisation, labels.date(review.date())), null, sections);
    }

    private static List<Block> items(Review review, Names names, Labels labels) {
        if (review.items().isEmpty()) {
            return List.of(new Paragraph(labels.text("minutes.noItems"), true));
        }
        int[] counts = new int[ReviewItem.Outcome.values().length];
        List<List<String>> rows = new ArrayList<>();
        for (ReviewItem item : review.items()) {
            counts[item.outcome().ordinal()]++;
            rows.add(List.of(names.describe(item.item()), labels.text("outcome." + item.outcome().name()),
                    item.note() == null ? "" : item.note()));
        }
        return List.of(new Paragraph(labels.format("minutes.summary",
                Integer.toString(counts[ReviewItem.Outcome.CONFIRMED.ordinal()]),
                Integer.toString(counts[ReviewItem.Outcome.CHANGED.ordinal()]),
                Integer.toString(counts[ReviewItem.Outcome.FLAGGED.ordinal()])), false),
                new Table(List.of(new Column(labels.text("minutes.item"), 4),
                        new Column(labels.text("minutes.outcome"), 1.6f), new Column(labels.text("minutes.note"), 4.4f)),
                        rows));
    }

    private static List<Block> contacts(Plan plan, Review review, Names names, Labels labels) {
        Set<String> confirmed = new HashSet<>(review.confirmedContacts());
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Heading(2, labels.text("minutes.confirmed"), null));
        if (review.confirmedContacts().isEmpty()) {
            blocks.add(new Paragraph(labels.text("empty"), true));
        } else {
            List<List<String>> rows = new ArrayList<>();
            for (String id : review.confirmedContacts()) {
                rows.add(names.index().person(id).map(person -> List.of(person.name(), names.phones(person).replace(", ", "\n"),
                        person.email() == null ? labels.text("person.noEmail") : person.email()))
                        .orElseGet(() -> List.of(names.name(id), "", "")));
            }
            blocks.add(new Table(List.of(new Column(labels.text("contacts.name"), 3),
                    new Column(labels.text("contacts.phones"), 2.5f), new Column(labels.text("contacts.email"), 3.5f)),
                    rows));
        }
        List<String> unconfirmed = plan.people().stream().filter(person -> !confirmed.contains(person.id()))
                .map(Person::name).toList();
        blocks.add(new Heading(2, labels.text("minutes.unconfirmed"), null));
        blocks.add(unconfirmed.isEmpty() ? new Paragraph(labels.text("empty"), true)
                : new Paragraph(String.join(", ", unconfirmed), false));
        return blocks;
    }
}

package webcare.report;

import java.util.List;
import java.util.Objects;

/**
 * A document as sections of blocks, before it is HTML or PDF: the plan printout is built once and
 * rendered by {@link HtmlReportWriter} and {@link PdfReportWriter}, so both say the same. Texts are
 * plain (renderers escape them); {@code '\n'} starts a new line; {@link #NO_BREAK} is a space
 * where a line must not wrap, printed as a space.
 *
 * @param title    the document's title (HTML title, PDF metadata)
 * @param language ISO 639-1 code of its language
 * @param footer   the line at the foot of every PDF page; the page number goes beside it
 * @param contents the heading of the HTML table of contents of the titled sections; null for none
 * @param sections in order
 */
record Report(String title, String language, String footer, String contents, List<Section> sections) {

    static final char NO_BREAK = '\u00A0';

    Report {
        Objects.requireNonNull(title, "title");
        sections = List.copyOf(sections);
    }

    /**
     * @param title   shown as the section's heading; null for none (a cover)
     * @param newPage whether it starts on a new printed page
     */
    record Section(String title, boolean newPage, List<Block> blocks) {
        Section {
            blocks = List.copyOf(blocks);
        }
    }

    /** One piece of a section. */
    sealed interface Block permits Title, Heading, Paragraph, Fields, Items, Table, Quote {}

    /** The document's big title with a line under it; on a {@code cover} it stands lower on the page. */
    record Title(String text, String subtitle, boolean cover) implements Block {}

    /**
     * A heading inside a section.
     *
     * @param level 1 (a role, a scenario) or 2 (a part of one: its tasks)
     * @param mark  a highlighted word beside it ("kritiek"); null for none
     */
    record Heading(int level, String text, String mark) implements Block {}

    /** Running text; {@code muted} for hints and "none" notes. */
    record Paragraph(String text, boolean muted) implements Block {}

    /** Labels with their values: a definition list. */
    record Fields(List<Field> fields) implements Block {
        Fields {
            fields = List.copyOf(fields);
        }
    }

    /** One label and its values, one per line. */
    record Field(String label, List<String> values) {
        Field {
            values = List.copyOf(values);
        }

        static Field of(String label, String value) {
            return new Field(label, List.of(value));
        }
    }

    /** A list; {@code numbered} for a checklist. */
    record Items(boolean numbered, List<String> items) implements Block {
        Items {
            items = List.copyOf(items);
        }
    }

    /** A table; each row has one cell per column. */
    record Table(List<Column> columns, List<List<String>> rows) implements Block {
        Table {
            columns = List.copyOf(columns);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /** A column of a table; {@code weight} is its share of the width. */
    record Column(String header, float weight) {}

    /** A text quoted as it is to be used (a holding statement), with a label above it. */
    record Quote(String label, String text) implements Block {}
}

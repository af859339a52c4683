package webcare.report;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import webcare.report.Report.Block;
import webcare.report.Report.Column;
import webcare.report.Report.Field;
import webcare.report.Report.Fields;
import webcare.report.Report.Heading;
import webcare.report.Report.Items;
import webcare.report.Report.Paragraph;
import webcare.report.Report.Quote;
import webcare.report.Report.Section;
import webcare.report.Report.Table;
import webcare.report.Report.Title;

/**
 * A {@link Report} as one self-contained HTML5 page: inline CSS, no scripts, no external files, so
 * it opens and prints from a USB stick with the network down. A table of contents after the cover
 * links to each section; phone numbers, e-mail addresses and web addresses in the texts are tel:,
 * mailto: and web links, so a phone or laptop calls or mails with one tap. In print the cover has its own page,
 * the sections after it run on, headings stay with what follows them and table headers repeat.
 */
final class HtmlReportWriter {

    private static final String CSS = """
            :root { --ink: #1d2733; --muted: #5b6672; --line: #c9d0d8; --accent: #1f4e79; --alert: #b3261e; }
            * { box-sizing: border-box; }
            body { font-family: "Liberation Sans", Arial, Helvetica, sans-serif; color: var(--ink); font-size: 11pt;
                   line-height: 1.4; max-width: 60em; margin: 2em auto; padding: 0 1.5em; }
            h1 { font-size: 24pt; margin: 0 0 .2em; color: var(--accent); }
            .subtitle { font-size: 14pt; color: var(--muted); margin: 0 0 1.5em; padding-bottom: .6em;
                        border-bottom: 2px solid var(--accent); }
            h2 { font-size: 16pt; color: var(--accent); border-bottom: 1px solid var(--line); padding-bottom: .2em;
                 margin: 1.6em 0 .8em; break-after: avoid; page-break-after: avoid; }
            h3 { font-size: 12.5pt; margin: 1.4em 0 .4em; break-after: avoid; page-break-after: avoid; }
            h4 { font-size: 10.5pt; margin: .9em 0 .3em; color: var(--muted); break-after: avoid;
                 page-break-after: avoid; }
            .mark { display: inline-block; margin-left: .6em; padding: 0 .45em; border: 1px solid var(--alert);
                    border-radius: 3px; color: var(--alert); font-size: 9pt; font-weight: bold; vertical-align: middle; }
            p.muted { color: var(--muted); font-style: italic; }
            dl { display: grid; grid-template-columns: 12em 1fr; gap: .25em 1em; margin: .4em 0 .8em; }
            dt { font-weight: bold; color: var(--muted); }
            dd { margin: 0; }
            dd div + div { margin-top: .1em; }
            ol, ul { margin: .3em 0 .8em; padding-left: 1.8em; }
            li { margin: .1em 0; }
            table { border-collapse: collapse; width: 100%; margin: .4em 0 1em; font-size: 10pt; }
            th, td { text-align: left; vertical-align: top; padding: .3em .5em; border-bottom: 1px solid var(--line); }
            th { background: #eef1f4; }
            tr { break-inside: avoid; page-break-inside: avoid; }
            blockquote { margin: .3em 0 1em; padding: .4em .9em; border-left: 3px solid var(--accent);
                         background: #f5f7f9; white-space: pre-wrap; }
            .quote-label { font-weight: bold; font-size: 9.5pt; color: var(--muted); margin-top: .8em; }
            nav.toc { margin: 1.5em 0 2em; }
            nav.toc h2 { margin-top: 0; }
            nav.toc ol { columns: 2; }
            a { color: var(--accent); }
            .footer { margin-top: 3em; color: var(--muted); font-size: 9pt; border-top: 1px solid var(--line);
                      padding-top: .4em; }
            @page { size: A4; margin: 18mm 16mm 20mm; }
            @media print {
              body { max-width: none; margin: 0; padding: 0; font-size: 10pt; }
              section.new-page { break-before: page; page-break-before: always; }
              thead { display: table-header-group; }
              a { color: inherit; text-decoration: none; }
              blockquote { background: none; }
            }
            """;

    /**
     * A phone number as plans write them: "+31 6 1234 5678", "030 760 1000", "(020) 555-0101";
     * starting with + or 0 (international or national), 9 to 15 digits. ISO dates and plain
     * numbers ("1.200 leden") are no phone numbers.
     */
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\w+])(?:\\+\\d|\\(?0)[\\d \\u00A0()\\-]{6,}\\d(?![\\w@])");
    private static final Pattern EMAIL = Pattern.compile("[\\w.%+\\-]+@[\\w\\-]+(?:\\.[\\w\\-]+)*\\.[A-Za-z]{2,}");
    /** A web address, up to white space; a full stop or comma that ends the sentence is not part of it. */
    private static final Pattern WEB = Pattern.compile("https?://[^\\s<>\"]+[^\\s<>\".,;:!?)]");
    private static final Pattern LINKED = Pattern.compile(WEB.pattern() + "|" + EMAIL.pattern() + "|" + PHONE.pattern());
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final StringBuilder html = new StringBuilder(64 * 1024);
    private final Map<Object, String> anchors = new IdentityHashMap<>();

    private HtmlReportWriter() {}

    static String write(Report report) {
        return new HtmlReportWriter().document(report);
    }

    private String document(Report report) {
        html.append("<!DOCTYPE html>\n<html lang=\"").append(escape(report.language())).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"generator\" content=\"Webcare Workbench\">\n")
                .append("<title>").append(escape(report.title())).append("</title>\n<style>\n").append(CSS)
                .append("</style>\n</head>\n<body>\n");
        anchor(report);
        boolean contents = report.contents() == null;
        for (Section section : report.sections()) {
            if (!contents && section.title() != null) {
                contents(report);
                contents = true;
            }
            html.append("<section");
            if (anchors.containsKey(section)) {
                html.append(" id=\"").append(anchors.get(section)).append('"');
            }
            html.append(section.newPage() ? " class=\"new-page\">\n" : ">\n");
            if (section.title() != null) {
                html.append("<h2>").append(escape(section.title())).append("</h2>\n");
            }
            section.blocks().forEach(this::block);
            html.append("</section>\n");
        }
        html.append("<p class=\"footer\">").append(escape(report.footer())).append("</p>\n</body>\n</html>\n");
        return html.toString();
    }

    /** An id for each titled section and each top-level heading, from its text: "rollen-en-taken". */
    private void anchor(Report report) {
        Set<String> taken = new HashSet<>();
        for (Section section : report.sections()) {
            if (section.title() != null) {
                anchors.put(section, unique(slug(section.title()), taken));
            }
            for (Block block : section.blocks()) {
                if (block instanceof Heading heading && heading.level() <= 1) {
                    anchors.put(heading, unique(slug(heading.text()), taken));
                }
            }
        }
    }

    private static String unique(String slug, Set<String> taken) {
        String id = slug;
        for (int n = 2; !taken.add(id); n++) {
            id = slug + "-" + n;
        }
        return id;
    }

    /** "Scenario’s" → "scenarios", "Coördinator bezorging" → "coordinator-bezorging"; "section" for no letters. */
    static String slug(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .replaceAll("[’'`]", "").toLowerCase(Locale.ROOT);
        String slug = plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "section" : slug;
    }

    /** The table of contents: a link to each titled section. */
    private void contents(Report report) {
        html.append("<nav class=\"toc\">\n<h2>").append(escape(report.contents())).append("</h2>\n<ol>\n");
        for (Section section : report.sections()) {
            if (section.title() != null) {
                html.append("<li><a href=\"#").append(anchors.get(section)).append("\">").append(escape(section.title()))
                        .append("</a></li>\n");
            }
        }
        html.append("</ol>\n</nav>\n");
    }

    private void block(Block block) {
        if (block instanceof Title title) {
            html.append("<h1>").append(escape(title.text())).append("</h1>\n")
                    .append("<p class=\"subtitle\">").append(escape(title.subtitle())).append("</p>\n");
        } else if (block instanceof Heading heading) {
            String tag = heading.level() <= 1 ? "h3" : "h4";
            html.append('<').append(tag);
            if (anchors.containsKey(heading)) {
                html.append(" id=\"").append(anchors.get(heading)).append('"');
            }
            html.append('>').append(escape(heading.text()));
            if (heading.mark() != null) {
                html.append("<span class=\"mark\">").append(escape(heading.mark())).append("</span>");
            }
            html.append("</").append(tag).append(">\n");
        } else if (block instanceof Paragraph paragraph) {
            html.append(paragraph.muted() ? "<p class=\"muted\">" : "<p>").append(lines(paragraph.text()))
                    .append("</p>\n");
        } else if (block instanceof Fields fields) {
            html.append("<dl>\n");
            for (Field field : fields.fields()) {
                html.append("<dt>").append(escape(field.label())).append("</dt><dd>");
                for (String value : field.values()) {
                    html.append("<div>").append(lines(value)).append("</div>");
                }
                html.append("</dd>\n");
            }
            html.append("</dl>\n");
        } else if (block instanceof Items items) {
            String tag = items.numbered() ? "ol" : "ul";
            html.append('<').append(tag).append(">\n");
            items.items().forEach(item -> html.append("<li>").append(lines(item)).append("</li>\n"));
            html.append("</").append(tag).append(">\n");
        } else if (block instanceof Table table) {
            table(table);
        } else if (block instanceof Quote quote) {
            html.append("<div class=\"quote-label\">").append(escape(quote.label()))
                    .append("</div>\n<blockquote>").append(escape(quote.text())).append("</blockquote>\n");
        }
    }

    private void table(Table table) {
        float total = (float) table.columns().stream().mapToDouble(Column::weight).sum();
        html.append("<table>\n<colgroup>");
        for (Column column : table.columns()) {
            html.append("<col style=\"width:").append(Math.round(column.weight() * 1000 / total) / 10f).append("%\">");
        }
        html.append("</colgroup>\n<thead><tr>");
        table.columns().forEach(column -> html.append("<th>").append(escape(column.header())).append("</th>"));
        html.append("</tr></thead>\n<tbody>\n");
        for (var row : table.rows()) {
            html.append("<tr>");
            row.forEach(cell -> html.append("<td>").append(lines(cell)).append("</td>"));
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n");
    }

    /** Escaped, with line breaks kept and phone numbers, e-mail and web addresses as links. */
    private static String lines(String text) {
        return linked(text).replace("\n", "<br>");
    }

    /** Escaped, each phone number a tel: link, each e-mail address a mailto: link, each web address a link. */
    static String linked(String text) {
        StringBuilder out = new StringBuilder(text.length() + 32);
        Matcher match = LINKED.matcher(text);
        int done = 0;
        while (match.find()) {
            String found = match.group();
            String href = found.startsWith("http") ? found : found.contains("@") ? "mailto:" + found : tel(found);
            if (href == null) {
                continue;
            }
            out.append(escape(text.substring(done, match.start()))).append("<a href=\"").append(escape(href))
                    .append("\">").append(escape(found)).append("</a>");
            done = match.end();
        }
        return out.append(escape(text.substring(done))).toString();
    }

    /** "tel:+31612345678" for a phone number as written; null when it is no phone number after all. */
    private static String tel(String written) {
        String digits = written.replaceAll("[^\\d]", "");
        if (digits.length() < 9 || digits.length() > 15 || DATE.matcher(written).find()) {
            return null;
        }
        return "tel:" + (written.startsWith("+") ? "+" : "") + digits;
    }

    /**
     * Text made safe for element content and quoted attribute values: {@code & < > " '} become
     * entities, a no-break space becomes {@code &nbsp;}, and control characters that HTML forbids
     * are dropped.
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case Report.NO_BREAK -> out.append("&nbsp;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}

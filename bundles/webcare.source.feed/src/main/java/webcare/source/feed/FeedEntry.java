package webcare.source.feed;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndPerson;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.jdom2.output.Format;
import org.jdom2.output.LineSeparator;
import org.jdom2.output.XMLOutputter;
import webcare.model.Author;
import webcare.model.Mention;
import webcare.model.MentionKind;

/**
 * One RSS item or Atom entry as a mention.
 *
 * @param id          {@code guid} / {@code id}, else the link
 * @param fingerprint what the cursor remembers of it: its id and date
 * @param mention     the mention
 */
record FeedEntry(String id, String fingerprint, Mention mention) {

    /** Atom threading (RFC 4685): an entry that answers another, as forums and comment feeds write. */
    static final Namespace THREADING = Namespace.getNamespace("thr", "http://purl.org/syndication/thread/1.0");
    /** Joins an entry's title and text into the mention's text. */
    static final String TITLE_SEPARATOR = " — ";

    /** The entry's XML as it came, line ends included (JDOM's default would turn them into CRLF). */
    private static final XMLOutputter RAW = new XMLOutputter(Format.getRawFormat().setLineSeparator(LineSeparator.NONE));
    /** RSS's {@code author}: an e-mail address, usually with the name in brackets. */
    private static final Pattern MAIL_AND_NAME = Pattern.compile("\\s*\\S+@\\S+\\s*\\((.+)\\)\\s*");

    /**
     * The entry as a mention; empty when it has neither id nor link, so nothing could tell it from
     * the next one.
     *
     * @param element  its XML, or null when ROME had to heal the feed
     * @param feedLang the feed's language, for entries that name none
     * @param now      when the feed was fetched: the date of an entry that has none
     */
    static Optional<FeedEntry> of(SyndEntry entry, Element element, String feedLang, String instance, Instant now) {
        String id = blankToNull(entry.getUri());
        if (id == null) {
            id = blankToNull(entry.getLink());
        }
        if (id == null) {
            return Optional.empty();
        }
        Instant published = instant(entry.getPublishedDate());
        Instant updated = instant(entry.getUpdatedDate());
        Instant created = published != null ? published : updated != null ? updated : now;
        Instant latest = updated != null ? updated : published;
        String inReplyTo = element == null ? null : inReplyTo(element);
        String lang = element == null ? null : blankToNull(element.getAttributeValue("lang", Namespace.XML_NAMESPACE));
        Mention mention = new Mention(FeedSource.TYPE, instance, id,
                inReplyTo == null ? MentionKind.POST : MentionKind.COMMENT, inReplyTo, inReplyTo, author(entry),
                text(entry), lang != null ? lang : blankToNull(feedLang), null, blankToNull(entry.getLink()), created,
                updated != null && updated.isAfter(created) ? updated : null,
                element == null ? null : RAW.outputString(element), false);
        return Optional.of(new FeedEntry(id, FeedState.fingerprint(id, latest == null ? "" : latest.toString()),
                mention));
    }

    /**
     * The entry an Atom threading {@code thr:in-reply-to} names. The thread is taken to be that
     * entry too: the extension names only the direct parent.
     */
    private static String inReplyTo(Element element) {
        Element answers = element.getChild("in-reply-to", THREADING);
        return answers == null ? null : blankToNull(answers.getAttributeValue("ref"));
    }

    /** "title — text", or whichever of the two there is; the full content before the summary; markup out. */
    private static String text(SyndEntry entry) {
        SyndContent titled = entry.getTitleEx();
        String title = plain(entry.getTitle(), titled == null ? null : titled.getType());
        List<SyndContent> contents = entry.getContents();
        SyndContent body = contents != null && !contents.isEmpty() && blankToNull(contents.get(0).getValue()) != null
                ? contents.get(0) : entry.getDescription();
        String text = body == null ? "" : plain(body.getValue(), body.getType());
        if (title.isEmpty() || text.equals(title)) {
            return text;
        }
        return text.isEmpty() ? title : title + TITLE_SEPARATOR + text;
    }

    private static String plain(String value, String type) {
        if (value == null) {
            return "";
        }
        boolean html = type != null && type.contains("html") || HtmlText.looksLikeHtml(value);
        return html ? HtmlText.of(value) : value.strip();
    }

    /** Atom's first author (name and uri), else RSS's {@code dc:creator} or {@code author}. */
    private static Author author(SyndEntry entry) {
        List<SyndPerson> people = entry.getAuthors();
        SyndPerson first = people == null || people.isEmpty() ? null : people.get(0);
        String name = first == null ? null : blankToNull(first.getName());
        String profile = first == null ? null : blankToNull(first.getUri());
        if (name == null) {
            name = blankToNull(entry.getAuthor());
        }
        if (name != null) {
            Matcher mailAndName = MAIL_AND_NAME.matcher(name);
            name = mailAndName.matches() ? mailAndName.group(1).strip() : name;
        }
        return name == null && profile == null ? null : new Author(null, null, name, null, profile);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

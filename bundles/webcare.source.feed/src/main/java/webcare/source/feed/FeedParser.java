package webcare.source.feed;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.WireFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.JDOMException;
import org.jdom2.Namespace;

/**
 * Reads a feed with ROME, keeping the XML element of each entry for the mention's raw payload.
 * The document is built by ROME's own SAX set-up ({@link #createSAXBuilder}: no DOCTYPE, no
 * external entities) from ROME's {@link XmlReader}, which finds the encoding from the HTTP
 * content type, the byte order mark and the XML prolog. Not thread-safe: one per fetch.
 */
final class FeedParser extends WireFeedInput {

    /**
     * A read feed.
     *
     * @param feed     what ROME made of it
     * @param elements each entry's element, in the order of {@code feed.getEntries()}; empty when
     *                 they cannot be matched (the feed needed ROME's healing)
     * @param lang     the feed's language: RSS {@code language}, else the root's {@code xml:lang}; null when neither
     */
    record Parsed(SyndFeed feed, List<Element> elements, String lang) {}

    FeedParser() {
        super(false, Locale.US);
    }

    /**
     * @throws IOException              when the bytes are no readable XML text
     * @throws FeedException            when the XML is malformed or cut short
     * @throws IllegalArgumentException when the XML is no RSS or Atom feed
     */
    Parsed parse(byte[] body, String contentType) throws IOException, FeedException {
        Document document;
        try (Reader reader = new XmlReader(new ByteArrayInputStream(body), contentType, true)) {
            document = createSAXBuilder().build(reader);
        } catch (JDOMException malformed) {
            return healed(body, contentType, malformed);
        }
        SyndFeed feed = new SyndFeedImpl(build(document));
        Element root = document.getRootElement();
        List<Element> elements = entries(root);
        String lang = feed.getLanguage() != null && !feed.getLanguage().isBlank() ? feed.getLanguage().strip()
                : root.getAttributeValue("lang", Namespace.XML_NAMESPACE);
        return new Parsed(feed, elements.size() == feed.getEntries().size() ? elements : List.of(), lang);
    }

    /**
     * ROME's own reading with its healer on, which mends what breaks most feeds that are not
     * well-formed (HTML entities such as {@code &nbsp;}, text before the prolog). The elements are
     * lost then: those mentions carry no raw payload.
     */
    private static Parsed healed(byte[] body, String contentType, JDOMException malformed)
            throws IOException, FeedException {
        SyndFeedInput input = new SyndFeedInput();
        input.setXmlHealerOn(true);
        try (Reader reader = new XmlReader(new ByteArrayInputStream(body), contentType, true)) {
            SyndFeed feed = input.build(reader);
            return new Parsed(feed, List.of(), feed.getLanguage());
        } catch (FeedException stillBroken) {
            throw new FeedException(malformed.getMessage(), malformed);
        }
    }

    /** The entry elements: Atom's {@code feed/entry}, RSS's {@code channel/item}, RSS 1.0's {@code rdf:RDF/item}. */
    private static List<Element> entries(Element root) {
        List<Element> entries = new ArrayList<>();
        if (root.getName().equals("feed")) {
            named(root, "entry", entries);
            return entries;
        }
        for (Element child : root.getChildren()) {
            if (child.getName().equals("channel")) {
                named(child, "item", entries);
            }
        }
        named(root, "item", entries);
        return entries;
    }

    private static void named(Element parent, String name, List<Element> into) {
        for (Element child : parent.getChildren()) {
            if (child.getName().equals(name)) {
                into.add(child);
            }
        }
    }
}

package webcare.triage.reasons;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.osgi.service.component.annotations.Component;
import webcare.triage.api.Decision;
import webcare.triage.api.Evidence;
import webcare.triage.api.Reason;
import webcare.triage.api.ReasonRenderer;

/**
 * Reasons as sentences, from {@code messages.properties} (English) and {@code messages_nl.properties}
 * (Dutch) beside this class: {@code rule.<id>} is the sentence of a rule, each {@code {n}} the
 * n-th piece of evidence written by its kind ({@code evidence.*}, {@code flag.*}, {@code reach.*}),
 * and {@code reason} puts it and the decision together. Thread-safe.
 */
@Component
public final class ReasonTexts implements ReasonRenderer {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    @Override
    public String render(Reason reason, Locale language) {
        Texts texts = Texts.of(language);
        String key = "rule." + reason.rule();
        if (!texts.has(key)) {
            throw new IllegalArgumentException("no text for triage rule '" + reason.rule() + "' in "
                    + texts.locale.getDisplayLanguage(Locale.ENGLISH) + ": add " + key + " to the messages");
        }
        Object[] pieces = new Object[reason.evidence().size()];
        for (int i = 0; i < pieces.length; i++) {
            pieces[i] = evidence(reason.evidence().get(i), texts);
        }
        return texts.format("reason", texts.format(key, pieces), decision(reason.decision(), language));
    }

    @Override
    public String decision(Decision decision, Locale language) {
        return Texts.of(language).format("decision." + decision.name());
    }

    private static String evidence(Evidence evidence, Texts texts) {
        // positions are shown as people count: the first character is 1, the last one is included;
        // as plain digits (a position is no amount), which also spares a NumberFormat per reason
        if (evidence instanceof Evidence.Flagged flagged) {
            return texts.format("evidence.flagged", texts.format("flag." + flagged.type()),
                    Integer.toString(flagged.start() + 1), Integer.toString(flagged.end()));
        }
        if (evidence instanceof Evidence.Quote quote) {
            return texts.format("evidence.quote", oneLine(quote.text()), Integer.toString(quote.start() + 1),
                    Integer.toString(quote.end()));
        }
        if (evidence instanceof Evidence.Listed listed) {
            List<String> items = new ArrayList<>(listed.items().size());
            for (Evidence item : listed.items()) {
                items.add(evidence(item, texts));
            }
            return texts.join(items);
        }
        if (evidence instanceof Evidence.Count count) {
            return texts.format("evidence.count", count.value());
        }
        if (evidence instanceof Evidence.Share share) {
            return texts.format("evidence.share", share.part(), share.whole());
        }
        if (evidence instanceof Evidence.Reach reach) {
            return texts.format("reach." + reach.tier());
        }
        if (evidence instanceof Evidence.Score score) {
            return texts.format("evidence.score", score.value());
        }
        if (evidence instanceof Evidence.FactRef fact) {
            return texts.format("evidence.fact", oneLine(fact.text()), fact.topic());
        }
        Evidence.Words words = (Evidence.Words) evidence; // the last kind of the sealed Evidence
        List<String> quoted = new ArrayList<>(words.words().size());
        for (String word : words.words()) {
            quoted.add(texts.format("evidence.word", word));
        }
        return quoted.isEmpty() ? texts.format("evidence.noWords") : texts.join(quoted);
    }

    /** A quote stays on one line, and a long one is cut: a reason is a sentence, not the item again. */
    private static String oneLine(String text) {
        String line = WHITESPACE.matcher(text).replaceAll(" ").strip();
        return line.length() <= 80 ? line : line.substring(0, 79) + "…";
    }

    /** The texts of one language. */
    /**
     * The texts of one language, made once: triage renders a few reasons per mention, and parsing
     * the bundle's patterns anew each time cost more than the rules themselves (measured).
     */
    private static final class Texts {

        private static final Texts DUTCH_TEXTS = new Texts(DUTCH);
        private static final Texts ENGLISH_TEXTS = new Texts(Locale.ENGLISH);

        private final Locale locale;
        private final ResourceBundle bundle;
        /** Parsed once per key; a MessageFormat is not thread-safe, so each use formats a clone. */
        private final Map<String, MessageFormat> patterns = new ConcurrentHashMap<>();

        private Texts(Locale locale) {
            this.locale = locale;
            // no fallback to the JVM's default locale: English is the base file, whatever the machine says
            this.bundle = ResourceBundle.getBundle(ReasonTexts.class.getPackageName() + ".messages", locale,
                    ReasonTexts.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        }

        static Texts of(Locale language) {
            return DUTCH.getLanguage().equals(language.getLanguage()) ? DUTCH_TEXTS : ENGLISH_TEXTS;
        }

        boolean has(String key) {
            return bundle.containsKey(key);
        }

        String format(String key, Object... arguments) {
            try {
                MessageFormat pattern = patterns.computeIfAbsent(key,
                        known -> new MessageFormat(bundle.getString(known), locale));
                return ((MessageFormat) pattern.clone()).format(arguments);
            } catch (MissingResourceException e) {
                throw new IllegalArgumentException("no triage text '" + key + "' in "
                        + locale.getDisplayLanguage(Locale.ENGLISH) + ": add it to the messages", e);
            }
        }

        /** "a", "a and b", "a, b and c". */
        String join(List<String> items) {
            if (items.size() <= 1) {
                return items.isEmpty() ? "" : items.get(0);
            }
            String head = String.join(format("list.separator"), items.subList(0, items.size() - 1));
            return format("list.last", head, items.get(items.size() - 1));
        }
    }
}

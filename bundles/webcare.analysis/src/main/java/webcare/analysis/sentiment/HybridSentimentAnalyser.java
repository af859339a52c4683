package webcare.analysis.sentiment;

import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import webcare.analysis.api.LanguageDetector;
import webcare.analysis.api.Sentiment;
import webcare.analysis.api.SentimentAnalyser;
import webcare.launch.api.Launch;

/**
 * The sentiment service: lexicon rules plus a linear model per language ({@link SentimentEngine}),
 * with a team's own words from {@code $WEBCARE_HOME/etc/sentiment-nl.tsv} and
 * {@code sentiment-en.tsv} (other names through {@code etc/webcare.analysis.sentiment.cfg}). The
 * files are read once, at activation; a changed {@code .cfg} re-activates the component.
 */
@Component(service = SentimentAnalyser.class, configurationPid = HybridSentimentAnalyser.PID)
@Designate(ocd = HybridSentimentAnalyser.Config.class)
public final class HybridSentimentAnalyser implements SentimentAnalyser {

    static final String PID = "webcare.analysis.sentiment";
    private static final System.Logger LOG = System.getLogger(HybridSentimentAnalyser.class.getName());

    /** Keys of {@code etc/webcare.analysis.sentiment.cfg}. */
    @ObjectClassDefinition(id = PID, name = "Sentiment",
            description = "The team's own sentiment words, added to the shipped lexicons")
    public @interface Config {
        @AttributeDefinition(name = "Dutch word list", required = false,
                description = "File in etc/ with word<TAB>score (-5..5) lines for Dutch texts; missing is fine")
        String wordListNl() default "sentiment-nl.tsv";

        @AttributeDefinition(name = "English word list", required = false,
                description = "File in etc/ with word<TAB>score (-5..5) lines for English texts; missing is fine")
        String wordListEn() default "sentiment-en.tsv";
    }

    private final SentimentEngine engine;

    @Activate
    public HybridSentimentAnalyser(@Reference Launch launch, Config config) {
        this(launch.home().resolve("etc"), Map.of(LanguageDetector.DUTCH, config.wordListNl(),
                LanguageDetector.ENGLISH, config.wordListEn()),
                warning -> LOG.log(Level.WARNING, warning));
    }

    /**
     * @param etc       the folder the word lists are in
     * @param wordLists per language code, a file name in {@code etc} (absolute paths too); a
     *                  missing file means no team words
     * @param warnings  gets one line per problem in a file
     */
    HybridSentimentAnalyser(Path etc, Map<String, String> wordLists, Consumer<String> warnings) {
        Map<String, Map<String, Double>> teamWords = new HashMap<>();
        wordLists.forEach((lang, name) -> {
            if (name != null && !name.isBlank()) {
                Path file = etc.resolve(name.strip());
                if (Files.isRegularFile(file)) {
                    teamWords.put(lang, WordList.file(file, warnings));
                }
            }
        });
        this.engine = SentimentEngine.shipped(teamWords);
    }

    @Override
    public Sentiment analyse(String text, String lang, Integer rating) {
        return engine.analyse(text, lang, rating);
    }
}

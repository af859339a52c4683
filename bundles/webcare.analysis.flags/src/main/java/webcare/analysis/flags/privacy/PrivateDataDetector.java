package webcare.analysis.flags.privacy;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import webcare.analysis.api.Flag;
import webcare.analysis.api.FlagDetector;

/**
 * Private data as exact spans: e-mail addresses, IBANs (checksum valid), phone numbers, Dutch
 * addresses (postcode with house number), BSNs (11-check) and the team's own order and customer
 * numbers ({@code etc/webcare.analysis.flags.cfg}). Where two recognisers claim the same
 * characters the more specific one wins, in that order (a configured order number before a phone
 * number or BSN). Details name the kind, never the data.
 */
@Component(service = FlagDetector.class, configurationPid = PrivateDataDetector.PID)
@Designate(ocd = PrivateDataDetector.Config.class)
public final class PrivateDataDetector implements FlagDetector {

    static final String PID = "webcare.analysis.flags";
    private static final Logger LOG = System.getLogger(PrivateDataDetector.class.getName());

    /** Keys of {@code etc/webcare.analysis.flags.cfg}. */
    @ObjectClassDefinition(id = PID, name = "Private data flags",
            description = "The team's own numbers that are private data, besides phone, e-mail, IBAN, BSN and address")
    public @interface Config {
        @AttributeDefinition(name = "Order number patterns", required = false,
                description = "Java regular expressions, separated by spaces, e.g. ORD-\\d{6} \\b20\\d{8}\\b")
        String[] orderNumberPatterns() default {};

        @AttributeDefinition(name = "Customer number patterns", required = false,
                description = "Java regular expressions, separated by spaces, e.g. KL\\d{7}")
        String[] customerNumberPatterns() default {};
    }

    private final List<Recogniser> recognisers;

    @Activate
    public PrivateDataDetector(Config config) {
        this(config, problem -> LOG.log(Level.WARNING, problem));
    }

    /** @param problems receives one line per configured pattern that cannot be used */
    public PrivateDataDetector(Config config, Consumer<String> problems) {
        ConfiguredPatterns own = ConfiguredPatterns.NONE
                .with("orderNumberPatterns", config.orderNumberPatterns(), "order number", problems)
                .with("customerNumberPatterns", config.customerNumberPatterns(), "customer number", problems);
        List<Recogniser> all = new ArrayList<>(List.of(new Emails(), new Ibans(), new Phones(), new Addresses(), new Bsns()));
        if (!own.isEmpty()) {
            all.add(own);
        }
        this.recognisers = List.copyOf(all);
    }

    @Override
    public List<Flag> detect(String text, String lang) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<Candidate> candidates = new ArrayList<>();
        for (Recogniser recogniser : recognisers) {
            recogniser.find(text, candidates);
        }
        if (candidates.isEmpty()) {
            return List.of();
        }
        candidates.sort(Comparator.comparingInt(Candidate::rank).thenComparingInt(Candidate::start));
        List<Candidate> kept = new ArrayList<>(candidates.size());
        for (Candidate candidate : candidates) {
            if (kept.stream().noneMatch(candidate::overlaps)) {
                kept.add(candidate);
            }
        }
        kept.sort(Comparator.comparingInt(Candidate::start));
        List<Flag> flags = new ArrayList<>(kept.size());
        for (Candidate candidate : kept) {
            flags.add(candidate.flag());
        }
        return List.copyOf(flags);
    }
}

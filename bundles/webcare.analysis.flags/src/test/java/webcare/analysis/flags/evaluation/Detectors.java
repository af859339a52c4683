package webcare.analysis.flags.evaluation;

import java.lang.annotation.Annotation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import webcare.analysis.api.Flag;
import webcare.analysis.api.FlagDetector;
import webcare.analysis.flags.abuse.AbuseDetector;
import webcare.analysis.flags.privacy.PrivateDataDetector;
import webcare.analysis.flags.threat.ThreatDetector;

/** The bundle's detectors built by hand, as DS would build them, for tests and the bench. */
public final class Detectors {

    private Detectors() {
    }

    /** The private-data detector's settings, as {@code etc/webcare.analysis.flags.cfg} would give them. */
    public static PrivateDataDetector.Config config(String[] orderNumberPatterns, String[] customerNumberPatterns) {
        return new PrivateDataDetector.Config() {
            @Override
            public String[] orderNumberPatterns() {
                return orderNumberPatterns;
            }

            @Override
            public String[] customerNumberPatterns() {
                return customerNumberPatterns;
            }

            @Override
            public Class<? extends Annotation> annotationType() {
                return PrivateDataDetector.Config.class;
            }
        };
    }

    public static PrivateDataDetector privateData(Consumer<String> problems, String... orderNumberPatterns) {
        return new PrivateDataDetector(config(orderNumberPatterns, new String[0]), problems);
    }

    /** All three, as the workbench would ask them; {@code etc} may be null. */
    public static List<FlagDetector> all(Path etc, Consumer<String> problems, String... orderNumberPatterns) {
        return List.of(privateData(problems, orderNumberPatterns), new AbuseDetector(etc, problems),
                new ThreatDetector(etc, problems));
    }

    /** Every detector's flags, merged in text order. */
    public static List<Flag> detect(List<FlagDetector> detectors, String text, String lang) {
        List<Flag> flags = new ArrayList<>();
        for (FlagDetector detector : detectors) {
            flags.addAll(detector.detect(text, lang));
        }
        flags.sort(Comparator.comparingInt(Flag::start).thenComparingInt(Flag::end));
        return flags;
    }
}

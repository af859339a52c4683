package webcare.analysis.reach;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import webcare.analysis.api.ReachClassifier;
import webcare.analysis.api.ReachTier;

/**
 * Reach tiers by thresholds: a figure at or above a tier's threshold is in that tier. On social
 * platforms the figure is followers; on review sites ({@code reviewSources}) it is the number of
 * reviews the author wrote, which says how much weight readers give them, so the thresholds are
 * far lower. Defaults in {@link Config}; {@code etc/webcare.analysis.reach.cfg} changes them.
 */
@Component(service = ReachClassifier.class, configurationPid = ThresholdReachClassifier.PID)
@Designate(ocd = ThresholdReachClassifier.Config.class)
public final class ThresholdReachClassifier implements ReachClassifier {

    static final String PID = "webcare.analysis.reach";

    /** Keys of {@code etc/webcare.analysis.reach.cfg}. */
    @ObjectClassDefinition(id = PID, name = "Reach tiers",
            description = "Followers (or, on review sites, reviews written) from which an author counts as medium, large or influential")
    public @interface Config {
        @AttributeDefinition(name = "Medium from followers", required = false, min = "1")
        long mediumFollowers() default 1_000;

        @AttributeDefinition(name = "Large from followers", required = false, min = "1")
        long largeFollowers() default 10_000;

        @AttributeDefinition(name = "Influential from followers", required = false, min = "1")
        long influentialFollowers() default 100_000;

        @AttributeDefinition(name = "Review sites", required = false,
                description = "Source types whose figure is reviews written, not followers")
        String[] reviewSources() default {"google", "trustpilot"};

        @AttributeDefinition(name = "Medium from reviews written", required = false, min = "1")
        long mediumReviews() default 10;

        @AttributeDefinition(name = "Large from reviews written", required = false, min = "1")
        long largeReviews() default 50;

        @AttributeDefinition(name = "Influential from reviews written", required = false, min = "1")
        long influentialReviews() default 250;
    }

    private final long[] followers;
    private final long[] reviews;
    private final Set<String> reviewSources;

    @Activate
    public ThresholdReachClassifier(Config config) {
        this.followers = thresholds("followers", config.mediumFollowers(), config.largeFollowers(),
                config.influentialFollowers());
        this.reviews = thresholds("reviews", config.mediumReviews(), config.largeReviews(),
                config.influentialReviews());
        Set<String> sources = new HashSet<>();
        for (String source : config.reviewSources()) {
            sources.add(source.strip().toLowerCase(Locale.ROOT));
        }
        this.reviewSources = Set.copyOf(sources);
    }

    private static long[] thresholds(String figure, long medium, long large, long influential) {
        if (!(0 < medium && medium <= large && large <= influential)) {
            throw new IllegalArgumentException(PID + ": the " + figure + " thresholds must rise (medium <= large <= influential),"
                    + " not " + medium + ", " + large + ", " + influential + "; fix etc/" + PID + ".cfg");
        }
        return new long[] {medium, large, influential};
    }

    @Override
    public ReachTier tier(String source, Long figure) {
        if (figure == null || figure < 0) {
            return ReachTier.UNKNOWN;
        }
        boolean reviewSite = source != null && reviewSources.contains(source.toLowerCase(Locale.ROOT));
        long[] limits = reviewSite ? reviews : followers;
        if (figure >= limits[2]) {
            return ReachTier.INFLUENTIAL;
        }
        if (figure >= limits[1]) {
            return ReachTier.LARGE;
        }
        return figure >= limits[0] ? ReachTier.MEDIUM : ReachTier.SMALL;
    }
}

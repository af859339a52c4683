package webcare.analysis.api;

/**
 * Places an author's reach figure in a {@link ReachTier}. The service with the highest ranking is used.
 */
public interface ReachClassifier {

    /**
     * @param source    the platform type ({@code twitter}, {@code google}, …): a review site's
     *                  figure (reviews written) means something else than followers
     * @param followers the platform's reach figure, or null when unknown
     */
    ReachTier tier(String source, Long followers);
}

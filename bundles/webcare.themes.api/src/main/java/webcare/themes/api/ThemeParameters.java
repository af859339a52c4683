package webcare.themes.api;

/**
 * How themes are found.
 *
 * @param minSupport the fewest items of the period a term must occur in to count as recurring (at least 1)
 * @param smoothing  k of the add-k smoothing in the growth (greater than 0): a term seen 0 times before
 *                   counts as if seen k times, so one new item is no infinite growth
 * @param maxThemes  how many themes to return at most (at least 1)
 * @param examples   how many example items to keep per theme, newest first (at least 0)
 */
public record ThemeParameters(int minSupport, double smoothing, int maxThemes, int examples) {

    /** At least 3 items, k = 1, the 50 fastest growing themes with 5 examples each. */
    public static final ThemeParameters DEFAULTS = new ThemeParameters(3, 1.0, 50, 5);

    public ThemeParameters {
        if (minSupport < 1) {
            throw new IllegalArgumentException("minSupport must be 1 or more, not " + minSupport);
        }
        if (!(smoothing > 0) || Double.isInfinite(smoothing)) {
            throw new IllegalArgumentException("smoothing must be greater than 0, not " + smoothing);
        }
        if (maxThemes < 1) {
            throw new IllegalArgumentException("maxThemes must be 1 or more, not " + maxThemes);
        }
        if (examples < 0) {
            throw new IllegalArgumentException("examples must be 0 or more, not " + examples);
        }
    }
}

package webcare.ui.themes.model;

/**
 * A theme's growth for people: the factor by which its share of the complaints rose, e^growth
 * (the finder's growth is a natural log), so 0 reads as "× 1.0" and ln 3 as "× 3.0".
 */
public final class Growth {

    private Growth() {}

    public static double factor(double growth) {
        return Math.exp(growth);
    }
}

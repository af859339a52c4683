package webcare.themes.api;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Finds the themes of a period's complaints: words and two-word phrases (stop words, links,
 * handles and numbers left out) counted once per item they occur in, compared with the period
 * before. A term's growth is {@code ln((now + k) / (before × N / M + k))}, with N and M the items
 * of the period and of the one before (M = 0 counts as N), so a term keeping its share of the
 * complaints stays at 0 however the volume changed. Terms in fewer than
 * {@link ThemeParameters#minSupport} items, or that did not grow, are left out. Thread-safe and pure.
 */
@ProviderType
public interface ThemeFinder {

    /**
     * @param now    the items of the period, any order
     * @param before the items of the period before it (same length), any order; may be empty
     * @return the themes that grew, fastest first; ties by more items now, then alphabetically
     */
    ThemeReport find(List<ThemeItem> now, List<ThemeItem> before, ThemeParameters parameters);
}

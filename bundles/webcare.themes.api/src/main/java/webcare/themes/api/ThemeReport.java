package webcare.themes.api;

import java.util.List;

/**
 * What {@link ThemeFinder#find} found.
 *
 * @param itemsNow    how many items the period had
 * @param itemsBefore how many items the period before had
 * @param themes      the themes that grew, fastest first
 */
public record ThemeReport(int itemsNow, int itemsBefore, List<Theme> themes) {

    public ThemeReport {
        themes = List.copyOf(themes);
    }
}

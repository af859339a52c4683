package webcare.ui.themes.model;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import webcare.store.api.ComplaintRepository;
import webcare.store.api.ComplaintRepository.Complaint;
import webcare.store.api.Store;
import webcare.store.api.StoreException;
import webcare.store.api.Transaction;
import webcare.themes.api.ThemeFinder;
import webcare.themes.api.ThemeItem;
import webcare.themes.api.ThemeParameters;
import webcare.themes.api.ThemeReport;
import webcare.ui.themes.model.Period.Window;

/**
 * What the Themes view asks: the complaints of a period and of the one before, read in one
 * transaction, and the themes found in them. Runs off the UI thread; no SWT.
 */
public final class ThemesWork {

    /** The most complaints read per period: the newest, so a huge period still answers in seconds. */
    public static final int MOST_PER_PERIOD = 50_000;

    private final Store store;
    private final ComplaintRepository complaints;
    private final ThemeFinder finder;
    private final Clock clock;

    public ThemesWork(Store store, ComplaintRepository complaints, ThemeFinder finder, Clock clock) {
        this.store = store;
        this.complaints = complaints;
        this.finder = finder;
        this.clock = clock;
    }

    /**
     * The themes of the period ending now.
     *
     * @param source one source, or null for all
     */
    public ThemesResult themes(Period period, String source) throws StoreException {
        Window now = period.endingAt(clock.instant());
        Window before = now.previous();
        List<ThemeItem> itemsNow = new ArrayList<>();
        List<ThemeItem> itemsBefore = new ArrayList<>();
        store.inTransaction(tx -> {
            read(tx, now, source, itemsNow);
            read(tx, before, source, itemsBefore);
            return null;
        });
        ThemeReport report = finder.find(itemsNow, itemsBefore, ThemeParameters.DEFAULTS);
        boolean capped = itemsNow.size() == MOST_PER_PERIOD || itemsBefore.size() == MOST_PER_PERIOD;
        return new ThemesResult(period, source, now, report, capped);
    }

    private void read(Transaction tx, Window window, String source, List<ThemeItem> into) throws StoreException {
        complaints.complaints(tx, window.from(), window.to(), source, MOST_PER_PERIOD, complaint -> into.add(item(complaint)));
    }

    private static ThemeItem item(Complaint complaint) {
        return new ThemeItem(complaint.mentionId(), complaint.created(), complaint.source(), complaint.lang(),
                complaint.text());
    }

    /** The sources the filter offers. */
    public List<String> sources() throws StoreException {
        return store.inTransaction(complaints::sources);
    }

    /**
     * Themes found for a period.
     *
     * @param capped whether a period had more complaints than {@link #MOST_PER_PERIOD} (only the newest counted)
     */
    public record ThemesResult(Period period, String source, Window window, ThemeReport report, boolean capped) {}
}

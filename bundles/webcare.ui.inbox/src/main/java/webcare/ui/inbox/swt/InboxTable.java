package webcare.ui.inbox.swt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import webcare.store.api.InboxRepository.Count;
import webcare.store.api.InboxRepository.Query;
import webcare.store.api.InboxRepository.Row;
import webcare.store.api.InboxRepository.Sort;
import webcare.store.api.InboxRepository.Status;
import webcare.ui.inbox.model.DisplayText;
import webcare.ui.inbox.model.InboxWork;
import webcare.ui.inbox.model.PageCache;

/**
 * The inbox as a virtual table: it asks the store how many items match (up to
 * {@link InboxWork#COUNT_LIMIT}), then fetches pages of {@link PageCache#PAGE} rows as the table
 * shows them, so a million items cost a limited count and the pages scrolled through. When more
 * match than were counted, the table grows a page at a time as the user scrolls past its end,
 * until a page comes back short. Clicking Priority, Due or Written sorts. UI thread only.
 */
final class InboxTable {

    static final int PRIORITY = 0;
    static final int DECISION = 1;
    static final int DUE = 2;
    static final int SOURCE = 3;
    static final int AUTHOR = 4;
    static final int TEXT = 5;
    static final int STATUS = 6;
    static final int ASSIGNEE = 7;
    static final int CREATED = 8;
    private static final String[] COLUMNS = {"priority", "decision", "due", "source", "author", "text", "status",
        "assignee", "created"};
    private static final int[] WIDTHS = {96, 170, 152, 80, 150, 420, 110, 110, 136}; // fit "Verbergen en uitleggen" and a bold "30 Nov 2026 16:33"
    /** Fifty pages: ten thousand rows at the most, however far one scrolls. */
    private static final int PAGES_KEPT = 50;
    private static final int BADGE_PADDING = 6;

    private final Table table;
    private final Words words;
    private final Look look;
    private final InboxLoader loader;
    private final InboxWork work;
    private final PageCache<Row> cache = new PageCache<>(PAGES_KEPT);
    private Consumer<Row> selected = row -> { };
    private Consumer<Count> endFound = count -> { };
    private Query query;
    /** The query last asked for: a count of an earlier one that comes back late is dropped. */
    private Query asking;
    /** The rows the table holds: the items counted, and a page more each time the end is passed. */
    private int count;
    /** Whether more items match than {@link #count}: then the rows are counted by scrolling. */
    private boolean more;
    /** The index to report as selected once its page arrives; -1 for none. */
    private int waitingFor = -1;

    InboxTable(Composite parent, Words words, Look look, InboxLoader loader, InboxWork work, Consumer<Sort> sortBy) {
        this.words = words;
        this.look = look;
        this.loader = loader;
        this.work = work;
        table = new Table(parent, SWT.VIRTUAL | SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        for (int i = 0; i < COLUMNS.length; i++) {
            TableColumn column = new TableColumn(table, i == PRIORITY ? SWT.RIGHT : SWT.LEFT);
            column.setText(words.get("column." + COLUMNS[i]));
            column.setWidth(WIDTHS[i]);
            Sort sort = i == PRIORITY ? Sort.PRIORITY : i == DUE ? Sort.DUE : i == CREATED ? Sort.NEWEST : null;
            if (sort != null) {
                column.addListener(SWT.Selection, event -> sortBy.accept(sort));
            }
        }
        table.addListener(SWT.SetData, this::fill);
        table.addListener(SWT.MeasureItem, event -> event.height = Math.max(event.height, 26));
        // GTK ignores a cell's own colour once the table is drawn by listeners: the badge and an
        // overdue time are painted here instead
        table.addListener(SWT.EraseItem, event -> {
            if (event.index == DECISION || event.index == DUE && late(event.item.getData())) {
                event.detail &= ~SWT.FOREGROUND;
            }
        });
        table.addListener(SWT.PaintItem, event -> {
            if (event.index == DECISION) {
                paintBadge(event);
            } else if (event.index == DUE && late(event.item.getData())) {
                paintOverdue(event);
            }
        });
        table.addListener(SWT.Selection, event -> report(table.getSelectionIndex()));
    }

    Table control() {
        return table;
    }

    /** Calls {@code show} with the row the user selects, once it is here. */
    void onSelect(Consumer<Row> show) {
        this.selected = show;
    }

    /** Calls {@code found} with the exact count when scrolling past a "10,000+" count finds the last item. */
    void onEndFound(Consumer<Count> found) {
        this.endFound = found;
    }

    /**
     * Shows the items of {@code next}: counts them, forgets the rows of the last query and selects
     * the item now at {@code keep} (or the last one), then calls {@code counted}.
     */
    void show(Query next, int keep, Consumer<Count> counted) {
        Query asked = next;
        asking = next;
        loader.load(() -> work.count(asked), total -> {
            if (asked != asking || table.isDisposed()) {
                return;
            }
            query = asked;
            cache.clear();
            count = (int) Math.min(Integer.MAX_VALUE - PageCache.PAGE, total.items());
            more = total.more();
            table.setItemCount(count);
            table.clearAll();
            markSort(asked.sort());
            if (count > 0) {
                select(Math.max(0, Math.min(keep, count - 1)));
            } else {
                table.deselectAll();
                waitingFor = -1;
            }
            counted.accept(total);
        });
    }

    /**
     * Reads the rows in view again where they stand, so a teammate's claim, answer or status
     * shows within seconds. The list keeps its length, order and selection (nothing moves under
     * the keys of someone triaging); an item that no longer fits the filter leaves at the next
     * full read.
     */
    void refreshShown() {
        if (query == null || count == 0) {
            return;
        }
        int top = table.getTopIndex();
        int visible = table.getClientArea().height / Math.max(1, table.getItemHeight()) + 1;
        List<Integer> indexes = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        for (int index = top; index < Math.min(count, top + visible); index++) {
            Row row = cache.row(index);
            if (row != null) {
                indexes.add(index);
                ids.add(row.mentionId());
            }
        }
        long generation = cache.generation();
        loader.load(() -> work.rows(ids), rows -> {
            if (table.isDisposed() || generation != cache.generation()) {
                return;
            }
            Map<Long, Row> fresh = new HashMap<>();
            rows.forEach(row -> fresh.put(row.mentionId(), row));
            for (int i = 0; i < indexes.size(); i++) {
                Row row = fresh.get(ids.get(i));
                Row shown = cache.row(indexes.get(i));
                if (row != null && shown != null && shown.mentionId() == row.mentionId() && !row.equals(shown)) {
                    cache.replace(indexes.get(i), row);
                    table.clear(indexes.get(i));
                    if (indexes.get(i) == table.getSelectionIndex()) {
                        report(indexes.get(i));
                    }
                }
            }
        });
    }

    /** The index of the selected item; -1 when none. */
    int selection() {
        return table.getSelectionIndex();
    }

    /** The selected item's row; null when none is selected or its page is not here yet. */
    Row selectedRow() {
        int index = table.getSelectionIndex();
        return index < 0 ? null : cache.row(index);
    }

    /** Selects the item {@code delta} away from the selected one, staying within the list. */
    void move(int delta) {
        if (count > 0) {
            select(Math.max(0, Math.min(count - 1, Math.max(0, table.getSelectionIndex()) + delta)));
        }
    }

    private void select(int index) {
        table.setSelection(index);
        table.showSelection();
        report(index);
    }

    private void report(int index) {
        Row row = index < 0 ? null : cache.row(index);
        waitingFor = row == null ? index : -1;
        if (row == null) {
            fetch(index);
        } else {
            selected.accept(row);
        }
    }

    private void fill(Event event) {
        TableItem item = (TableItem) event.item;
        int index = table.indexOf(item);
        Row row = cache.row(index);
        if (row == null) {
            item.setText(TEXT, "\u2026"); // its page is on the way
            fetch(index);
            return;
        }
        item.setText(new String[] {
            String.valueOf(row.priority()),
            words.decision(row.decision()) + (row.overridden() ? " \u270E" : ""),
            words.formats().dateTime(row.due()),
            words.source(row.source()),
            author(row),
            DisplayText.line(row.excerpt()),
            words.status(row.status()),
            row.assignee() == null ? "" : row.assignee(),
            words.formats().dateTime(row.created())});
        item.setFont(DUE, late(row) ? look.bold : null);
        item.setForeground(STATUS, row.status() == Status.OPEN ? null : look.quiet);
        item.setData(row);
    }

    private String author(Row row) {
        String name = row.authorName() != null && !row.authorName().isBlank() ? row.authorName()
                : row.author() == null ? "" : row.author();
        String shown = DisplayText.line(name);
        return row.followers() == null ? shown : shown + " \u00B7 " + words.formats().number(row.followers());
    }

    private void fetch(int index) {
        if (index < 0 || query == null) {
            return;
        }
        cache.toFetch(index).ifPresent(page -> {
            long generation = cache.generation();
            Query asked = query;
            loader.load(() -> work.page(asked, page), rows -> arrived(generation, page, rows),
                    () -> cache.failed(generation, page));
        });
    }

    private void arrived(long generation, int page, List<Row> rows) {
        if (table.isDisposed() || !cache.put(generation, page, rows)) {
            return;
        }
        int from = PageCache.offset(page);
        if (more && from + PageCache.PAGE >= count) { // the last page the table holds
            grow(from + rows.size(), rows.size() == PageCache.PAGE);
        }
        int to = Math.min(count, from + rows.size()) - 1;
        if (to >= from) {
            table.clear(from, to);
        }
        if (waitingFor >= from && waitingFor <= to && waitingFor == table.getSelectionIndex()) {
            report(waitingFor);
        }
    }

    /**
     * The rows have reached {@code end}, the last row the table holds: when {@code full}, a page
     * more comes after it (its rows say "…" until fetched); otherwise that was the last item.
     */
    private void grow(int end, boolean full) {
        if (full) {
            count = end + PageCache.PAGE;
        } else {
            count = end;
            more = false;
            endFound.accept(new Count(count, false));
        }
        table.setItemCount(count);
    }

    private void markSort(Sort sort) {
        int column = switch (sort) {
            case PRIORITY -> PRIORITY;
            case DUE -> DUE;
            case NEWEST -> CREATED;
        };
        table.setSortColumn(table.getColumn(column));
        table.setSortDirection(sort == Sort.DUE ? SWT.UP : SWT.DOWN);
    }

    /** Whether {@code data} is an open item past its due time. */
    private boolean late(Object data) {
        return data instanceof Row row && query != null && row.status() == Status.OPEN
                && row.due().isBefore(query.now());
    }

    private void paintOverdue(Event event) {
        TableItem item = (TableItem) event.item;
        Rectangle text = item.getTextBounds(DUE);
        GC gc = event.gc;
        gc.setFont(look.bold);
        gc.setForeground((event.detail & SWT.SELECTED) != 0
                ? table.getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION_TEXT) : look.overdue);
        String shown = item.getText(DUE);
        gc.drawText(shown, text.x, text.y + (text.height - gc.textExtent(shown).y) / 2, true);
    }

    /** The decision as a rounded badge in its own colours. */
    private void paintBadge(Event event) {
        if (!(event.item.getData() instanceof Row row)) {
            return;
        }
        TableItem item = (TableItem) event.item;
        String text = item.getText(DECISION);
        GC gc = event.gc;
        Look.Badge badge = look.badge(row.decision());
        Rectangle cell = item.getBounds(DECISION);
        Point size = gc.textExtent(text);
        int width = Math.min(cell.width - 4, size.x + 2 * BADGE_PADDING);
        int height = Math.min(cell.height - 4, size.y + 4);
        int x = cell.x + 2;
        int y = cell.y + (cell.height - height) / 2;
        gc.setBackground(badge.fill());
        gc.fillRoundRectangle(x, y, width, height, 10, 10);
        gc.setForeground(badge.ink());
        gc.drawText(text, x + BADGE_PADDING, y + (height - size.y) / 2, true);
    }
}

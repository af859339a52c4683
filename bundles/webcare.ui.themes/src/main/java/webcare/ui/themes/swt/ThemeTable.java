package webcare.ui.themes.swt;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import webcare.themes.api.Theme;

/**
 * The themes, fastest growing first: term, items now, items before, growth. At most a few dozen
 * rows, so a plain table. Arrow keys choose a theme. UI thread only.
 */
final class ThemeTable {

    private final Table table;
    private final Words words;

    ThemeTable(Composite parent, Words words) {
        this.words = words;
        table = new Table(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        column("column.term", SWT.LEFT, 220);
        column("column.now", SWT.RIGHT, 70);
        column("column.before", SWT.RIGHT, 70);
        column("column.growth", SWT.RIGHT, 80);
    }

    private void column(String key, int alignment, int width) {
        TableColumn column = new TableColumn(table, alignment);
        column.setText(words.get(key));
        column.setWidth(width);
    }

    Table control() {
        return table;
    }

    /** The chosen theme's term, if any. */
    Optional<String> chosen() {
        return table.getSelectionCount() == 0 ? Optional.empty()
                : Optional.of(((Theme) table.getSelection()[0].getData()).term());
    }

    /** Calls {@code chosen} with the theme the user moves to. */
    void onChoose(Consumer<Theme> chosen) {
        table.addListener(SWT.Selection, event -> {
            if (event.item != null && event.item.getData() instanceof Theme theme) {
                chosen.accept(theme);
            }
        });
    }

    /** Shows {@code themes}; selects the one with {@code keep} as its term, else the first. Returns the selected one. */
    Optional<Theme> show(List<Theme> themes, String keep) {
        table.setRedraw(false);
        try {
            table.removeAll();
            int selected = 0;
            for (int i = 0; i < themes.size(); i++) {
                Theme theme = themes.get(i);
                TableItem item = new TableItem(table, SWT.NONE);
                item.setText(new String[] {theme.term(), words.count(theme.now()), words.count(theme.before()),
                        words.growth(theme.growth())});
                item.setData(theme);
                if (theme.term().equals(keep)) {
                    selected = i;
                }
            }
            if (themes.isEmpty()) {
                return Optional.empty();
            }
            table.setSelection(selected);
            table.showSelection();
            return Optional.of(themes.get(selected));
        } finally {
            table.setRedraw(true);
        }
    }
}

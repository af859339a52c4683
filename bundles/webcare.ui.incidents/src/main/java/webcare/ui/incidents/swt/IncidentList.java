package webcare.ui.incidents.swt;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import webcare.response.api.Incident;

/** The incidents, newest first: title (drills marked), status, when opened. UI thread only. */
final class IncidentList {

    private final Table table;
    private final Words words;
    private final List<Incident> shown = new ArrayList<>();
    private Consumer<Incident> onChoose = incident -> { };

    IncidentList(Composite parent, Words words) {
        this.words = words;
        table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        table.setHeaderVisible(true);
        for (String[] column : new String[][] {{"column.title", "150"}, {"column.status", "110"}, {"column.opened", "110"}}) {
            TableColumn each = new TableColumn(table, SWT.LEFT);
            each.setText(words.get(column[0]));
            each.setWidth(Integer.parseInt(column[1]));
        }
        table.addListener(SWT.Selection, event -> chosen().ifPresent(onChoose));
    }

    Table control() {
        return table;
    }

    void onChoose(Consumer<Incident> listener) {
        onChoose = listener;
    }

    Optional<Incident> chosen() {
        int index = table.getSelectionIndex();
        return index < 0 || index >= shown.size() ? Optional.empty() : Optional.of(shown.get(index));
    }

    /** Shows {@code incidents}; the one with id {@code keep} (else the first) stays chosen, and is returned. */
    Optional<Incident> show(List<Incident> incidents, Optional<Long> keep) {
        shown.clear();
        shown.addAll(incidents);
        table.removeAll();
        int select = incidents.isEmpty() ? -1 : 0;
        for (int i = 0; i < incidents.size(); i++) {
            Incident incident = incidents.get(i);
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] {(incident.drill() ? words.get("header.drill") : "") + incident.title(),
                    words.status(incident.status()), words.formats().dateTime(incident.opened())});
            if (keep.isPresent() && keep.get() == incident.id()) {
                select = i;
            }
        }
        if (select >= 0) {
            table.setSelection(select);
        }
        return chosen();
    }
}

package webcare.ui.incidents.swt;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import webcare.notify.api.MailStatus;
import webcare.notify.api.Notification;

/**
 * The notifications about the chosen incident: when, to whom, what, how it went (sent, waiting
 * after a failed attempt, in the workbench only) and who saw it, with "Gezien" to acknowledge the
 * chosen one; above them a warning while the mail server fails. UI thread only.
 */
final class NoticesPane {

    private final Words words;
    private final Composite root;
    private final Label mail;
    private final Table table;
    private final Button seen;
    private final List<Notification> shown = new ArrayList<>();

    NoticesPane(Composite parent, Words words, Consumer<Notification> acknowledge) {
        this.words = words;
        root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(2, false));
        mail = new Label(root, SWT.WRAP);
        mail.setForeground(root.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        mail.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        seen = new Button(root, SWT.PUSH);
        seen.setText(words.get("notices.seen"));
        seen.setEnabled(false);
        table = new Table(root, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        table.setHeaderVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        for (String[] column : new String[][] {{"notices.column.when", "90"}, {"notices.column.to", "130"},
                {"notices.column.subject", "220"}, {"notices.column.delivery", "150"}, {"notices.column.seen", "120"}}) {
            TableColumn each = new TableColumn(table, SWT.LEFT);
            each.setText(words.get(column[0]));
            each.setWidth(Integer.parseInt(column[1]));
        }
        table.addListener(SWT.Selection, event -> seen.setEnabled(chosen().filter(n -> n.acknowledgedAt().isEmpty()).isPresent()));
        seen.addListener(SWT.Selection, event -> chosen().ifPresent(acknowledge));
    }

    Composite control() {
        return root;
    }

    private Optional<Notification> chosen() {
        int index = table.getSelectionIndex();
        return index < 0 || index >= shown.size() ? Optional.empty() : Optional.of(shown.get(index));
    }

    void show(List<Notification> notices, Optional<MailStatus> status) {
        Optional<Long> kept = chosen().map(Notification::id);
        shown.clear();
        shown.addAll(notices);
        table.removeAll();
        for (Notification each : notices) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] {words.formats().time(each.created()), each.notice().recipientName(),
                    each.notice().subject(), delivery(each),
                    each.acknowledgedBy().map(by -> by + " " + each.acknowledgedAt().map(words.formats()::time).orElse(""))
                            .orElse("")});
            if (kept.isPresent() && kept.get() == each.id()) {
                table.setSelection(table.getItemCount() - 1);
            }
        }
        seen.setEnabled(chosen().filter(n -> n.acknowledgedAt().isEmpty()).isPresent());
        String warning = status.filter(MailStatus::troubled).map(trouble -> words.format("notices.mailTrouble",
                trouble.waiting(), trouble.lastError().orElse("?"), trouble.nextAttempt().map(words.formats()::time).orElse("?")))
                .orElse(status.isPresent() && status.get().server().isEmpty() ? words.get("notices.mailOff") : "");
        mail.setText(warning);
        root.layout(true);
    }

    private String delivery(Notification notification) {
        return switch (notification.delivery()) {
            case SENT -> words.format("notices.sent", notification.sentAt().map(words.formats()::time).orElse(""));
            case WAITING -> notification.attempts() > 0 ? words.format("notices.retrying", notification.attempts())
                    : words.get("notices.waiting");
            case IN_APP -> words.get("notices.inApp");
        };
    }
}

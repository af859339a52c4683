package webcare.ui.incidents.swt;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import webcare.model.plan.Person;
import webcare.model.plan.Plan;
import webcare.model.plan.Scenario;
import webcare.response.api.OpenRequest;
import webcare.response.api.Origin;

/**
 * Opens an incident by hand: a title, the plan's scenario (or later), when it started (local
 * time, now by default), who of the plan's people cannot act now, the statements' language and
 * whether it is a drill. Returns the request, or empty when cancelled. UI thread only.
 */
final class OpenDialog {

    private OpenDialog() {}

    /**
     * What a signal (or an escalated item) brings to the dialog: a title, when it started and was
     * detected, how it came, its evidence for the timeline and the messages to link.
     */
    record Prefill(String title, Instant started, Instant detected, Origin origin, String evidence, List<Long> mentions) {}

    static Optional<OpenRequest> ask(Shell owner, Words words, Optional<Plan> plan, Instant now, String user,
            Optional<Prefill> prefill) {
        Shell dialog = new Shell(owner, SWT.DIALOG_TRIM | SWT.APPLICATION_MODAL | SWT.RESIZE);
        dialog.setText(words.get("open.title"));
        dialog.setLayout(new GridLayout(2, false));

        new Label(dialog, SWT.NONE).setText(words.get("open.name"));
        Text title = new Text(dialog, SWT.BORDER);
        prefill.ifPresent(given -> title.setText(given.title()));
        GridData wide = new GridData(SWT.FILL, SWT.CENTER, true, false);
        wide.widthHint = 360;
        title.setLayoutData(wide);

        new Label(dialog, SWT.NONE).setText(words.get("open.scenario"));
        Combo scenario = new Combo(dialog, SWT.READ_ONLY | SWT.DROP_DOWN);
        scenario.add(words.get("open.scenario.none"));
        List<Scenario> scenarios = plan.map(Plan::scenarios).orElse(List.of());
        scenarios.forEach(each -> scenario.add(each.name()));
        scenario.select(scenarios.isEmpty() ? 0 : 1);

        new Label(dialog, SWT.NONE).setText(words.get("open.started"));
        Composite when = new Composite(dialog, SWT.NONE);
        GridLayout pair = new GridLayout(2, false);
        pair.marginWidth = 0;
        when.setLayout(pair);
        DateTime day = new DateTime(when, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER);
        DateTime clock = new DateTime(when, SWT.TIME | SWT.SHORT | SWT.BORDER);
        ZonedDateTime local = prefill.map(Prefill::started).orElse(now).atZone(words.formats().zone());
        day.setDate(local.getYear(), local.getMonthValue() - 1, local.getDayOfMonth());
        clock.setTime(local.getHour(), local.getMinute(), 0);

        List<Person> people = plan.map(Plan::people).orElse(List.of());
        List<Button> away = new ArrayList<>();
        if (!people.isEmpty()) {
            Label heading = new Label(dialog, SWT.WRAP);
            heading.setText(words.get("open.unavailable"));
            heading.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
            Composite boxes = new Composite(dialog, SWT.NONE);
            boxes.setLayout(new GridLayout(3, true));
            boxes.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
            for (Person person : people) {
                Button box = new Button(boxes, SWT.CHECK);
                box.setText(person.name());
                box.setData(person.id());
                away.add(box);
            }
        }

        new Label(dialog, SWT.NONE).setText(words.get("open.language"));
        Combo language = new Combo(dialog, SWT.READ_ONLY | SWT.DROP_DOWN);
        language.setItems("Nederlands", "English");
        language.select("nl".equals(words.locale().getLanguage()) ? 0 : 1);

        Button drill = new Button(dialog, SWT.CHECK);
        drill.setText(words.get("open.drill"));
        drill.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));

        Label problem = new Label(dialog, SWT.WRAP);
        problem.setForeground(dialog.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        problem.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        problem.setText(plan.isEmpty() ? words.get("open.noPlan") : "");

        Composite buttons = new Composite(dialog, SWT.NONE);
        buttons.setLayout(new GridLayout(2, true));
        buttons.setLayoutData(new GridData(SWT.END, SWT.CENTER, true, false, 2, 1));
        Button ok = new Button(buttons, SWT.PUSH);
        ok.setText(words.get("open.ok"));
        Button cancel = new Button(buttons, SWT.PUSH);
        cancel.setText(words.get("prompt.cancel"));

        OpenRequest[] answer = {null};
        ok.addListener(SWT.Selection, event -> {
            if (title.getText().isBlank()) {
                problem.setText(words.get("open.titleNeeded"));
                dialog.layout(true);
                title.setFocus();
                return;
            }
            Instant started = LocalDateTime.of(day.getYear(), day.getMonth() + 1, day.getDay(), clock.getHours(),
                    clock.getMinutes()).atZone(words.formats().zone()).toInstant();
            Set<String> unavailable = new LinkedHashSet<>();
            away.stream().filter(Button::getSelection).forEach(box -> unavailable.add((String) box.getData()));
            int chosen = scenario.getSelectionIndex();
            answer[0] = new OpenRequest(title.getText().strip(),
                    chosen <= 0 ? Optional.empty() : Optional.of(scenarios.get(chosen - 1).id()),
                    prefill.map(Prefill::origin).orElse(Origin.MANUAL), prefill.map(Prefill::detected).orElse(now),
                    Optional.of(now), started.isAfter(now) ? now : started, language.getSelectionIndex() == 0 ? "nl" : "en",
                    drill.getSelection(), unavailable, prefill.map(Prefill::evidence).orElse(words.get("open.title")),
                    prefill.map(Prefill::mentions).orElse(List.of()), user);
            dialog.close();
        });
        cancel.addListener(SWT.Selection, event -> dialog.close());
        dialog.setDefaultButton(ok);
        Modal.show(dialog, title);
        return Optional.ofNullable(answer[0]);
    }
}

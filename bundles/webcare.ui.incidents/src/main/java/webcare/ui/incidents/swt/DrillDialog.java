package webcare.ui.incidents.swt;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import webcare.model.plan.Plan;
import webcare.model.plan.Scenario;
import webcare.response.api.Drills;

/**
 * Starts a drill: the recorded mention file (JSON Lines or CSV), how many times faster than it was
 * recorded, the plan's scenario to exercise and the statements' language. UI thread only.
 */
final class DrillDialog {

    static final int DEFAULT_SPEED = 60;

    private DrillDialog() {}

    static Optional<Drills.Request> ask(Shell owner, Words words, Optional<Plan> plan, String user) {
        Shell dialog = new Shell(owner, SWT.DIALOG_TRIM | SWT.APPLICATION_MODAL | SWT.RESIZE);
        dialog.setText(words.get("drill.title"));
        dialog.setLayout(new GridLayout(3, false));
        Label intro = new Label(dialog, SWT.WRAP);
        intro.setText(words.get("drill.intro"));
        GridData wide = new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1);
        wide.widthHint = 520;
        intro.setLayoutData(wide);

        new Label(dialog, SWT.NONE).setText(words.get("drill.file"));
        Text file = new Text(dialog, SWT.BORDER);
        file.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button browse = new Button(dialog, SWT.PUSH);
        browse.setText(words.get("drill.browse"));
        browse.addListener(SWT.Selection, event -> {
            FileDialog choose = new FileDialog(dialog, SWT.OPEN);
            choose.setFilterExtensions(new String[] {"*.jsonl;*.json;*.ndjson;*.csv", "*"});
            String chosen = choose.open();
            if (chosen != null) {
                file.setText(chosen);
            }
        });

        new Label(dialog, SWT.NONE).setText(words.get("drill.speed"));
        Spinner speed = new Spinner(dialog, SWT.BORDER);
        speed.setValues(DEFAULT_SPEED, 1, 100_000, 0, 10, 100);
        speed.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false, 2, 1));

        new Label(dialog, SWT.NONE).setText(words.get("open.scenario"));
        Combo scenario = new Combo(dialog, SWT.READ_ONLY | SWT.DROP_DOWN);
        scenario.add(words.get("open.scenario.none"));
        List<Scenario> scenarios = plan.map(Plan::scenarios).orElse(List.of());
        scenarios.forEach(each -> scenario.add(each.name()));
        scenario.select(scenarios.isEmpty() ? 0 : 1);
        scenario.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));

        new Label(dialog, SWT.NONE).setText(words.get("open.language"));
        Combo language = new Combo(dialog, SWT.READ_ONLY | SWT.DROP_DOWN);
        language.setItems("Nederlands", "English");
        language.select("nl".equals(words.locale().getLanguage()) ? 0 : 1);
        language.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false, 2, 1));

        Label problem = new Label(dialog, SWT.WRAP);
        problem.setForeground(dialog.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        problem.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        Composite buttons = new Composite(dialog, SWT.NONE);
        buttons.setLayout(new GridLayout(2, true));
        buttons.setLayoutData(new GridData(SWT.END, SWT.CENTER, true, false, 3, 1));
        Button ok = new Button(buttons, SWT.PUSH);
        ok.setText(words.get("drill.start"));
        Button cancel = new Button(buttons, SWT.PUSH);
        cancel.setText(words.get("prompt.cancel"));

        Drills.Request[] answer = {null};
        ok.addListener(SWT.Selection, event -> {
            Path chosen = Path.of(file.getText().strip());
            if (file.getText().isBlank() || !Files.isRegularFile(chosen)) {
                problem.setText(words.get("drill.noFile"));
                dialog.layout(true);
                return;
            }
            int index = scenario.getSelectionIndex();
            answer[0] = new Drills.Request(chosen, speed.getSelection(),
                    index <= 0 ? Optional.empty() : Optional.of(scenarios.get(index - 1).id()),
                    language.getSelectionIndex() == 0 ? "nl" : "en", user);
            dialog.close();
        });
        cancel.addListener(SWT.Selection, event -> dialog.close());
        dialog.setDefaultButton(ok);
        Modal.show(dialog, file);
        return Optional.ofNullable(answer[0]);
    }
}

package webcare.ui.incidents.swt;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import webcare.model.plan.ItemRef;
import webcare.response.api.Evaluation;
import webcare.response.api.Incident;
import webcare.response.api.Measures;
import webcare.response.api.RoleHolder;
import webcare.response.api.TaskState;
import webcare.ui.api.DisplayFormats;

/**
 * The post-incident review of a resolved incident: its measured times, what happened, what went
 * well, what to improve, the actions (a line each: what; owner; date) and the plan items to look
 * at in the next annual review (a line each: item; what should change). A wrong line is named with
 * its number and nothing is saved. Starts from the latest evaluation, if any. UI thread only.
 */
final class EvaluationDialog {

    private EvaluationDialog() {}

    static Optional<Evaluation> ask(Shell owner, Words words, Incident incident, Measures measures,
            Optional<Evaluation> earlier, String user, Instant now) {
        Shell dialog = new Shell(owner, SWT.DIALOG_TRIM | SWT.APPLICATION_MODAL | SWT.RESIZE);
        dialog.setText(words.format("evaluation.title", incident.title()));
        dialog.setLayout(new GridLayout(2, false));
        Label times = new Label(dialog, SWT.WRAP);
        times.setText(words.measures(measures));
        times.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        Text happened = field(dialog, words.get("evaluation.happened"), earlier.map(Evaluation::whatHappened).orElse(""), 3);
        Text well = field(dialog, words.get("evaluation.well"), earlier.map(Evaluation::wentWell).orElse(""), 3);
        Text improve = field(dialog, words.get("evaluation.improve"), earlier.map(Evaluation::toImprove).orElse(""), 3);
        Text actions = field(dialog, words.get("evaluation.actions"), earlier.map(evaluation -> String.join("\n",
                evaluation.actions().stream().map(action -> action.what() + "; " + action.owner() + "; "
                        + words.formats().date(action.due())).toList())).orElse(""), 3);
        Text flags = field(dialog, words.get("evaluation.flags"), earlier.map(evaluation -> String.join("\n",
                evaluation.flags().stream().map(flag -> flag.item() + "; " + flag.note()).toList())).orElse(""), 3);
        Label items = new Label(dialog, SWT.WRAP);
        items.setText(words.format("evaluation.items", String.join(", ", planItems(incident))));
        GridData itemsSize = new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1);
        itemsSize.widthHint = 560;
        items.setLayoutData(itemsSize);
        Label problem = new Label(dialog, SWT.WRAP);
        problem.setForeground(dialog.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        problem.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        Composite buttons = new Composite(dialog, SWT.NONE);
        buttons.setLayout(new GridLayout(2, true));
        buttons.setLayoutData(new GridData(SWT.END, SWT.CENTER, true, false, 2, 1));
        Button ok = new Button(buttons, SWT.PUSH);
        ok.setText(words.get("evaluation.save"));
        Button cancel = new Button(buttons, SWT.PUSH);
        cancel.setText(words.get("prompt.cancel"));

        Evaluation[] answer = {null};
        ok.addListener(SWT.Selection, event -> {
            try {
                answer[0] = new Evaluation(happened.getText().strip(), well.getText().strip(), improve.getText().strip(),
                        followUps(words, actions.getText()), planFlags(words, flags.getText()), user, now);
                dialog.close();
            } catch (IllegalArgumentException e) {
                problem.setText(e.getMessage());
                dialog.layout(true);
            }
        });
        cancel.addListener(SWT.Selection, event -> dialog.close());
        Modal.show(dialog, happened);
        return Optional.ofNullable(answer[0]);
    }

    private static Text field(Composite parent, String label, String value, int lines) {
        Label name = new Label(parent, SWT.WRAP);
        name.setText(label);
        name.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
        Text text = new Text(parent, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        text.setText(value);
        GridData size = new GridData(SWT.FILL, SWT.FILL, true, true);
        size.widthHint = 440;
        size.heightHint = lines * text.getLineHeight();
        text.setLayoutData(size);
        return text;
    }

    /** The incident's scenario, roles and tasks as plan item references, to flag. */
    static List<String> planItems(Incident incident) {
        List<String> items = new ArrayList<>();
        incident.scenarioId().ifPresent(id -> items.add("scenario:" + id));
        incident.roles().stream().map(RoleHolder::roleId).map(id -> "role:" + id).forEach(items::add);
        incident.tasks().stream().map(TaskState::taskId).map(id -> "task:" + id).forEach(items::add);
        return items;
    }

    /** "what; owner; date" a line; the date as people write it ("20-12-2026", "20 december 2026"). */
    static List<Evaluation.FollowUp> followUps(Words words, String text) {
        List<Evaluation.FollowUp> actions = new ArrayList<>();
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String[] parts = lines.get(i).split(";");
            if (parts.length != 3 || parts[0].isBlank() || parts[1].isBlank()) {
                throw new IllegalArgumentException(words.format("evaluation.badAction", i + 1));
            }
            int line = i + 1;
            LocalDate due = DisplayFormats.parseDate(parts[2]).orElseThrow(() -> new IllegalArgumentException(
                    words.format("evaluation.badDate", line, parts[2].strip())));
            actions.add(new Evaluation.FollowUp(parts[0].strip(), parts[1].strip(), due));
        }
        return actions;
    }

    /** "item; what should change" a line. */
    static List<Evaluation.PlanFlag> planFlags(Words words, String text) {
        List<Evaluation.PlanFlag> flags = new ArrayList<>();
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            int semicolon = lines.get(i).indexOf(';');
            String item = semicolon < 0 ? "" : lines.get(i).substring(0, semicolon).strip();
            try {
                ItemRef.parse(item);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(words.format("evaluation.badFlag", i + 1), e);
            }
            flags.add(new Evaluation.PlanFlag(item, lines.get(i).substring(semicolon + 1).strip()));
        }
        return flags;
    }
}

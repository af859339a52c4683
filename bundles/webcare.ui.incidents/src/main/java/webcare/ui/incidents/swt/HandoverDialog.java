package webcare.ui.incidents.swt;

import java.util.List;
import java.util.Optional;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import webcare.model.plan.Person;
import webcare.model.plan.Plan;
import webcare.response.api.Incident;
import webcare.response.api.RoleHolder;

/** Hands one of the incident's roles over to another person of the plan. UI thread only. */
final class HandoverDialog {

    /** The role and who takes it. */
    record Choice(String roleId, String personId) {}

    private HandoverDialog() {}

    static Optional<Choice> ask(Shell owner, Words words, Incident incident, Optional<Plan> plan) {
        List<Person> people = plan.map(Plan::people).orElse(List.of());
        Shell dialog = new Shell(owner, SWT.DIALOG_TRIM | SWT.APPLICATION_MODAL);
        dialog.setText(words.get("handover.title"));
        dialog.setLayout(new GridLayout(2, false));
        new Label(dialog, SWT.NONE).setText(words.get("handover.role"));
        Combo role = new Combo(dialog, SWT.READ_ONLY | SWT.DROP_DOWN);
        incident.roles().forEach(each -> role.add(words.format("roles.primary", each.roleName(), each.personName())));
        role.select(0);
        new Label(dialog, SWT.NONE).setText(words.get("handover.person"));
        Combo person = new Combo(dialog, SWT.READ_ONLY | SWT.DROP_DOWN);
        people.forEach(each -> person.add(each.name()));
        person.select(0);
        Composite buttons = new Composite(dialog, SWT.NONE);
        buttons.setLayout(new GridLayout(2, true));
        buttons.setLayoutData(new GridData(SWT.END, SWT.CENTER, true, false, 2, 1));
        Button ok = new Button(buttons, SWT.PUSH);
        ok.setText(words.get("handover.ok"));
        ok.setEnabled(!incident.roles().isEmpty() && !people.isEmpty());
        Button cancel = new Button(buttons, SWT.PUSH);
        cancel.setText(words.get("prompt.cancel"));
        Choice[] answer = {null};
        ok.addListener(SWT.Selection, event -> {
            if (role.getSelectionIndex() < 0 || person.getSelectionIndex() < 0) {
                return; // nothing to hand over, or nobody to take it
            }
            RoleHolder chosen = incident.roles().get(role.getSelectionIndex());
            answer[0] = new Choice(chosen.roleId(), people.get(person.getSelectionIndex()).id());
            dialog.close();
        });
        cancel.addListener(SWT.Selection, event -> dialog.close());
        dialog.setDefaultButton(ok);
        Modal.show(dialog, role);
        return Optional.ofNullable(answer[0]);
    }
}

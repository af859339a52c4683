package webcare.ui.plan.swt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.UnaryOperator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import webcare.model.plan.Plan;

/**
 * Builds one form: a title, a message line for what is not filled in correctly, and groups of
 * labelled fields. Text fields are checked as they are typed; a field that does not pass gets a
 * red frame and a line in the message, and nothing of it reaches the plan. Every control gets a
 * {@value #ID} so UI tests find it.
 */
final class FormBuilder {

    /** The SWT data key naming a control for tests. */
    static final String ID = "webcare.id";
    private static final int MARGIN = 14;

    /** A check box or list line: a value, what it shows, whether it is ticked. */
    record Option(String value, String text, boolean checked) {}

    private final Composite body;
    private final FormContext context;
    private final String scope;
    private final ResourceBundle texts;
    private final Map<String, String> problems = new LinkedHashMap<>();
    private final Map<String, Control> controls = new HashMap<>();
    private final int labelWidth;
    private final Runnable relayout;
    private Label title;
    private Composite messageRow;
    private Label messageText;

    /**
     * @param scope    the element the form is for (its tree key): coalescing keys start with it, so
     *                 typing in the name of one person and then of another makes two undo steps
     * @param relayout lays the form out again when its size changed (the message line came or went)
     */
    FormBuilder(Composite body, FormContext context, String scope, Runnable relayout) {
        this.body = body;
        this.relayout = relayout;
        this.context = context;
        this.scope = scope;
        this.texts = context.texts();
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = MARGIN;
        layout.marginHeight = MARGIN;
        layout.verticalSpacing = 12;
        body.setLayout(layout);
        GC gc = new GC(body);
        try {
            labelWidth = (int) Math.ceil(gc.getFontMetrics().getAverageCharacterWidth() * 25);
        } finally {
            gc.dispose();
        }
    }

    Composite body() {
        return body;
    }

    /** Whether any field holds text that did not pass its check (and so is not in the plan). */
    boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** The labels of the fields that did not pass, for the save question. */
    List<String> problemFields() {
        return new ArrayList<>(problems.keySet().stream().map(key -> (String) controls.get(key).getData("label"))
                .toList());
    }

    /** The control with this test id (without the "plan.field." prefix), if the form has one. */
    Optional<Control> control(String id) {
        return Optional.ofNullable(controls.get(id)).filter(control -> !control.isDisposed());
    }

    /** Every named control of the form, by full test id. */
    Map<String, Control> controls() {
        Map<String, Control> byId = new HashMap<>();
        controls.values().forEach(control -> byId.put((String) control.getData(ID), control));
        return byId;
    }

    // ---- head ---------------------------------------------------------------------------------

    void header(String kind, String text) {
        Composite head = new Composite(body, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        layout.verticalSpacing = 2;
        head.setLayout(layout);
        head.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Label kindLabel = new Label(head, SWT.NONE);
        kindLabel.setText(kind);
        kindLabel.setForeground(context.looks().quiet);
        title = new Label(head, SWT.NONE);
        title.setFont(context.looks().title);
        title.setData(ID, "plan.form.title");
        title(text);

        messageRow = new Composite(body, SWT.NONE);
        GridLayout rowLayout = new GridLayout(2, false);
        rowLayout.marginWidth = 0;
        rowLayout.marginHeight = 0;
        messageRow.setLayout(rowLayout);
        GridData rowData = new GridData(SWT.FILL, SWT.TOP, true, false);
        rowData.exclude = true;
        messageRow.setLayoutData(rowData);
        messageRow.setVisible(false);
        Label icon = new Label(messageRow, SWT.NONE);
        icon.setImage(context.looks().errorIcon);
        icon.setLayoutData(new GridData(SWT.BEGINNING, SWT.TOP, false, false));
        messageText = new Label(messageRow, SWT.WRAP);
        messageText.setForeground(context.looks().error);
        messageText.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        messageText.setData(ID, "plan.form.message");
    }

    void title(String text) {
        if (title != null && !title.isDisposed()) {
            title.setText(text.isBlank() ? "\u2014" : text);
            title.getParent().layout(true);
        }
    }

    /** A framed group of fields with a title. */
    Composite group(String heading) {
        Group group = new Group(body, SWT.NONE);
        group.setText(heading);
        GridLayout layout = new GridLayout(3, false);
        layout.marginWidth = 10;
        layout.marginHeight = 8;
        layout.horizontalSpacing = 10;
        layout.verticalSpacing = 8;
        group.setLayout(layout);
        group.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        return group;
    }

    // ---- fields -------------------------------------------------------------------------------

    /**
     * A text field. Each change is checked by {@code check} (a message key when it does not pass);
     * text that passes goes into the plan through {@code write}.
     *
     * @param lines     1 for a line, more for a box of that many lines
     * @param formatted what the field shows once it loses focus (e.g. "90" becomes "1 h 30 min");
     *                  null to leave the text as typed
     */
    Text text(Composite group, String key, String label, String value, int lines,
            Function<String, Optional<String>> check, BiFunction<Plan, String, Plan> write,
            UnaryOperator<String> formatted) {
        label(group, label, lines > 1);
        Composite frame = new Composite(group, SWT.NONE);
        GridLayout frameLayout = new GridLayout(1, false);
        frameLayout.marginWidth = 2;
        frameLayout.marginHeight = 2;
        frame.setLayout(frameLayout);
        frame.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        int style = lines > 1 ? SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.BORDER | SWT.SINGLE;
        Text text = new Text(frame, style);
        // its own background, or it would take the frame's red
        text.setBackground(body.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = 200; // the group's width decides; this only stops long texts widening the form
        if (lines > 1) {
            data.heightHint = text.getLineHeight() * lines + 6;
        }
        text.setLayoutData(data);
        text.setText(value == null ? "" : value);
        Label mark = new Label(group, SWT.NONE);
        mark.setLayoutData(new GridData(SWT.BEGINNING, lines > 1 ? SWT.TOP : SWT.CENTER, false, false));
        mark.setImage(context.looks().errorIcon);
        mark.setVisible(false);
        name(text, key, label);
        String coalesce = scope + "#" + key;
        boolean[] filling = {false};
        text.addListener(SWT.Modify, event -> {
            if (filling[0]) {
                return;
            }
            Optional<String> problem = check.apply(text.getText());
            if (problem.isPresent()) {
                String message = texts.getString(problem.get());
                problems.put(key, label + ": " + message);
                frame.setBackground(context.looks().error);
                mark.setVisible(true);
                mark.setToolTipText(message);
            } else {
                problems.remove(key);
                frame.setBackground(null);
                mark.setVisible(false);
                context.edit(write.apply(context.plan(), text.getText()), coalesce);
            }
            showProblems();
        });
        text.addListener(SWT.FocusOut, event -> {
            context.seal();
            if (formatted != null && !problems.containsKey(key) && !text.isDisposed()) {
                String shown = formatted.apply(text.getText());
                if (!shown.equals(text.getText())) {
                    filling[0] = true;
                    text.setText(shown);
                    filling[0] = false;
                }
            }
        });
        if (lines > 1) {
            // Tab moves on instead of typing a tab into the box
            text.addListener(SWT.Traverse, event -> {
                if (event.detail == SWT.TRAVERSE_TAB_NEXT || event.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
                    event.doit = true;
                }
            });
        }
        return text;
    }

    /** A read-only choice among {@code items}; choosing one makes the plan {@code choose.apply(index)}. */
    Combo combo(Composite group, String key, String label, List<String> items, int selected,
            IntFunction<Plan> choose) {
        label(group, label, false);
        Combo combo = new Combo(group, SWT.READ_ONLY | SWT.DROP_DOWN);
        combo.setItems(items.toArray(String[]::new));
        combo.setVisibleItemCount(Math.min(15, Math.max(1, items.size())));
        if (selected >= 0) {
            combo.select(selected);
        }
        combo.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false));
        filler(group);
        name(combo, key, label);
        combo.addListener(SWT.Selection, event -> {
            int index = combo.getSelectionIndex();
            if (index >= 0) {
                context.change(choose.apply(index));
            }
        });
        return combo;
    }

    /** Check boxes in a row, one per option; ticking one makes the plan {@code tick.apply(value, ticked)}. */
    List<Button> checks(Composite group, String key, String label, List<Option> options,
            BiFunction<String, Boolean, Plan> tick) {
        label(group, label, false);
        Composite row = new Composite(group, SWT.NONE);
        GridLayout layout = new GridLayout(Math.max(1, options.size()), false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        layout.horizontalSpacing = 16;
        row.setLayout(layout);
        row.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        filler(group);
        List<Button> buttons = new ArrayList<>();
        for (Option option : options) {
            Button check = new Button(row, SWT.CHECK);
            check.setText(option.text());
            check.setSelection(option.checked());
            name(check, key + "." + option.value(), label + " " + option.text());
            check.addListener(SWT.Selection, event -> context.change(tick.apply(option.value(),
                    check.getSelection())));
            buttons.add(check);
        }
        return buttons;
    }

    /** A list of check boxes, one a line (roles of a scenario); {@code empty} shows when there are none. */
    Table checklist(Composite group, String key, String label, List<Option> options, String empty,
            BiFunction<String, Boolean, Plan> tick) {
        label(group, label, true);
        if (options.isEmpty()) {
            Label none = new Label(group, SWT.WRAP);
            none.setText(empty);
            none.setForeground(context.looks().quiet);
            none.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            filler(group);
            return null;
        }
        Table table = new Table(group, SWT.CHECK | SWT.BORDER | SWT.V_SCROLL | SWT.SINGLE);
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.widthHint = 200;
        data.heightHint = table.getItemHeight() * Math.min(12, options.size()) + 4;
        table.setLayoutData(data);
        for (Option option : options) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(option.text());
            item.setChecked(option.checked());
            item.setData(option.value());
        }
        filler(group);
        name(table, key, label);
        table.addListener(SWT.Selection, event -> {
            if (event.detail == SWT.CHECK && event.item instanceof TableItem item) {
                context.change(tick.apply((String) item.getData(), item.getChecked()));
            }
        });
        return table;
    }

    /** A check box with its own text, for a yes/no field. */
    Button check(Composite group, String key, String label, String text, boolean value,
            Function<Boolean, Plan> tick) {
        label(group, label, false);
        Button check = new Button(group, SWT.CHECK | SWT.WRAP);
        check.setText(text);
        check.setSelection(value);
        check.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        filler(group);
        name(check, key, label);
        check.addListener(SWT.Selection, event -> context.change(tick.apply(check.getSelection())));
        return check;
    }

    /**
     * An ordered list of people (deputies, whom someone calls) with Up, Down, Remove, and a
     * choice of the people not in it yet with Add.
     *
     * @param people     the ids in the list, in order, with their names
     * @param candidates who can be added, with their names
     */
    void personList(Composite group, String key, String label, List<Option> people, List<Option> candidates,
            BiFunction<Plan, String, Plan> add, BiFunction<Plan, String, Plan> remove,
            PersonMove move) {
        label(group, label, true);
        Composite box = new Composite(group, SWT.NONE);
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        box.setLayout(layout);
        box.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        filler(group);

        org.eclipse.swt.widgets.List list = new org.eclipse.swt.widgets.List(box,
                SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL);
        GridData listData = new GridData(SWT.FILL, SWT.FILL, true, false, 1, 3);
        listData.widthHint = 200;
        listData.heightHint = list.getItemHeight() * Math.max(3, Math.min(6, people.size())) + 4;
        list.setLayoutData(listData);
        people.forEach(person -> list.add(person.text()));
        name(list, key, label);
        if (people.isEmpty()) {
            list.add(texts.getString("list.empty"));
            list.setEnabled(false);
        }
        String remembered = (String) context.memory().get(key);
        for (int i = 0; i < people.size(); i++) {
            if (people.get(i).value().equals(remembered)) {
                list.select(i);
            }
        }
        Button up = button(box, key + ".up", texts.getString("list.up"));
        Button down = button(box, key + ".down", texts.getString("list.down"));
        Button removeButton = button(box, key + ".remove", texts.getString("list.remove"));
        Runnable enable = () -> {
            int index = people.isEmpty() ? -1 : list.getSelectionIndex();
            up.setEnabled(index > 0);
            down.setEnabled(index >= 0 && index < people.size() - 1);
            removeButton.setEnabled(index >= 0);
        };
        enable.run();
        list.addListener(SWT.Selection, event -> {
            int index = list.getSelectionIndex();
            context.memory().put(key, index >= 0 && !people.isEmpty() ? people.get(index).value() : null);
            enable.run();
        });
        up.addListener(SWT.Selection, event -> selected(list, people).ifPresent(id ->
                context.change(move.move(context.plan(), id, -1))));
        down.addListener(SWT.Selection, event -> selected(list, people).ifPresent(id ->
                context.change(move.move(context.plan(), id, 1))));
        removeButton.addListener(SWT.Selection, event -> selected(list, people).ifPresent(id -> {
            context.memory().remove(key);
            context.change(remove.apply(context.plan(), id));
        }));
        list.addListener(SWT.KeyDown, event -> {
            if (event.keyCode == SWT.DEL) {
                event.doit = false;
                removeButton.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
            }
        });

        Composite adding = new Composite(box, SWT.NONE);
        GridLayout addLayout = new GridLayout(2, false);
        addLayout.marginWidth = 0;
        addLayout.marginHeight = 0;
        adding.setLayout(addLayout);
        adding.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        Combo choice = new Combo(adding, SWT.READ_ONLY | SWT.DROP_DOWN);
        choice.setVisibleItemCount(15);
        candidates.forEach(candidate -> choice.add(candidate.text()));
        if (candidates.isEmpty()) {
            choice.add(texts.getString("list.nobodyLeft"));
            choice.setEnabled(false);
        }
        choice.select(0);
        choice.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        name(choice, key + ".candidates", label);
        Button addButton = new Button(adding, SWT.PUSH);
        addButton.setText(texts.getString("list.add"));
        addButton.setEnabled(!candidates.isEmpty());
        name(addButton, key + ".add", label);
        addButton.addListener(SWT.Selection, event -> {
            int index = choice.getSelectionIndex();
            if (index >= 0 && index < candidates.size()) {
                context.memory().put(key, candidates.get(index).value());
                context.change(add.apply(context.plan(), candidates.get(index).value()));
            }
        });
    }

    /** How a person list moves someone: −1 up, +1 down. */
    @FunctionalInterface
    interface PersonMove {
        Plan move(Plan plan, String personId, int delta);
    }

    private static Optional<String> selected(org.eclipse.swt.widgets.List list, List<Option> people) {
        int index = list.getSelectionIndex();
        return index >= 0 && index < people.size() ? Optional.of(people.get(index).value()) : Optional.empty();
    }

    private Button button(Composite parent, String key, String text) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
        name(button, key, text);
        return button;
    }

    /** Read-only text beside a label (who holds which role, the tasks of a role). */
    Label info(Composite group, String label, String text) {
        label(group, label, true);
        Label value = new Label(group, SWT.WRAP);
        value.setText(text);
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.widthHint = 200;
        value.setLayoutData(data);
        filler(group);
        return value;
    }

    /** A quiet note across the group: a tip, an explanation. */
    Label note(Composite group, String text) {
        Label note = new Label(group, SWT.WRAP);
        note.setText(text);
        note.setForeground(context.looks().quiet);
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1);
        data.widthHint = 200;
        note.setLayoutData(data);
        return note;
    }

    /** A push button in the field column, e.g. "Add task…". */
    Button action(Composite group, String key, String text, Runnable action) {
        filler(group);
        Button button = new Button(group, SWT.PUSH);
        button.setText(text);
        button.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false));
        filler(group);
        name(button, key, text);
        button.addListener(SWT.Selection, event -> action.run());
        return button;
    }

    // ---- helpers ------------------------------------------------------------------------------

    private void label(Composite group, String text, boolean top) {
        Label label = new Label(group, SWT.WRAP);
        label.setText(text);
        GridData data = new GridData(SWT.FILL, top ? SWT.TOP : SWT.CENTER, false, false);
        data.widthHint = labelWidth;
        if (top) {
            data.verticalIndent = 4;
        }
        label.setLayoutData(data);
    }

    private static void filler(Composite group) {
        Label filler = new Label(group, SWT.NONE);
        filler.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false));
    }

    private void name(Control control, String key, String label) {
        control.setData(ID, "plan.field." + key);
        control.setData("label", label);
        controls.put(key, control);
    }

    private void showProblems() {
        if (messageRow == null || messageRow.isDisposed()) {
            return;
        }
        boolean any = !problems.isEmpty();
        messageText.setText(String.join("\n", problems.values()));
        messageRow.setVisible(any);
        ((GridData) messageRow.getLayoutData()).exclude = !any;
        relayout.run();
    }
}

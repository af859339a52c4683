package webcare.ui.sources.swt;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.metatype.AttributeDefinition;
import org.osgi.service.metatype.MetaTypeInformation;
import org.osgi.service.metatype.MetaTypeService;
import org.osgi.service.metatype.ObjectClassDefinition;
import webcare.ui.api.FailureText;

/**
 * "Add source": pick a connector type, name the instance, fill in the settings its bundle
 * describes (metatype); OK writes {@code etc/<factoryPid>-<name>.cfg}, which File Install turns
 * into a running instance within a second or two.
 *
 * <p>Labels come from this bundle's messages ({@code field.<attribute id>}), so they are in the
 * user's language; an attribute this bundle does not know shows the metatype's (English) name.
 * A field's problem shows only once the user typed in it or left it, or pressed Add: a form that
 * opens full of red scolds before anything was done. UI thread only.
 */
final class SourceDialog {

    private static final String PID_PREFIX = "webcare.source.";
    static final Pattern INSTANCE_NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,39}");
    /** Wide enough for a token or an address without scrolling inside the field, in average characters. */
    private static final int FIELD_CHARS = 44;
    /** The dialog never packs narrower than this many average characters. */
    private static final int MIN_CHARS = 64;

    private final Shell parent;
    private final ResourceBundle texts;
    private final Path etc;
    private final Map<String, ObjectClassDefinition> types;

    SourceDialog(Shell parent, ResourceBundle texts, MetaTypeService metaTypes, BundleContext context, Path etc) {
        this(parent, texts, connectorTypes(metaTypes, context), etc);
    }

    /** @param types the connector types offered, by factory PID, in this order */
    SourceDialog(Shell parent, ResourceBundle texts, Map<String, ObjectClassDefinition> types, Path etc) {
        this.parent = parent;
        this.texts = texts;
        this.etc = etc;
        this.types = new LinkedHashMap<>(types);
    }

    private static Map<String, ObjectClassDefinition> connectorTypes(MetaTypeService metaTypes,
            BundleContext context) {
        Map<String, ObjectClassDefinition> found = new LinkedHashMap<>();
        for (Bundle bundle : context.getBundles()) {
            MetaTypeInformation information = metaTypes.getMetaTypeInformation(bundle);
            String[] factories = information == null ? null : information.getFactoryPids();
            for (String pid : factories == null ? new String[0] : factories) {
                if (pid.startsWith(PID_PREFIX)) {
                    found.put(pid, information.getObjectClassDefinition(pid, null));
                }
            }
        }
        return found;
    }

    /** One setting's field: its label, its input, and whether the user has been at it. */
    private static final class Field {
        final AttributeDefinition attribute;
        final String label;
        final boolean required;
        final Control input;
        boolean touched;

        Field(AttributeDefinition attribute, String label, boolean required, Control input) {
            this.attribute = attribute;
            this.label = label;
            this.required = required;
            this.input = input;
        }

        String value() {
            return input instanceof Button check ? Boolean.toString(check.getSelection())
                    : ((Text) input).getText().strip();
        }
    }

    /** Opens the dialog and returns its shell at once (not modal-blocking: the caller's loop runs it). */
    Shell open() {
        Shell dialog = new Shell(parent, SWT.DIALOG_TRIM | SWT.APPLICATION_MODAL | SWT.RESIZE);
        dialog.setText(texts.getString("dialog.title"));
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 12;
        layout.marginHeight = 12;
        layout.verticalSpacing = 8;
        dialog.setLayout(layout);
        int charWidth = averageCharWidth(dialog);
        if (types.isEmpty()) {
            Label none = new Label(dialog, SWT.WRAP);
            none.setText(texts.getString("dialog.noTypes"));
            GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
            data.widthHint = charWidth * MIN_CHARS;
            none.setLayoutData(data);
            dialog.pack();
            dialog.open();
            return dialog;
        }
        // one grid for the type, the name and the settings, so their labels and fields line up
        Composite form = new Composite(dialog, SWT.NONE);
        form.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        GridLayout formLayout = new GridLayout(2, false);
        formLayout.marginWidth = 0;
        formLayout.marginHeight = 0;
        formLayout.verticalSpacing = 8;
        formLayout.horizontalSpacing = 10;
        form.setLayout(formLayout);
        label(form, texts.getString("dialog.type"));
        Combo type = new Combo(form, SWT.READ_ONLY);
        type.setData("id", "type");
        types.forEach((pid, definition) -> type.add(typeName(pid, definition)));
        type.select(0);
        label(form, texts.getString("dialog.name") + " *");
        Text name = new Text(form, SWT.BORDER);
        name.setData("id", "name");
        name.setMessage(texts.getString("dialog.name.hint"));
        GridData nameData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        nameData.widthHint = charWidth * FIELD_CHARS;
        name.setLayoutData(nameData);
        List<Control> settingRows = new ArrayList<>();
        Label required = new Label(dialog, SWT.NONE);
        required.setText(texts.getString("dialog.requiredNote"));
        required.setForeground(dialog.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        required.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        Label problem = new Label(dialog, SWT.WRAP);
        problem.setData("id", "problem");
        problem.setForeground(dialog.getDisplay().getSystemColor(SWT.COLOR_RED));
        GridData problemData = new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1);
        problemData.widthHint = charWidth * FIELD_CHARS; // wraps at the dialog's width, never widens it
        problem.setLayoutData(problemData);
        Composite buttons = new Composite(dialog, SWT.NONE);
        buttons.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false, 2, 1));
        buttons.setLayout(new GridLayout(2, true));
        Button cancel = new Button(buttons, SWT.PUSH);
        cancel.setText(texts.getString("dialog.cancel"));
        cancel.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button ok = new Button(buttons, SWT.PUSH);
        ok.setText(texts.getString("dialog.add"));
        ok.setData("id", "add");
        ok.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        dialog.setDefaultButton(ok);

        List<Field> inputs = new ArrayList<>();
        Set<Control> touched = new HashSet<>();
        Runnable check = () -> {
            String message = problem(name.getText(), touched.contains(name), inputs);
            if (!message.equals(problem.getText())) {
                problem.setText(message);
                fitHeight(dialog);
            }
        };
        Runnable build = () -> {
            settingRows.forEach(Control::dispose);
            settingRows.clear();
            inputs.clear();
            ObjectClassDefinition definition = new ArrayList<>(types.values()).get(type.getSelectionIndex());
            for (AttributeDefinition attribute : attributes(definition)) {
                Control[] before = form.getChildren();
                inputs.add(field(form, definition, attribute, charWidth, check));
                List.of(form.getChildren()).stream().filter(control -> !List.of(before).contains(control))
                        .forEach(settingRows::add);
            }
            problem.setText("");
            fitWidth(dialog, charWidth);
        };
        type.addListener(SWT.Selection, event -> build.run());
        name.addListener(SWT.Modify, event -> {
            touched.add(name);
            check.run();
        });
        name.addListener(SWT.FocusOut, event -> {
            touched.add(name);
            check.run();
        });
        cancel.addListener(SWT.Selection, event -> dialog.close());
        ok.addListener(SWT.Selection, event -> {
            touched.add(name);
            inputs.forEach(field -> field.touched = true);
            check.run();
            if (!problem.getText().isEmpty()) {
                return;
            }
            String pid = new ArrayList<>(types.keySet()).get(type.getSelectionIndex());
            try {
                write(pid, name.getText().strip(), inputs);
                dialog.close();
            } catch (IOException e) {
                problem.setText(MessageFormat.format(texts.getString("dialog.writeFailed"),
                        new FailureText(texts.getLocale()).detail(e)));
                fitHeight(dialog);
            }
        });
        build.run();
        place(dialog);
        dialog.open();
        name.setFocus();
        return dialog;
    }

    private Field field(Composite fields, ObjectClassDefinition definition, AttributeDefinition attribute,
            int charWidth, Runnable check) {
        boolean required = required(definition, attribute);
        String label = fieldLabel(attribute);
        String tooltip = fieldTooltip(attribute);
        Label caption = label(fields, label + (required ? " *" : ""));
        caption.setToolTipText(tooltip);
        String[] defaults = attribute.getDefaultValue();
        String initial = defaults != null && defaults.length > 0 ? defaults[0] : "";
        if (attribute.getType() == AttributeDefinition.BOOLEAN) {
            Button box = new Button(fields, SWT.CHECK);
            box.setSelection(Boolean.parseBoolean(initial));
            box.setToolTipText(tooltip);
            box.setData("id", attribute.getID());
            box.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            return new Field(attribute, label, required, box);
        }
        boolean secret = secret(attribute);
        Composite holder = fields;
        if (secret) {
            holder = new Composite(fields, SWT.NONE);
            GridLayout holderLayout = new GridLayout(2, false);
            holderLayout.marginWidth = 0;
            holderLayout.marginHeight = 0;
            holder.setLayout(holderLayout);
            holder.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        }
        Text input = new Text(holder, SWT.BORDER | SWT.SINGLE | (secret ? SWT.PASSWORD : SWT.NONE));
        input.setData("id", attribute.getID());
        input.setText(initial);
        input.setToolTipText(tooltip);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        // as wide as a token needs, or the default address when that is longer
        data.widthHint = Math.max(charWidth * (secret ? FIELD_CHARS - 8 : FIELD_CHARS),
                input.computeSize(SWT.DEFAULT, SWT.DEFAULT).x);
        input.setLayoutData(data);
        Field field = new Field(attribute, label, required, input);
        if (secret) {
            char hidden = input.getEchoChar();
            Button show = new Button(holder, SWT.CHECK);
            show.setText(texts.getString("dialog.show"));
            show.setToolTipText(texts.getString("dialog.show.tooltip"));
            show.setData("id", attribute.getID() + ".show");
            show.addListener(SWT.Selection, event -> input.setEchoChar(show.getSelection() ? '\0' : hidden));
        }
        // listeners only now: the default value set above is not the user's input
        input.addListener(SWT.Modify, event -> {
            field.touched = true;
            check.run();
        });
        input.addListener(SWT.FocusOut, event -> {
            field.touched = true;
            check.run();
        });
        return field;
    }

    private static Label label(Composite parent, String text) {
        Label label = new Label(parent, SWT.NONE);
        label.setText(text);
        label.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false));
        return label;
    }

    /** The connector's name in the user's language; the metatype's name for a connector unknown here. */
    private String typeName(String pid, ObjectClassDefinition definition) {
        String key = "type." + pid;
        return texts.containsKey(key) ? texts.getString(key) : definition.getName();
    }

    /** The field's label in the user's language; the metatype's name for a setting unknown here. */
    String fieldLabel(AttributeDefinition attribute) {
        String key = "field." + attribute.getID();
        return texts.containsKey(key) ? texts.getString(key) : attribute.getName();
    }

    private String fieldTooltip(AttributeDefinition attribute) {
        String key = "field." + attribute.getID() + ".tooltip";
        return texts.containsKey(key) ? texts.getString(key) : attribute.getDescription();
    }

    private static int averageCharWidth(Control control) {
        GC gc = new GC(control);
        try {
            return (int) Math.ceil(gc.getFontMetrics().getAverageCharacterWidth());
        } finally {
            gc.dispose();
        }
    }

    /** Packs the dialog around its longest label and field, no narrower than a sensible minimum. */
    private static void fitWidth(Shell dialog, int charWidth) {
        dialog.layout(true, true);
        Point size = dialog.computeSize(SWT.DEFAULT, SWT.DEFAULT);
        int width = Math.max(size.x, charWidth * MIN_CHARS);
        Rectangle screen = dialog.getDisplay().getClientArea();
        width = Math.min(width, screen.width);
        int height = Math.min(dialog.computeSize(width, SWT.DEFAULT).y, screen.height);
        dialog.setSize(width, height);
        dialog.layout(true, true);
    }

    /** A problem line came or went: the dialog grows to show it whole (and never jumps narrower). */
    private static void fitHeight(Shell dialog) {
        int width = dialog.getSize().x;
        int needed = dialog.computeSize(width, SWT.DEFAULT).y;
        if (needed > dialog.getSize().y) {
            dialog.setSize(width, needed);
        }
        dialog.layout(true, true);
    }

    /** Centred over the workbench window. */
    private void place(Shell dialog) {
        Rectangle over = parent.getBounds();
        Point size = dialog.getSize();
        dialog.setLocation(over.x + Math.max(0, (over.width - size.x) / 2),
                over.y + Math.max(0, (over.height - size.y) / 3));
    }

    private static List<AttributeDefinition> attributes(ObjectClassDefinition definition) {
        AttributeDefinition[] all = definition.getAttributeDefinitions(ObjectClassDefinition.ALL);
        return all == null ? List.of() : List.of(all);
    }

    private static boolean required(ObjectClassDefinition definition, AttributeDefinition attribute) {
        AttributeDefinition[] required = definition.getAttributeDefinitions(ObjectClassDefinition.REQUIRED);
        return required != null && List.of(required).contains(attribute);
    }

    static boolean secret(AttributeDefinition attribute) {
        String id = attribute.getID().toLowerCase(Locale.ROOT);
        return attribute.getType() == AttributeDefinition.PASSWORD || id.contains("token") || id.contains("key")
                || id.contains("secret");
    }

    /** The first thing wrong with a field the user has been at, or empty. */
    private String problem(String name, boolean nameTouched, List<Field> inputs) {
        if (nameTouched && !INSTANCE_NAME.matcher(name.strip()).matches()) {
            return texts.getString("dialog.badName");
        }
        for (Field field : inputs) {
            if (!field.touched) {
                continue;
            }
            String value = field.value();
            if (value.isEmpty()) {
                if (field.required) {
                    return MessageFormat.format(texts.getString("dialog.required"), field.label);
                }
                continue;
            }
            if (isNumber(field.attribute) && !value.matches("-?\\d+")) {
                return MessageFormat.format(texts.getString("dialog.notNumber"), field.label);
            }
            String message = field.attribute.validate(value);
            if (message != null && !message.isEmpty()) {
                return MessageFormat.format(texts.getString("dialog.badValue"), field.label, message);
            }
        }
        return "";
    }

    private static boolean isNumber(AttributeDefinition attribute) {
        int type = attribute.getType();
        return type == AttributeDefinition.INTEGER || type == AttributeDefinition.LONG
                || type == AttributeDefinition.SHORT;
    }

    private void write(String pid, String name, List<Field> inputs) throws IOException {
        Path file = etc.resolve(pid + "-" + name + ".cfg");
        if (Files.exists(file)) {
            throw new IOException(MessageFormat.format(texts.getString("dialog.exists"), file));
        }
        Properties settings = new Properties();
        for (Field field : inputs) {
            if (!field.value().isEmpty()) {
                settings.setProperty(field.attribute.getID(), field.value());
            }
        }
        Files.createDirectories(etc);
        ConfigFile.write(file, settings, "Added in the workbench's Sources view");
    }
}

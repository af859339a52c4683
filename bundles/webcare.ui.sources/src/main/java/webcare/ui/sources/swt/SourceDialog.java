package webcare.ui.sources.swt;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import org.eclipse.swt.SWT;
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

/**
 * "Add source": pick a connector type, name the instance, fill in the settings its bundle
 * describes (metatype), checked as you type; OK writes {@code etc/<factoryPid>-<name>.cfg}, which
 * File Install turns into a running instance within a second or two.
 */
final class SourceDialog {

    private static final String PID_PREFIX = "webcare.source.";
    static final Pattern INSTANCE_NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,39}");

    private final Shell parent;
    private final ResourceBundle texts;
    private final Path etc;
    private final Map<String, ObjectClassDefinition> types = new LinkedHashMap<>();

    SourceDialog(Shell parent, ResourceBundle texts, MetaTypeService metaTypes, BundleContext context, Path etc) {
        this.parent = parent;
        this.texts = texts;
        this.etc = etc;
        for (Bundle bundle : context.getBundles()) {
            MetaTypeInformation information = metaTypes.getMetaTypeInformation(bundle);
            String[] factories = information == null ? null : information.getFactoryPids();
            for (String pid : factories == null ? new String[0] : factories) {
                if (pid.startsWith(PID_PREFIX)) {
                    types.put(pid, information.getObjectClassDefinition(pid, null));
                }
            }
        }
    }

    void open() {
        Shell dialog = new Shell(parent, SWT.DIALOG_TRIM | SWT.APPLICATION_MODAL | SWT.RESIZE);
        dialog.setText(texts.getString("dialog.title"));
        dialog.setLayout(new GridLayout(2, false));
        if (types.isEmpty()) {
            new Label(dialog, SWT.WRAP).setText(texts.getString("dialog.noTypes"));
            dialog.pack();
            dialog.open();
            return;
        }
        new Label(dialog, SWT.NONE).setText(texts.getString("dialog.type"));
        Combo type = new Combo(dialog, SWT.READ_ONLY);
        types.values().forEach(definition -> type.add(definition.getName()));
        type.select(0);
        new Label(dialog, SWT.NONE).setText(texts.getString("dialog.name"));
        Text name = new Text(dialog, SWT.BORDER);
        name.setMessage(texts.getString("dialog.name.hint"));
        name.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        Composite fields = new Composite(dialog, SWT.NONE);
        fields.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        fields.setLayout(new GridLayout(2, false));
        Label problem = new Label(dialog, SWT.WRAP);
        problem.setForeground(dialog.getDisplay().getSystemColor(SWT.COLOR_RED));
        problem.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        Composite buttons = new Composite(dialog, SWT.NONE);
        buttons.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false, 2, 1));
        buttons.setLayout(new GridLayout(2, true));
        Button cancel = new Button(buttons, SWT.PUSH);
        cancel.setText(texts.getString("dialog.cancel"));
        Button ok = new Button(buttons, SWT.PUSH);
        ok.setText(texts.getString("dialog.add"));
        dialog.setDefaultButton(ok);

        Map<AttributeDefinition, Text> inputs = new LinkedHashMap<>();
        Runnable check = () -> {
            String message = problem(name.getText(), inputs);
            problem.setText(message);
            ok.setEnabled(message.isEmpty());
            problem.getParent().layout(true);
        };
        Runnable build = () -> {
            for (Control old : fields.getChildren()) {
                old.dispose();
            }
            inputs.clear();
            ObjectClassDefinition definition = new ArrayList<>(types.values()).get(type.getSelectionIndex());
            for (AttributeDefinition attribute : attributes(definition)) {
                Label label = new Label(fields, SWT.NONE);
                label.setText(attribute.getName() + (required(definition, attribute) ? " *" : ""));
                Text input = new Text(fields, SWT.BORDER | (secret(attribute) ? SWT.PASSWORD : SWT.NONE));
                input.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
                String[] defaults = attribute.getDefaultValue();
                if (defaults != null && defaults.length > 0) {
                    input.setText(defaults[0]);
                }
                input.setToolTipText(attribute.getDescription());
                input.setData(required(definition, attribute));
                input.addListener(SWT.Modify, event -> check.run());
                inputs.put(attribute, input);
            }
            dialog.layout(true, true);
            dialog.pack();
            check.run();
        };
        type.addListener(SWT.Selection, event -> build.run());
        name.addListener(SWT.Modify, event -> check.run());
        cancel.addListener(SWT.Selection, event -> dialog.close());
        ok.addListener(SWT.Selection, event -> {
            String pid = new ArrayList<>(types.keySet()).get(type.getSelectionIndex());
            try {
                write(pid, name.getText().strip(), inputs);
                dialog.close();
            } catch (IOException e) {
                problem.setText(MessageFormat.format(texts.getString("dialog.writeFailed"), e.getMessage()));
                ok.setEnabled(false);
            }
        });
        build.run();
        dialog.setSize(Math.max(560, dialog.getSize().x), dialog.getSize().y);
        dialog.open();
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
        String id = attribute.getID().toLowerCase(java.util.Locale.ROOT);
        return attribute.getType() == AttributeDefinition.PASSWORD || id.contains("token") || id.contains("key")
                || id.contains("secret");
    }

    /** The first thing wrong with the form, or empty. */
    private String problem(String name, Map<AttributeDefinition, Text> inputs) {
        if (!INSTANCE_NAME.matcher(name.strip()).matches()) {
            return texts.getString("dialog.badName");
        }
        for (Map.Entry<AttributeDefinition, Text> input : inputs.entrySet()) {
            String value = input.getValue().getText().strip();
            if (value.isEmpty()) {
                if (Boolean.TRUE.equals(input.getValue().getData())) {
                    return MessageFormat.format(texts.getString("dialog.required"), input.getKey().getName());
                }
                continue;
            }
            String message = input.getKey().validate(value);
            if (message != null && !message.isEmpty()) {
                return input.getKey().getName() + ": " + message;
            }
        }
        return "";
    }

    private void write(String pid, String name, Map<AttributeDefinition, Text> inputs) throws IOException {
        Path file = etc.resolve(pid + "-" + name + ".cfg");
        if (Files.exists(file)) {
            throw new IOException(MessageFormat.format(texts.getString("dialog.exists"), file));
        }
        Properties settings = new Properties();
        inputs.forEach((attribute, input) -> {
            if (!input.getText().isBlank()) {
                settings.setProperty(attribute.getID(), input.getText().strip());
            }
        });
        Files.createDirectories(etc);
        ConfigFile.write(file, settings, "Added in the workbench's Sources view");
    }
}

package webcare.diagnostics.framework;

import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.lang.reflect.Array;
import java.util.ArrayList;
import java.net.URI;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Dictionary;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.cm.ConfigurationEvent;
import org.osgi.service.cm.ConfigurationListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.AttributeDefinition;
import org.osgi.service.metatype.MetaTypeInformation;
import org.osgi.service.metatype.MetaTypeService;
import org.osgi.service.metatype.ObjectClassDefinition;
import webcare.diagnostics.api.ConfigurationProblem;

/**
 * Checks every configuration that File Install read from {@code etc/*.cfg} against the metatype
 * description of the bundle that reads it: wrong types, values outside the allowed options,
 * missing required keys and unknown keys (typos). Problems are logged once and kept for
 * {@link FrameworkDiagnostics}; the configuration itself is left alone, so the rest keeps working.
 */
@Component(service = {ConfigurationCheck.class, ConfigurationListener.class})
public final class ConfigurationCheck implements ConfigurationListener {

    private static final Logger LOG = System.getLogger(ConfigurationCheck.class.getName());
    /** Set by File Install on every configuration it made from a file. */
    static final String FILE_PROPERTY = "felix.fileinstall.filename";

    private final BundleContext context;
    private final ConfigurationAdmin configurations;
    private final MetaTypeService metaTypes;
    private volatile List<ConfigurationProblem> problems = List.of();

    @Activate
    public ConfigurationCheck(BundleContext context, @Reference ConfigurationAdmin configurations,
            @Reference MetaTypeService metaTypes) {
        this.context = context;
        this.configurations = configurations;
        this.metaTypes = metaTypes;
        recheck();
    }

    List<ConfigurationProblem> problems() {
        return problems;
    }

    @Override
    public void configurationEvent(ConfigurationEvent event) {
        recheck();
    }

    private synchronized void recheck() {
        List<ConfigurationProblem> found = new ArrayList<>();
        try {
            Configuration[] all = configurations.listConfigurations("(" + FILE_PROPERTY + "=*)");
            Map<String, ObjectClassDefinition> definitions = definitions();
            for (Configuration configuration : all == null ? new Configuration[0] : all) {
                String pid = configuration.getFactoryPid() != null ? configuration.getFactoryPid() : configuration.getPid();
                ObjectClassDefinition definition = definitions.get(pid);
                if (definition != null) {
                    found.addAll(check(fileOf(configuration), configuration.getProperties(), definition));
                }
            }
        } catch (IOException | InvalidSyntaxException | RuntimeException e) {
            LOG.log(Level.WARNING, "Configuration check incomplete: " + e.getMessage(), e);
        }
        found.sort(Comparator.comparing(ConfigurationProblem::file).thenComparing(ConfigurationProblem::key));
        Set<ConfigurationProblem> known = new HashSet<>(problems);
        found.stream().filter(problem -> !known.contains(problem)).forEach(problem -> LOG.log(Level.WARNING,
                "{0}: {1}: {2}", problem.file(), problem.key(), problem.problem()));
        problems = List.copyOf(found);
    }

    private static String fileOf(Configuration configuration) {
        Object file = configuration.getProperties().get(FILE_PROPERTY);
        String text = String.valueOf(file);
        return text.startsWith("file:") ? Path.of(URI.create(text)).toString() : text;
    }

    /** Every described pid and factory pid of every bundle, in the default locale. */
    private Map<String, ObjectClassDefinition> definitions() {
        Map<String, ObjectClassDefinition> definitions = new HashMap<>();
        for (Bundle bundle : context.getBundles()) {
            MetaTypeInformation information = metaTypes.getMetaTypeInformation(bundle);
            if (information == null) {
                continue;
            }
            for (String pid : concat(information.getPids(), information.getFactoryPids())) {
                definitions.put(pid, information.getObjectClassDefinition(pid, null));
            }
        }
        return definitions;
    }

    private static List<String> concat(String[] a, String[] b) {
        List<String> all = new ArrayList<>(List.of(a == null ? new String[0] : a));
        all.addAll(List.of(b == null ? new String[0] : b));
        return all;
    }

    /** The problems of one file's settings against its description. */
    static List<ConfigurationProblem> check(String file, Dictionary<String, Object> settings, ObjectClassDefinition definition) {
        List<ConfigurationProblem> found = new ArrayList<>();
        Map<String, AttributeDefinition> attributes = new HashMap<>();
        for (AttributeDefinition attribute : attributes(definition, ObjectClassDefinition.ALL)) {
            attributes.put(attribute.getID(), attribute);
        }
        for (AttributeDefinition required : attributes(definition, ObjectClassDefinition.REQUIRED)) {
            if (settings.get(required.getID()) == null) {
                found.add(new ConfigurationProblem(file, required.getID(),
                        "required setting is missing; add a line '" + required.getID() + " = …'"));
            }
        }
        for (String key : Collections.list(settings.keys())) {
            if (key.startsWith("service.") || key.startsWith("felix.") || key.startsWith("component.")) {
                continue;
            }
            AttributeDefinition attribute = attributes.get(key);
            if (attribute == null) {
                found.add(new ConfigurationProblem(file, key, "unknown setting (a typo?); known: "
                        + String.join(", ", new TreeSet<>(attributes.keySet()))));
                continue;
            }
            for (String value : values(settings.get(key))) {
                Optional.ofNullable(attribute.validate(value)).filter(message -> !message.isEmpty())
                        .ifPresent(message -> found.add(new ConfigurationProblem(file, key,
                                "'" + value + "' is not accepted: " + message + hint(attribute))));
            }
        }
        return found;
    }

    private static AttributeDefinition[] attributes(ObjectClassDefinition definition, int filter) {
        AttributeDefinition[] attributes = definition.getAttributeDefinitions(filter);
        return attributes == null ? new AttributeDefinition[0] : attributes;
    }

    private static String hint(AttributeDefinition attribute) {
        String[] options = attribute.getOptionValues();
        return options == null || options.length == 0 ? "" : " (use one of: " + String.join(", ", options) + ")";
    }

    private static Collection<String> values(Object value) {
        List<String> values = new ArrayList<>();
        if (value != null && value.getClass().isArray()) {
            for (int i = 0; i < Array.getLength(value); i++) {
                values.add(String.valueOf(Array.get(value, i)));
            }
        } else if (value instanceof Collection<?> collection) {
            collection.forEach(each -> values.add(String.valueOf(each)));
        } else if (value != null) {
            values.add(value.toString());
        }
        return values;
    }
}

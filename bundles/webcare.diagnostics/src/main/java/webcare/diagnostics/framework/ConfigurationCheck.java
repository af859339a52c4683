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
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.cm.ConfigurationEvent;
import org.osgi.service.cm.ConfigurationListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
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
 * Checks run on a thread of their own: reading every bundle's metatype is XML parsing that would
 * otherwise hold up the start of every bundle after this one.
 */
@Component(service = {ConfigurationCheck.class, ConfigurationListener.class})
public final class ConfigurationCheck implements ConfigurationListener {

    private static final Logger LOG = System.getLogger(ConfigurationCheck.class.getName());
    /** Set by File Install on every configuration it made from a file. */
    static final String FILE_PROPERTY = "felix.fileinstall.filename";
    private static final String SOURCE_PREFIX = "webcare.source.";

    /** How long a reader waits for a check under way before it takes the last result. */
    private static final long CHECK_WAIT_SECONDS = 10;

    private final BundleContext context;
    private final ConfigurationAdmin configurations;
    private final MetaTypeService metaTypes;
    private final ExecutorService checker = Executors.newSingleThreadExecutor(work -> {
        Thread thread = new Thread(work, "webcare-configuration-check");
        thread.setDaemon(true);
        return thread;
    });
    private volatile Future<?> lastCheck;
    private volatile List<ConfigurationProblem> problems = List.of();

    @Activate
    public ConfigurationCheck(BundleContext context, @Reference ConfigurationAdmin configurations,
            @Reference MetaTypeService metaTypes) {
        this.context = context;
        this.configurations = configurations;
        this.metaTypes = metaTypes;
        lastCheck = checker.submit(this::recheck);
    }

    @Deactivate
    void stop() {
        checker.shutdownNow();
    }

    /** The problems found, once the check under way (if any) is done. */
    List<ConfigurationProblem> problems() {
        try {
            lastCheck.get(CHECK_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException | CancellationException e) {
            // the last complete result stands; the check logs its own failure
        }
        return problems;
    }

    @Override
    public void configurationEvent(ConfigurationEvent event) {
        try {
            lastCheck = checker.submit(this::recheck);
        } catch (RejectedExecutionException stopping) {
            // deactivated meanwhile: nobody reads the result any more
        }
    }

    private synchronized void recheck() {
        List<ConfigurationProblem> found = new ArrayList<>();
        try {
            Configuration[] all = configurations.listConfigurations("(" + FILE_PROPERTY + "=*)");
            Descriptions descriptions = all == null ? Descriptions.NONE : descriptions();
            for (Configuration configuration : all == null ? new Configuration[0] : all) {
                Path path = pathOf(configuration);
                String file = "etc/" + path.getFileName();
                found.addAll(SettingsFile.notUtf8(file, path));
                String pid = configuration.getPid();
                if (configuration.getFactoryPid() == null && descriptions.factoryPids().contains(pid)
                        && !descriptions.pids().contains(pid)) {
                    found.add(new ConfigurationProblem(file, "", unnamedInstance(pid)));
                }
                String described = configuration.getFactoryPid() != null ? configuration.getFactoryPid() : pid;
                ObjectClassDefinition definition = descriptions.definitions().get(described);
                if (definition != null) {
                    found.addAll(check(file, configuration.getProperties(), definition));
                }
            }
        } catch (IOException | InvalidSyntaxException | RuntimeException e) {
            LOG.log(Level.WARNING, "Configuration check incomplete: " + e.getMessage(), e);
        }
        found.sort(Comparator.comparing(ConfigurationProblem::file).thenComparing(ConfigurationProblem::key));
        Set<ConfigurationProblem> known = new HashSet<>(problems);
        found.stream().filter(problem -> !known.contains(problem)).forEach(problem -> LOG.log(Level.WARNING,
                line(problem)));
        problems = List.copyOf(found);
    }

    /** {@code FILE: KEY: PROBLEM}, or {@code FILE: PROBLEM} when the whole file is concerned. */
    static String line(ConfigurationProblem problem) {
        return problem.file() + ": " + (problem.key().isEmpty() ? "" : problem.key() + ": ") + problem.problem();
    }

    private static Path pathOf(Configuration configuration) {
        String text = String.valueOf(configuration.getProperties().get(FILE_PROPERTY));
        return text.startsWith("file:") ? Path.of(URI.create(text)) : Path.of(text);
    }

    /**
     * A file named like a factory PID without an instance name after a dash: File Install makes it
     * a configuration of the PID itself, not a named instance (the connector then refuses to run
     * it, with this same sentence). The factories here are source connectors; another is called
     * just an instance file.
     */
    static String unnamedInstance(String factoryPid) {
        return "a " + (factoryPid.startsWith(SOURCE_PREFIX) ? "source " : "")
                + "instance file needs a name after a dash: rename it to " + factoryPid + "-<name>.cfg";
    }

    /** What the bundles describe: single PIDs, factory PIDs, and the definition of each, in the default locale. */
    private record Descriptions(Set<String> pids, Set<String> factoryPids,
            Map<String, ObjectClassDefinition> definitions) {
        static final Descriptions NONE = new Descriptions(Set.of(), Set.of(), Map.of());
    }

    private Descriptions descriptions() {
        Descriptions all = new Descriptions(new HashSet<>(), new HashSet<>(), new HashMap<>());
        for (Bundle bundle : context.getBundles()) {
            MetaTypeInformation information = metaTypes.getMetaTypeInformation(bundle);
            if (information == null) {
                continue;
            }
            add(information, information.getPids(), all.pids(), all.definitions());
            add(information, information.getFactoryPids(), all.factoryPids(), all.definitions());
        }
        return all;
    }

    private static void add(MetaTypeInformation information, String[] pids, Set<String> into,
            Map<String, ObjectClassDefinition> definitions) {
        for (String pid : pids == null ? new String[0] : pids) {
            into.add(pid);
            definitions.put(pid, information.getObjectClassDefinition(pid, null));
        }
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

    /** The allowed options, else the description, which says the allowed range ("at least 10"). */
    private static String hint(AttributeDefinition attribute) {
        String[] options = attribute.getOptionValues();
        if (options != null && options.length > 0) {
            return " (use one of: " + String.join(", ", options) + ")";
        }
        String description = attribute.getDescription();
        return description == null || description.isBlank() ? ""
                : " (" + Character.toLowerCase(description.charAt(0)) + description.substring(1) + ")";
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

package webcare.diagnostics.framework;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.component.runtime.dto.ReferenceDTO;
import org.osgi.service.component.runtime.dto.UnsatisfiedReferenceDTO;
import webcare.diagnostics.api.BundleStatus;
import webcare.diagnostics.api.ComponentProblem;
import webcare.diagnostics.api.ConfigurationProblem;
import webcare.diagnostics.api.Diagnostics;
import webcare.launch.api.Launch;

/** Reads bundle states from the framework and component states from SCR's DTOs. */
@Component
public final class FrameworkDiagnostics implements Diagnostics {

    private final BundleContext context;
    private final ServiceComponentRuntime components;
    private final Launch launch;
    private final ConfigurationCheck configurationCheck;

    @Activate
    public FrameworkDiagnostics(BundleContext context, @Reference ServiceComponentRuntime components,
            @Reference Launch launch, @Reference ConfigurationCheck configurationCheck) {
        this.context = context;
        this.components = components;
        this.launch = launch;
        this.configurationCheck = configurationCheck;
    }

    @Override
    public List<ConfigurationProblem> configurationProblems() {
        return configurationCheck.problems();
    }

    @Override
    public List<BundleStatus> bundles() {
        return Arrays.stream(context.getBundles())
                .sorted(Comparator.comparingLong(Bundle::getBundleId))
                .map(this::status)
                .toList();
    }

    private BundleStatus status(Bundle bundle) {
        BundleRevision revision = bundle.adapt(BundleRevision.class);
        boolean fragment = revision != null && (revision.getTypes() & BundleRevision.TYPE_FRAGMENT) != 0;
        int state = bundle.getState();
        boolean healthy = state == Bundle.ACTIVE || fragment && state == Bundle.RESOLVED;
        String problem = healthy ? "" : launch.startFailures().getOrDefault(bundle.getBundleId(), defaultProblem(state));
        return new BundleStatus(bundle.getBundleId(), String.valueOf(bundle.getSymbolicName()),
                bundle.getVersion().toString(), stateName(state), fragment, healthy, problem);
    }

    private static String defaultProblem(int state) {
        return switch (state) {
            case Bundle.INSTALLED -> "not resolved: a package or bundle it needs is missing";
            case Bundle.RESOLVED -> "resolved but not started";
            case Bundle.STARTING -> "still starting (or waiting for lazy activation)";
            case Bundle.STOPPING -> "stopping";
            default -> "uninstalled";
        };
    }

    static String stateName(int state) {
        return switch (state) {
            case Bundle.ACTIVE -> "ACTIVE";
            case Bundle.RESOLVED -> "RESOLVED";
            case Bundle.INSTALLED -> "INSTALLED";
            case Bundle.STARTING -> "STARTING";
            case Bundle.STOPPING -> "STOPPING";
            default -> "UNINSTALLED";
        };
    }

    @Override
    public List<ComponentProblem> componentProblems() {
        List<ComponentProblem> problems = new ArrayList<>();
        for (ComponentDescriptionDTO description : components.getComponentDescriptionDTOs()) {
            for (ComponentConfigurationDTO configuration : components.getComponentConfigurationDTOs(description)) {
                String problem = problem(description, configuration);
                if (problem != null) {
                    problems.add(new ComponentProblem(description.bundle.symbolicName, description.name, problem));
                }
            }
        }
        problems.sort(Comparator.comparing(ComponentProblem::bundle).thenComparing(ComponentProblem::component));
        return problems;
    }

    /**
     * A failed activation is always a problem. A missing reference is one only when no service of
     * that type exists at all: a component waiting for another mode's {@link Launch} is not.
     */
    private String problem(ComponentDescriptionDTO description, ComponentConfigurationDTO configuration) {
        if (configuration.state == ComponentConfigurationDTO.FAILED_ACTIVATION) {
            return "failed to start: " + (configuration.failure == null ? "activation failed"
                    : rootCause(configuration.failure));
        }
        if (configuration.state != ComponentConfigurationDTO.UNSATISFIED_REFERENCE) {
            return null;
        }
        List<String> missing = new ArrayList<>();
        for (UnsatisfiedReferenceDTO unsatisfied : configuration.unsatisfiedReferences) {
            for (ReferenceDTO reference : description.references) {
                if (reference.name.equals(unsatisfied.name) && noServiceOf(reference.interfaceName)) {
                    missing.add(reference.interfaceName);
                }
            }
        }
        return missing.isEmpty() ? null : "waits for a service nobody provides: " + String.join(", ", missing);
    }

    /**
     * The message of the innermost cause in a stack trace as SCR records it: what the component
     * itself said ("etc/x.cfg: port: …"), not the reflection wrapper around it.
     */
    static String rootCause(String stackTrace) {
        String line = stackTrace.lines().filter(each -> each.startsWith("Caused by: ")).reduce((first, last) -> last)
                .map(cause -> cause.substring("Caused by: ".length()))
                .orElse(stackTrace.lines().findFirst().orElse("")).strip();
        // "java.lang.IllegalArgumentException: the message" → "the message"
        int colon = line.indexOf(": ");
        return colon > 0 && line.substring(0, colon).matches("[\\w.$]+") ? line.substring(colon + 2) : line;
    }

    private boolean noServiceOf(String interfaceName) {
        try {
            return context.getServiceReferences(interfaceName, null) == null;
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException("a null filter cannot be invalid", e);
        }
    }
}

package webcare.diagnostics.api;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/** A snapshot of the running product. Safe from any thread; each call reads the framework anew. */
@ProviderType
public interface Diagnostics {

    /** Every bundle, ordered by bundle id. */
    List<BundleStatus> bundles();

    /** Components that failed to activate, or wait for a service nothing provides; ordered. */
    List<ComponentProblem> componentProblems();

    /**
     * Settings in {@code etc/*.cfg} files that the bundle reading them would not accept, checked
     * against the bundle's metatype description; ordered by file, then key.
     */
    List<ConfigurationProblem> configurationProblems();
}

package webcare.source.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * One configured connector instance (one X query, one Facebook page, one feed). Connector
 * bundles register one service per {@code etc/<factoryPid>-<name>.cfg} file; the workbench counts
 * them as the active sources. The paging contract arrives with the connectors themselves.
 */
@ConsumerType
public interface Source {

    /** The platform, e.g. {@code twitter}, {@code facebook}, {@code feed}. */
    String type();

    /** The instance name, from the configuration file name, e.g. {@code brand}. */
    String instance();
}

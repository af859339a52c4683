/**
 * The contract between the product's launcher and the bundles it starts. The launcher puts this
 * package on its own class path and exports it through the system bundle, so both sides see the
 * same {@link webcare.launch.api.Launch} type.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package webcare.launch.api;

/** What runs and what failed: bundles and Declarative Services components, for people to read. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package webcare.diagnostics.api;

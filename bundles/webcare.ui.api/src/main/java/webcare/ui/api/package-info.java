/**
 * How bundles put views into the workbench window: register a {@link webcare.ui.api.WorkbenchView}
 * service with {@link webcare.ui.api.ViewPlacement}; it appears when its bundle starts and goes
 * when it stops.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("2.4.0")
package webcare.ui.api;

/** The connector SPI: every configured source instance is a {@link webcare.source.api.Source} service. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.1.0")
package webcare.source.api;

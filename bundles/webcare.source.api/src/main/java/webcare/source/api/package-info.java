/**
 * The connector SPI. A connector bundle registers one {@link webcare.source.api.Source} service
 * per configured instance ({@code etc/<factoryPid>-<name>.cfg}); the ingest scheduler pages
 * through what is new with {@link webcare.source.api.Source#fetch} and stores each page together
 * with the cursor after it. Beside a source, a connector whose platform allows it registers a
 * {@link webcare.source.api.Publisher} that posts replies and hides items, answering with a
 * {@link webcare.source.api.PublishOutcome}.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("2.3.0")
package webcare.source.api;

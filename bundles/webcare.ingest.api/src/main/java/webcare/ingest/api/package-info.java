/**
 * What the ingestion knows about each configured source instance, and how to ask it to sync; and
 * how to import a mention file in the background.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.5.0")
package webcare.ingest.api;

/** What the ingestion knows about each configured source instance, and how to ask it to sync. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package webcare.ingest.api;

/** Persistence: one database, transactions as units of work, its state and schema version. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("2.14.0")
package webcare.store.api;

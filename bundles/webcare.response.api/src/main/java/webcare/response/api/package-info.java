/**
 * The crisis response: incidents opened from a signal, an escalated item or by hand, run by a
 * scenario of the crisis plan (its roles, tasks and statements), with an append-only timeline.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package webcare.response.api;

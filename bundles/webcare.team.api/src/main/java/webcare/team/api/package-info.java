/**
 * The team: its members, each in one {@link webcare.team.api.Role}, and what each role may do,
 * checked by the services that do it (not only by the window).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package webcare.team.api;

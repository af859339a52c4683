/**
 * Themes in complaints: the terms and phrases that recur in the negative items of a period and
 * grew compared with the period before, each with example items ({@link webcare.themes.api.ThemeFinder}).
 * Pure computation: no store, no UI, no I/O per call.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package webcare.themes.api;

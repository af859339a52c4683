/**
 * Crisis detection: a {@link webcare.incident.api.Detector} watches a stream of mentions, overall
 * and per source, for a sudden rise in volume, negative volume, negative share or reach-weighted
 * amplification against the stream's own daily and weekly rhythm, and raises a
 * {@link webcare.incident.api.Signal} with its evidence. Pure computation: no store, no UI, no I/O.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package webcare.incident.api;

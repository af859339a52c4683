/**
 * What the workbench reads out of a mention's text, as services a team can add or replace:
 * {@link webcare.analysis.api.LanguageDetector}, {@link webcare.analysis.api.SentimentAnalyser},
 * {@link webcare.analysis.api.FlagDetector} (abuse, threats and private data as exact character
 * spans; every registered detector is asked) and {@link webcare.analysis.api.ReachClassifier}.
 * Results carry their evidence (the words and spans that decided them) so that triage can name
 * it in plain language. Analysers are pure functions of their input: thread-safe, no I/O per call.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package webcare.analysis.api;

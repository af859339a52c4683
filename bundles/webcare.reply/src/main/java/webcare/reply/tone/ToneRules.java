package webcare.reply.tone;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import webcare.files.ListFiles;
import webcare.reply.api.ToneWarning.Issue;

/**
 * The tone lists read and compiled: the bundled {@code tone-nl.txt} and {@code tone-en.txt} plus
 * a team's {@code etc/tone/*.txt}. A line is {@code KIND words}: {@code blame}, {@code sarcasm},
 * {@code defensive} or {@code compensation} with a phrase, or {@code acronym} with a word in
 * capitals that is no shouting (KPN, IBAN). Both languages' lists apply to every draft. A line
 * that is no entry is reported with its place and skipped. Immutable; safe to share between threads.
 */
public final class ToneRules {

    private static final String[] BUNDLED = {"tone-nl.txt", "tone-en.txt"};

    private final Phrases phrases;
    private final Set<String> acronyms;

    private ToneRules(Phrases phrases, Set<String> acronyms) {
        this.phrases = phrases;
        this.acronyms = Set.copyOf(acronyms);
    }

    /**
     * @param teamFolder the team's {@code etc/tone} folder, or null for the bundled lists only
     * @param problems   receives one line per unusable line or file, naming it
     */
    public static ToneRules load(Path teamFolder, Consumer<String> problems) {
        List<ListFiles.Line> lines = new ArrayList<>();
        for (String name : BUNDLED) {
            lines.addAll(ListFiles.bundled(ToneRules.class, name));
        }
        lines.addAll(ListFiles.team(teamFolder, "etc/tone", "*.txt", problems));
        Phrases phrases = new Phrases();
        Set<String> acronyms = new HashSet<>();
        for (ListFiles.Line line : lines) {
            String problem = add(line.text(), phrases, acronyms);
            if (problem != null) {
                problems.accept(line.place() + ": " + problem + "; line skipped");
            }
        }
        return new ToneRules(phrases, acronyms);
    }

    private static String add(String line, Phrases phrases, Set<String> acronyms) {
        String[] parts = line.split("\\s+", 2);
        String kind = parts[0].toLowerCase(Locale.ROOT);
        if (parts.length < 2) {
            return "'" + parts[0] + "' without words: write the phrase after the kind";
        }
        String words = parts[1].strip();
        return switch (kind) {
            case "blame" -> phrases.add(Issue.BLAME, words);
            case "sarcasm" -> phrases.add(Issue.SARCASM, words);
            case "defensive" -> phrases.add(Issue.DEFENSIVE, words);
            case "compensation" -> phrases.add(Issue.REFLEX_COMPENSATION, words);
            case "acronym" -> acronym(words, acronyms);
            default -> "'" + parts[0] + "' is no kind: use blame, sarcasm, defensive, compensation or acronym, then the words";
        };
    }

    private static String acronym(String word, Set<String> acronyms) {
        if (!word.codePoints().allMatch(Character::isLetterOrDigit)) {
            return "'" + word + "': an acronym is one word of letters and digits";
        }
        acronyms.add(word.toUpperCase(Locale.ROOT));
        return null;
    }

    Phrases phrases() {
        return phrases;
    }

    /** Whether {@code word} (in capitals) is an acronym, so no shouting. */
    boolean isAcronym(String word) {
        return acronyms.contains(word);
    }
}

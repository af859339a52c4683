package webcare.bench.triage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * {@code RealTexts IN DATA OUT}: the generated mention file IN with each text replaced by a real
 * post, tweet, headline or review sentence from the JSON Lines files under DATA (every
 * {@code text} field, shuffled with a fixed seed, used in turn), and without the claimed language,
 * which the real text need not match. The generator draws its words from a list of about 150, so
 * a batch of a thousand of its mentions has a few hundred distinct words; real posts have about a
 * quarter as many distinct words as words: what the word index writes depends on it.
 */
public final class RealTexts {

    private RealTexts() {}

    public static void main(String[] args) throws IOException {
        Path in = Path.of(args[0]);
        List<String> texts = texts(Path.of(args[1]));
        Path out = Path.of(args[2]);
        Path partial = out.resolveSibling(out.getFileName() + ".partial");
        ObjectMapper json = new ObjectMapper();
        int next = 0;
        try (BufferedReader reader = Files.newBufferedReader(in, StandardCharsets.UTF_8);
                BufferedWriter writer = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                ObjectNode mention = (ObjectNode) json.readTree(line);
                mention.put("text", texts.get(next++ % texts.size()));
                mention.remove("lang");
                writer.write(json.writeValueAsString(mention));
                writer.write('\n');
            }
        }
        Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING);
        System.err.printf("real texts: %,d mentions from a pool of %,d texts%n", next, texts.size());
    }

    private static List<String> texts(Path data) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(data)) {
            files = walk.filter(file -> file.toString().endsWith(".jsonl")).sorted().toList();
        }
        ObjectMapper json = new ObjectMapper();
        List<String> texts = new ArrayList<>();
        for (Path file : files) {
            try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
                for (String line : (Iterable<String>) lines::iterator) {
                    JsonNode text = json.readTree(line).get("text");
                    if (text != null && text.isTextual() && !text.asText().isBlank()) {
                        texts.add(text.asText());
                    }
                }
            }
        }
        if (texts.isEmpty()) {
            throw new IOException("no texts in the JSON Lines files under " + data);
        }
        Collections.shuffle(texts, new Random(20261206L));
        return texts;
    }
}

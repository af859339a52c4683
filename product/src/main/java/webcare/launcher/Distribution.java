package webcare.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * The assembled product on disk: {@code features/<name>.feature} files list bundle jars under
 * {@code bundles/}, comma separated, in start order.
 */
final class Distribution {

    private static final String SUFFIX = ".feature";
    private static final String PREFIX = "webcare.feature.";
    private final Path root;

    Distribution(Path root) {
        this.root = root;
    }

    Path root() {
        return root;
    }

    /**
     * The bundle jars of the features {@code options} wants, each once, in start order: feature
     * by feature ({@link Options#startRank}, then name), each as its file lists them.
     */
    List<Path> bundles(Options options) throws IOException {
        TreeMap<String, Path> features = new TreeMap<>(Comparator.comparingInt(options::startRank)
                .thenComparing(Comparator.naturalOrder()));
        try (DirectoryStream<Path> files = Files.newDirectoryStream(root.resolve("features"), "*" + SUFFIX)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                name = name.substring(0, name.length() - SUFFIX.length());
                features.put(name.startsWith(PREFIX) ? name.substring(PREFIX.length()) : name, file);
            }
        }
        if (features.isEmpty()) {
            throw new IOException("no *.feature files in " + root.resolve("features") + "; rebuild with 'mvn -B install'");
        }
        Set<Path> jars = new LinkedHashSet<>();
        for (var feature : features.entrySet()) {
            if (!options.wantsFeature(feature.getKey())) {
                continue;
            }
            for (String entry : Files.readString(feature.getValue(), StandardCharsets.UTF_8).split(",")) {
                if (entry.isBlank()) {
                    continue;
                }
                Path jar = root.resolve(entry.strip()).normalize();
                if (!Files.isRegularFile(jar)) {
                    throw new IOException("feature " + feature.getKey() + " lists " + entry.strip()
                            + ", which is missing from " + root + "; rebuild with 'mvn -B install'");
                }
                jars.add(jar);
            }
        }
        return new ArrayList<>(jars);
    }
}

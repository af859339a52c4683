package webcare.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/** Every text a bundle shows exists in English and in Dutch. */
class TranslationsIT {

    @Test
    void everyMessagesFileHasADutchTwinWithTheSameKeys() throws IOException {
        List<String> checked = new ArrayList<>();
        try (var jars = Files.list(Product.distribution().resolve("bundles"))) {
            for (Path jar : jars.filter(path -> path.getFileName().toString().startsWith("webcare.")).toList()) {
                try (JarFile file = new JarFile(jar.toFile())) {
                    for (var entry : file.stream().filter(e -> e.getName().endsWith("/messages.properties")).toList()) {
                        Properties english = load(file, entry.getName());
                        var dutchEntry = file.getJarEntry(entry.getName().replace("messages.properties", "messages_nl.properties"));
                        assertThat(dutchEntry).as("Dutch texts for %s in %s", entry.getName(), jar.getFileName()).isNotNull();
                        Properties dutch = load(file, dutchEntry.getName());
                        assertThat(dutch.keySet()).as("keys of %s", dutchEntry.getName())
                                .containsExactlyInAnyOrderElementsOf(english.keySet());
                        checked.add(entry.getName());
                    }
                }
            }
        }
        assertThat(checked).hasSizeGreaterThanOrEqualTo(3);
    }

    private static Properties load(JarFile file, String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = file.getInputStream(file.getJarEntry(name))) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}

package webcare.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The assembled product, started as a process the way {@code ./webcare --headless} starts it. */
class HeadlessIT {

    @TempDir
    Path home;

    @TempDir
    Path scratch;

    private Product.Run webcare(Path distribution, String... arguments) throws Exception {
        return Product.run(home, distribution, Map.of(), arguments);
    }

    private static List<String> bundleRows(String out) {
        return out.lines().filter(line -> line.matches("\\s+\\d+\\s+\\S+.*")).toList();
    }

    @Test
    void everyBundleOfTheProductIsActive() throws Exception {
        Product.Run run = webcare(Product.distribution(), "--headless", "bundles");

        assertThat(run.exit()).as(run.err()).isZero();
        List<String> rows = bundleRows(run.out());
        assertThat(rows).hasSizeGreaterThan(15).allSatisfy(row -> assertThat(row).endsWith("ACTIVE"));
        assertThat(run.out()).contains("org.apache.felix.scr", "org.apache.felix.configadmin",
                "org.apache.felix.fileinstall", "org.apache.felix.gogo.runtime", "com.h2database",
                "webcare.store ", "webcare.cli ", "webcare.diagnostics ")
                .doesNotContain("org.eclipse.swt", "webcare.ui.");
        assertThat(run.out().strip()).endsWith(rows.size() + " bundles, all running.");
    }

    @Test
    void helpListsTheCommandsOfEveryBundle() throws Exception {
        Product.Run run = webcare(Product.distribution(), "--headless", "help");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("bundles", "database", "help", "version");
    }

    @Test
    void versionNamesTheProductAndHome() throws Exception {
        Product.Run run = webcare(Product.distribution(), "--headless", "version");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("Webcare Workbench ").contains("WEBCARE_HOME " + home);
    }

    @Test
    void createsTheDatabaseAtTheNewestSchemaOnFirstUse() throws Exception {
        Product.Run run = webcare(Product.distribution(), "--headless", "database");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("Database " + home.resolve("data/webcare.mv.db"))
                .containsPattern("Schema version [1-9]\\d*");
        assertThat(home.resolve("data/webcare.mv.db")).exists();
    }

    @Test
    void aDamagedDatabaseIsNamedAndLeftAlone() throws Exception {
        Files.createDirectories(home.resolve("data"));
        byte[] damaged = "not a database at all".getBytes(StandardCharsets.US_ASCII);
        Files.write(home.resolve("data/webcare.mv.db"), damaged);

        Product.Run run = webcare(Product.distribution(), "--headless", "database");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().strip()).hasLineCount(1)
                .contains(home.resolve("data/webcare.mv.db").toString(), "not an H2 database", "did not change");
        assertThat(Files.readAllBytes(home.resolve("data/webcare.mv.db"))).isEqualTo(damaged);
    }

    @Test
    void badUsageExitsTwoWithOneLine() throws Exception {
        for (String[] arguments : List.of(new String[] {"--headless", "frobnicate"},
                new String[] {"--headless", "bundles", "surplus"}, new String[] {"--no-such-flag"},
                new String[] {"--headless"}, new String[] {"--screenshot", "picture.jpg"})) {
            Product.Run run = webcare(Product.distribution(), arguments);

            assertThat(run.exit()).as(String.join(" ", arguments)).isEqualTo(2);
            assertThat(run.err().strip()).as(String.join(" ", arguments)).startsWith("webcare").hasLineCount(1);
        }
    }

    @Test
    void wrongArgumentsAreNamedWithTheCommandsUsageNotGogosCoercion() throws Exception {
        Map<List<String>, String> expected = Map.of(
                List.of("import"), "webcare import: missing argument <file> — usage: import <file>",
                List.of("import", "a.jsonl", "b.jsonl"),
                "webcare import: too many arguments (2 given, 1 expected) — usage: import <file>",
                List.of("demo"), "webcare demo: missing argument <load, remove or status> — usage: demo <load, remove or status>",
                List.of("sync", "now"), "webcare sync: takes no arguments — usage: sync");
        for (Map.Entry<List<String>, String> call : expected.entrySet()) {
            List<String> arguments = new ArrayList<>(List.of("--headless"));
            arguments.addAll(call.getKey());
            Product.Run run = webcare(Product.distribution(), arguments.toArray(String[]::new));

            assertThat(run.exit()).as(call.getKey().toString()).isEqualTo(2);
            assertThat(run.err().strip()).as(call.getKey().toString()).isEqualTo(call.getValue());
        }
    }

    @Test
    void aBrokenMentionLineIsNamedByLineAndColumnWithoutJacksonsSourceDescription() throws Exception {
        Path file = Files.writeString(scratch.resolve("mentions.jsonl"),
                "{\"source\":\"twitter\",\"id\":\"1\",\"text\":\"Bezorging te laat\"\n");

        Product.Run run = webcare(Product.distribution(), "--headless", "import", file.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains(file + ":1: not valid JSON at column 56: unexpected end of input: "
                + "expected close marker for Object").doesNotContain("REDACTED", "Source:");
    }

    @Test
    void aDuplicateKeyInAPlanFileIsNamedByItsJsonPath() throws Exception {
        Path file = Files.writeString(scratch.resolve("plan.json"), "{\"format\": \"webcare-plan\", \"people\": "
                + "[{\"id\": \"anna\", \"name\": \"Anna\"}, {\"id\": \"bob\", \"name\": \"Bob\", \"name\": \"Bob\"}]}");

        Product.Run run = webcare(Product.distribution(), "--headless", "plan", "import", file.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out() + run.err()).contains("$.people[1].name: duplicate key \"name\": keep one of the two")
                .doesNotContain("REDACTED");
    }

    @Test
    void etcAndTheFrameworkCacheAreCreatedReadableByTheOwnerOnly() throws Exception {
        Product.Run run = webcare(Product.distribution(), "--headless", "version");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(permissions(home.resolve("etc"))).isEqualTo("rwx------");
        assertThat(permissions(home.resolve("cache"))).isEqualTo("rwx------");
    }

    @Test
    void looserFoldersAreTightenedAtStartAndTheLogSaysSoOnce() throws Exception {
        for (String folder : List.of("etc", "cache")) {
            Files.createDirectories(home.resolve(folder), PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rwxr-xr-x")));
            Files.setPosixFilePermissions(home.resolve(folder), PosixFilePermissions.fromString("rwxr-xr-x"));
        }

        assertThat(webcare(Product.distribution(), "--headless", "version").exit()).isZero();
        assertThat(webcare(Product.distribution(), "--headless", "version").exit()).isZero();

        assertThat(permissions(home.resolve("etc"))).isEqualTo("rwx------");
        assertThat(permissions(home.resolve("cache"))).isEqualTo("rwx------");
        assertThat(Files.readAllLines(home.resolve("logs/webcare.0.log")))
                .filteredOn(line -> line.contains("now only its owner can read it")).hasSize(2)
                .anySatisfy(line -> assertThat(line).contains(home.resolve("etc") + " was open to other users (rwxr-xr-x)"))
                .anySatisfy(line -> assertThat(line).contains(home.resolve("cache").toString()));
    }

    private static String permissions(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    @Test
    void aWindowWithoutADisplayIsRefusedWithAHint() throws Exception {
        Product.Run run = webcare(Product.distribution());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().strip()).hasLineCount(1).contains("--headless", "xvfb-run");
    }

    @Test
    void aBundleThatCannotStartIsReportedAndTheRestRuns() throws Exception {
        Path distribution = distributionWith(jar("webcare.test.broken", "org.example.nowhere"));

        Product.Run run = webcare(distribution, "--headless", "bundles");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("1 of");
        List<String> rows = bundleRows(run.out());
        assertThat(rows).filteredOn(row -> row.contains("webcare.test.broken")).singleElement()
                .satisfies(row -> assertThat(row).contains("INSTALLED", "org.example.nowhere"));
        assertThat(rows).filteredOn(row -> !row.contains("webcare.test.broken"))
                .allSatisfy(row -> assertThat(row).endsWith("ACTIVE"));
    }

    @Test
    void reusesTheFrameworkCacheAndUpdatesABundleWhoseJarChanged() throws Exception {
        Path jar = jar("webcare.test.changing", "org.example.nowhere");
        Path distribution = distributionWith(jar);
        assertThat(webcare(distribution, "--headless", "bundles").exit()).isEqualTo(1);

        Path installed = distribution.resolve("extra").resolve(jar.getFileName());
        writeJar(installed, "webcare.test.changing", null);
        Files.setLastModifiedTime(installed, FileTime.from(Instant.now().plusSeconds(5)));
        Product.Run fixed = webcare(distribution, "--headless", "bundles");

        assertThat(fixed.exit()).as(fixed.out()).isZero();
        assertThat(bundleRows(fixed.out())).filteredOn(row -> row.contains("webcare.test.changing")).singleElement()
                .satisfies(row -> assertThat(row).endsWith("ACTIVE"));
        assertThat(home.resolve("cache/headless")).isDirectory();
    }

    /** A copy of the product's features plus one feature holding {@code extra}; bundles are shared. */
    private Path distributionWith(Path extra) throws IOException {
        Path distribution = scratch.resolve("dist");
        Files.createDirectories(distribution.resolve("features"));
        Files.createSymbolicLink(distribution.resolve("bundles"), Product.distribution().resolve("bundles"));
        Files.createSymbolicLink(distribution.resolve("lib"), Product.distribution().resolve("lib"));
        try (var features = Files.list(Product.distribution().resolve("features"))) {
            for (Path feature : features.toList()) {
                Files.copy(feature, distribution.resolve("features").resolve(feature.getFileName()));
            }
        }
        Files.createDirectories(distribution.resolve("extra"));
        Files.move(extra, distribution.resolve("extra").resolve(extra.getFileName()));
        Files.writeString(distribution.resolve("features/webcare.feature.test.feature"),
                "extra/" + extra.getFileName());
        return distribution;
    }

    private Path jar(String symbolicName, String missingPackage) throws IOException {
        Path jar = scratch.resolve(symbolicName + ".jar");
        writeJar(jar, symbolicName, missingPackage);
        return jar;
    }

    private static void writeJar(Path jar, String symbolicName, String importedPackage) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", symbolicName);
        main.putValue("Bundle-Version", "1.0.0");
        if (importedPackage != null) {
            main.putValue("Import-Package", importedPackage);
        }
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream ignored = new JarOutputStream(out, manifest)) {
            // a manifest is all a bundle needs
        }
    }
}

/**
 * The import benchmark ({@code bench/import.sh}, docs/BENCHMARKS.md): a million generated
 * mentions in a JSON Lines file, imported by the product's pipeline and, as the floor, by a plain
 * batched JDBC insert. Runs on a plain class path, not in OSGi.
 *
 * <p>This module's jar is also the floor bundle of {@code bench/startup.sh}, installed in a
 * framework without Jackson or the Webcare bundles: the imports this package adds are optional,
 * so that bundle still resolves.
 */
@org.osgi.annotation.bundle.Header(name = "Import-Package",
        value = "com.fasterxml.jackson.*;resolution:=optional,webcare.*;resolution:=optional,*")
package webcare.bench.imports;

package webcare.ingest.scheduler;

import java.lang.reflect.Array;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What identifies a source instance's configuration: a SHA-256 of its settings, so a state saved
 * with it is restored only while the configuration file says the same. Framework bookkeeping
 * ({@code service.*}, {@code felix.*}, {@code component.*}, {@code objectClass}) is left out: it
 * changes from run to run while the file does not. Only the hash is kept, never a setting (a
 * token) in clear.
 */
final class ConfigFingerprint {

    private static final List<String> BOOKKEEPING = List.of("service.", "felix.", "component.", "objectClass");

    private ConfigFingerprint() {}

    /** The fingerprint of a source service's properties (its configuration's, as DS passes them on). */
    static String of(Map<String, ?> properties) {
        MessageDigest digest = sha256();
        new TreeMap<String, Object>(properties).forEach((key, value) -> {
            if (BOOKKEEPING.stream().noneMatch(key::startsWith)) {
                // lengths first: no two different settings make the same bytes
                update(digest, key);
                update(digest, text(value));
            }
        });
        return "sha256:" + HexFormat.of().formatHex(digest.digest());
    }

    private static void update(MessageDigest digest, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        digest.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
        digest.update(bytes);
    }

    /** A value as text; the elements of an array (a multi-valued setting) one by one. */
    private static String text(Object value) {
        if (value != null && value.getClass().isArray()) {
            StringBuilder text = new StringBuilder("[");
            for (int i = 0; i < Array.getLength(value); i++) {
                String element = text(Array.get(value, i));
                text.append(element.length()).append(':').append(element);
            }
            return text.append(']').toString();
        }
        return String.valueOf(value);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}

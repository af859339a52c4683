package webcare.store.sql;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads what an H2 MVStore file says about itself, without H2 and without writing: whether it
 * is an H2 file at all, and whether it was closed cleanly with its newest chunk whole. H2 writes
 * {@code clean:1} and the last chunk's block into the file header only when it closes the file;
 * a file whose header lacks them, or whose last chunk is cut short or overwritten, would be
 * "recovered" by H2 on open, which may silently roll it back to an older state.
 *
 * <p>The layout (H2 2.x, {@code format:3}): two copies of the header in the first two blocks,
 * {@code key:value} pairs in hex separated by commas; each chunk starts with a header line
 * {@code chunk:ID,len:BLOCKS,…} and ends with a 128-byte footer {@code chunk:ID,…,version:V}.
 * Anything unexpected counts as damaged, which only costs a copy of the file.
 */
final class StoreFileHeader {

    /** Every H2 2.x file starts with this. */
    static final String MAGIC = "H:2,";
    private static final int HEADER_BYTES = 4096;
    private static final int FOOTER_BYTES = 128;

    private StoreFileHeader() {}

    /** Whether the file starts like an H2 2.x database file. */
    static boolean isH2(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return read(channel, 0, MAGIC.length()).equals(MAGIC);
        }
    }

    /** How the file was left, as far as its header and newest chunk tell. */
    enum Condition {
        /** H2 closed it, and its newest chunk is there, whole, where the header says. */
        CLOSED_CLEANLY,
        /** H2 did not close it: it was open when its process ended. */
        NOT_CLOSED,
        /** H2 closed it, but its newest chunk is missing, cut short or overwritten since. */
        DAMAGED
    }

    static Condition condition(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            Map<String, String> header = fields(read(channel, 0, HEADER_BYTES));
            if (!"1".equals(header.get("clean"))) {
                return Condition.NOT_CLOSED;
            }
            return newestChunkWhole(channel, header) ? Condition.CLOSED_CLEANLY : Condition.DAMAGED;
        }
    }

    private static boolean newestChunkWhole(FileChannel channel, Map<String, String> header) throws IOException {
        if (!header.containsKey("block") || !header.containsKey("chunk") || !header.containsKey("blockSize")) {
            return false;
        }
        try {
            long blockSize = Long.parseLong(header.get("blockSize"), 16);
            long start = Long.parseLong(header.get("block"), 16) * blockSize;
            Map<String, String> chunk = fields(read(channel, start, (int) Math.min(blockSize, HEADER_BYTES)));
            if (!header.get("chunk").equals(chunk.get("chunk")) || !chunk.containsKey("len")) {
                return false;
            }
            long end = start + Long.parseLong(chunk.get("len"), 16) * blockSize;
            if (end > channel.size()) {
                return false;
            }
            Map<String, String> footer = fields(read(channel, end - FOOTER_BYTES, FOOTER_BYTES));
            return header.get("chunk").equals(footer.get("chunk"))
                    && chunk.getOrDefault("version", "").equals(footer.get("version"));
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String read(FileChannel channel, long position, int length) throws IOException {
        if (position < 0) {
            return "";
        }
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining() && channel.read(buffer, position + buffer.position()) > 0) {
            // keep reading: a read may return fewer bytes than asked
        }
        return new String(buffer.array(), 0, buffer.position(), StandardCharsets.ISO_8859_1);
    }

    /** The {@code key:value} pairs of one header line, which ends at the first blank or NUL. */
    private static Map<String, String> fields(String text) {
        int end = 0;
        while (end < text.length() && text.charAt(end) > ' ') {
            end++;
        }
        Map<String, String> fields = new HashMap<>();
        for (String pair : text.substring(0, end).split(",")) {
            int colon = pair.indexOf(':');
            if (colon > 0) {
                fields.put(pair.substring(0, colon), pair.substring(colon + 1));
            }
        }
        return fields;
    }
}

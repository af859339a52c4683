package webcare.source.file;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The lines of a byte stream, one at a time, as bytes (the JSON parser reads UTF-8 itself, which
 * saves decoding every line into a String first): split at LF, a CR before it dropped, a UTF-8
 * byte-order mark at the start skipped. A line longer than {@code maxBytes} is skipped without
 * being held in memory; {@link #tooLong()} says so. A line is valid until the next call of
 * {@link #next}. Not thread-safe.
 */
final class LineReader implements Closeable {

    private static final int BUFFER = 1 << 16;

    private final InputStream in;
    private final int maxBytes;
    private byte[] buffer = new byte[BUFFER];
    private int position;
    private int end;
    private boolean started;
    private boolean eof;
    /** A line that did not fit in the buffer's rest is copied here. */
    private byte[] spill = new byte[BUFFER];
    private byte[] lineBytes;
    private int lineStart;
    private int lineLength;
    private long number;
    private boolean tooLong;

    LineReader(InputStream in, int maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    /** A reader of UTF-8 that replaces what is not UTF-8 with U+FFFD instead of failing. */
    static Reader decoding(InputStream in) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        return new InputStreamReader(in, decoder);
    }

    /** Moves to the next line; false at the end of the stream. */
    boolean next() throws IOException {
        tooLong = false;
        int spilled = 0;
        while (true) {
            if (position == end && !fill()) {
                if (spilled == 0 && !tooLong) {
                    return false;
                }
                break;
            }
            int newline = -1;
            for (int i = position; i < end; i++) {
                if (buffer[i] == '\n') {
                    newline = i;
                    break;
                }
            }
            int stop = newline < 0 ? end : newline;
            if (newline >= 0 && spilled == 0 && !tooLong) {
                // the common case: the whole line is in the buffer
                lineBytes = buffer;
                lineStart = position;
                lineLength = stop - position;
                position = newline + 1;
                return found();
            }
            if (!tooLong) {
                int length = stop - position;
                if ((long) spilled + length > maxBytes + 1L) {
                    // + 1: the CR of a CRLF may still be in there
                    tooLong = true;
                } else {
                    if (spill.length < spilled + length) {
                        spill = Arrays.copyOf(spill, Math.max(spilled + length, spill.length * 2));
                    }
                    System.arraycopy(buffer, position, spill, spilled, length);
                    spilled += length;
                }
            }
            position = newline < 0 ? end : newline + 1;
            if (newline >= 0) {
                break;
            }
        }
        lineBytes = spill;
        lineStart = 0;
        lineLength = tooLong ? 0 : spilled;
        return found();
    }

    private boolean found() {
        number++;
        if (lineLength > 0 && lineBytes[lineStart + lineLength - 1] == '\r') {
            lineLength--;
        }
        if (lineLength > maxBytes) {
            tooLong = true;
            lineLength = 0;
        }
        return true;
    }

    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        int read = in.readNBytes(buffer, 0, buffer.length);
        if (read <= 0) {
            eof = true;
            return false;
        }
        position = 0;
        end = read;
        if (!started) {
            started = true;
            if (read >= 3 && (buffer[0] & 0xFF) == 0xEF && (buffer[1] & 0xFF) == 0xBB && (buffer[2] & 0xFF) == 0xBF) {
                position = 3;
            }
        }
        return true;
    }

    /** The current line's bytes are {@code bytes()[start() … start() + length()]}. */
    byte[] bytes() {
        return lineBytes;
    }

    int start() {
        return lineStart;
    }

    int length() {
        return lineLength;
    }

    /** Whether the current line holds only spaces and tabs, or nothing. */
    boolean blank() {
        for (int i = lineStart; i < lineStart + lineLength; i++) {
            byte b = lineBytes[i];
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    /** The number of the current line, from 1. */
    long number() {
        return number;
    }

    /** Whether the current line was longer than allowed (and is given as empty). */
    boolean tooLong() {
        return tooLong;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}

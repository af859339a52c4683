package webcare.source.file;

import java.io.Closeable;
import java.io.IOException;
import webcare.model.Mention;

/**
 * Writes mentions in a file format, one at a time. {@link #close} writes out what is buffered but
 * leaves the underlying stream open: whoever opened it closes it.
 */
interface MentionWriter extends Closeable {

    void write(Mention mention) throws IOException;
}

package webcare.source.file;

import webcare.model.Mention;

/** What one line (one CSV record) of a mention file held. */
sealed interface ParsedLine {

    /** The line number, from 1; a CSV record spanning lines has the number of its first line. */
    long line();

    /** A valid mention. */
    record Good(long line, Mention mention) implements ParsedLine {}

    /** A line that cannot be imported; {@code reason} is one line for people, naming the field. */
    record Bad(long line, String reason) implements ParsedLine {}
}

package webcare.source.file;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import webcare.source.file.MentionFields.BadField;

/**
 * Mentions from JSON Lines (docs/MENTIONS.md): one object per line, parsed on its own so that a
 * broken line costs only itself. Unknown fields are ignored; a field given twice is an error.
 */
final class JsonLinesReader implements MentionReader {

    /**
     * Longest line read, in bytes: a mention at every limit of {@link webcare.model.Mention}, its
     * raw payload escaped, fits several times over. A longer line is reported and skipped.
     */
    static final int MAX_LINE = 8 << 20;

    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** How Jackson's {@link StreamReadFeature#STRICT_DUPLICATE_DETECTION} begins its message. */
    private static final String DUPLICATE = "Duplicate field '";

    private final LineReader lines;
    private final Texts texts;

    /** @param texts the language bad lines are reported in */
    JsonLinesReader(InputStream in, Texts texts) {
        this.lines = new LineReader(in, MAX_LINE);
        this.texts = texts;
    }

    @Override
    public ParsedLine next() throws IOException {
        while (lines.next()) {
            if (lines.tooLong()) {
                return new ParsedLine.Bad(lines.number(), texts.format("line.tooLong", String.valueOf(MAX_LINE >> 20)));
            }
            if (!lines.blank()) {
                return parse(lines.number(), lines.bytes(), lines.start(), lines.length(), texts);
            }
        }
        return null;
    }

    /** Parses UTF-8; a line that is not valid UTF-8 is parsed again with U+FFFD for what is not. */
    static ParsedLine parse(long number, byte[] bytes, int start, int length, Texts texts) {
        try {
            return parse(number, JSON.createParser(bytes, start, length), texts);
        } catch (JsonProcessingException e) {
            return parse(number, new String(bytes, start, length, StandardCharsets.UTF_8), texts);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // bytes in memory cannot fail to be read
        }
    }

    static ParsedLine parse(long number, String line, Texts texts) {
        try {
            return parse(number, JSON.createParser(line), texts);
        } catch (JsonProcessingException e) {
            int column = e.getLocation() == null ? -1 : e.getLocation().getColumnNr();
            String reason = reason(e, texts);
            return new ParsedLine.Bad(number, column > 0 ? texts.format("line.notJsonAt", String.valueOf(column),
                    reason) : texts.format("line.notJson", reason));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a String cannot fail to be read
        }
    }

    /**
     * Jackson's reason in the words of this format. Its own account of where an object began
     * ("start marker at [Source: REDACTED …; line: 1, column: 1]") is left out: the line is ours to
     * name, and the source it would describe is the line itself.
     */
    private static String reason(JsonProcessingException e, Texts texts) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().lines().findFirst().orElse("");
        if (message.startsWith(DUPLICATE) && e.getProcessor() instanceof JsonParser parser) {
            return texts.format("line.duplicateKey", parser.getParsingContext().getCurrentName());
        }
        String reason = message.replaceFirst(" \\((start marker|for root starting) at \\[Source: .*$", "")
                .replace("end-of-input", "end of input");
        return reason.isEmpty() ? texts.format("unexpected")
                : Character.toLowerCase(reason.charAt(0)) + reason.substring(1);
    }

    /** @throws JsonProcessingException for what is not JSON; a bad field is a {@link ParsedLine.Bad} */
    private static ParsedLine parse(long number, JsonParser parser, Texts texts) throws IOException {
        try (parser) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return new ParsedLine.Bad(number, texts.format("line.notObject"));
            }
            MentionFields fields = new MentionFields("author.");
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                field(parser, name, fields);
            }
            if (parser.nextToken() != null) {
                return new ParsedLine.Bad(number, texts.format("line.moreThanOne"));
            }
            return new ParsedLine.Good(number, fields.toMention());
        } catch (BadField e) {
            return new ParsedLine.Bad(number, e.reason(texts));
        }
    }

    private static void field(JsonParser parser, String name, MentionFields fields) throws IOException, BadField {
        switch (name) {
            case "source" -> fields.source = text(parser, name);
            case "instance" -> fields.instance = text(parser, name);
            case "id" -> fields.id = id(parser, name);
            case "kind" -> fields.kind = text(parser, name);
            case "created" -> fields.created = text(parser, name);
            case "updated" -> fields.updated = text(parser, name);
            case "thread" -> fields.thread = id(parser, name);
            case "inReplyTo" -> fields.inReplyTo = id(parser, name);
            case "author" -> author(parser, fields);
            case "text" -> fields.text = text(parser, name);
            case "lang" -> fields.lang = text(parser, name);
            case "rating" -> fields.rating = whole(parser, name);
            case "url" -> fields.url = text(parser, name);
            case "truncated" -> fields.truncated = flag(parser, name);
            case "raw" -> fields.raw = text(parser, name);
            default -> parser.skipChildren();
        }
    }

    private static void author(JsonParser parser, MentionFields fields) throws IOException, BadField {
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return;
        }
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw new BadField("field.object", "author");
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            String qualified = fields.authorField(name);
            switch (name) {
                case "id" -> fields.authorId = id(parser, qualified);
                case "handle" -> fields.authorHandle = text(parser, qualified);
                case "name" -> fields.authorName = text(parser, qualified);
                case "followers" -> fields.authorFollowers = whole(parser, qualified);
                case "url" -> fields.authorUrl = text(parser, qualified);
                default -> parser.skipChildren();
            }
        }
    }

    private static String text(JsonParser parser, String name) throws IOException, BadField {
        return switch (parser.currentToken()) {
            case VALUE_STRING -> parser.getText();
            case VALUE_NULL -> null;
            default -> throw new BadField("field.string", name);
        };
    }

    /** Platforms give ids as numbers too; they are kept as the digits written. */
    private static String id(JsonParser parser, String name) throws IOException, BadField {
        return switch (parser.currentToken()) {
            case VALUE_STRING -> parser.getText();
            case VALUE_NUMBER_INT -> parser.getText();
            case VALUE_NULL -> null;
            default -> throw new BadField("field.stringOrWhole", name);
        };
    }

    private static Long whole(JsonParser parser, String name) throws IOException, BadField {
        return switch (parser.currentToken()) {
            case VALUE_NUMBER_INT -> {
                if (parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                    throw new BadField("field.tooLarge", name, parser.getText());
                }
                yield parser.getLongValue();
            }
            case VALUE_NULL -> null;
            default -> throw new BadField("field.whole", name);
        };
    }

    private static boolean flag(JsonParser parser, String name) throws BadField {
        return switch (parser.currentToken()) {
            case VALUE_TRUE -> true;
            case VALUE_FALSE, VALUE_NULL -> false;
            default -> throw new BadField("field.flag", name);
        };
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}

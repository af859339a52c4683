package webcare.source.file;

import static webcare.source.file.MentionFields.wellFormed;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import java.io.IOException;
import java.io.OutputStream;
import webcare.model.Author;
import webcare.model.Mention;

/**
 * Mentions as JSON Lines (docs/MENTIONS.md), UTF-8, one object per line ending in LF. Fields come
 * in a fixed order and absent ones are left out, so the same mentions always give the same bytes
 * and {@link JsonLinesReader} reads back exactly what was written.
 */
final class JsonLinesWriter implements MentionWriter {

    private static final JsonFactory JSON = new JsonFactoryBuilder()
            .rootValueSeparator((String) null)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            // 😀 as its four UTF-8 bytes, not as the escapes \ud83d\ude00
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            .build();

    private final JsonGenerator json;

    JsonLinesWriter(OutputStream out) throws IOException {
        this.json = JSON.createGenerator(out, JsonEncoding.UTF8);
    }

    @Override
    public void write(Mention mention) throws IOException {
        json.writeStartObject();
        json.writeStringField("source", wellFormed(mention.source()));
        if (!mention.instance().isEmpty()) {
            json.writeStringField("instance", wellFormed(mention.instance()));
        }
        json.writeStringField("id", wellFormed(mention.externalId()));
        json.writeStringField("kind", mention.kind().id());
        json.writeStringField("created", mention.created().toString());
        optional("updated", mention.updated() == null ? null : mention.updated().toString());
        optional("thread", mention.threadId());
        optional("inReplyTo", mention.inReplyTo());
        Author author = mention.author();
        if (author != null && (author.id() != null || author.handle() != null || author.name() != null
                || author.followers() != null || author.profileUrl() != null)) {
            json.writeObjectFieldStart("author");
            optional("id", author.id());
            optional("handle", author.handle());
            optional("name", author.name());
            if (author.followers() != null) {
                json.writeNumberField("followers", author.followers());
            }
            optional("url", author.profileUrl());
            json.writeEndObject();
        }
        json.writeStringField("text", wellFormed(mention.text()));
        optional("lang", mention.lang());
        if (mention.rating() != null) {
            json.writeNumberField("rating", mention.rating());
        }
        optional("url", mention.url());
        if (mention.truncated()) {
            json.writeBooleanField("truncated", true);
        }
        optional("raw", mention.raw());
        json.writeEndObject();
        json.writeRaw('\n');
    }

    private void optional(String name, String value) throws IOException {
        if (value != null) {
            json.writeStringField(name, wellFormed(value));
        }
    }

    @Override
    public void close() throws IOException {
        json.close();
    }
}

package webcare.bench.imports;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Random;

/**
 * Writes a JSON Lines mention file (docs/MENTIONS.md) of made-up but realistic mentions: five
 * sources in realistic shares, text lengths like the platforms' (tweets up to 280 characters,
 * reviews long), Dutch and English words with some emoji and line breaks, authors, ratings,
 * replies and a few edits, ordered by time. The same count always gives the same bytes.
 */
final class GeneratedMentions {

    private static final String[] WORDS = ("de het een en van ik je is niet dat op te met voor maar zijn al was "
            + "bestelling pakket bezorging klantenservice wachten dagen retour geld terug levering kapot app "
            + "storing inloggen rekening factuur abonnement opzeggen wachttijd medewerker vriendelijk snel "
            + "top prima slecht teleurgesteld waarom nog steeds geen antwoord vandaag morgen gisteren winkel "
            + "the and my order still not delivered refund customer service waiting days support thanks great "
            + "terrible again please help app broken login invoice subscription cancel friendly fast slow "
            + "@brand #storing #service https://t.co/abc123 €19,95 09:30 5-10").split(" ");
    private static final String[] EMOJI = {"😀", "😡", "🚚", "👍", "🙏", "💔", "☕", "🤬"};
    private static final String[] FIRST = {"Anke", "Jan", "Fatima", "Pieter", "Sanne", "Mohamed", "Lotte", "Kees",
        "Emma", "Daan", "Yasmin", "Bram", "Sophie", "Noah", "Julia", "Finn"};
    private static final String[] LAST = {"de Vries", "Jansen", "el Amrani", "Bakker", "Visser", "Smit", "Meijer",
        "van Dijk", "Mulder", "de Boer", "Yılmaz", "Peters"};

    private GeneratedMentions() {}

    /** Writes {@code count} lines to {@code file} (through a temporary file, so a stopped run leaves none). */
    static void write(Path file, int count) throws IOException {
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        JsonFactory json = new JsonFactoryBuilder().rootValueSeparator((String) null)
                .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8).build();
        Random random = new Random(20261025L);
        long millis = Instant.parse("2026-01-01T00:00:00Z").toEpochMilli();
        long tweet = 1_874_000_000_000_000_000L;
        long comment = 10_000_000L;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 20);
                JsonGenerator line = json.createGenerator(out, JsonEncoding.UTF8)) {
            for (int i = 0; i < count; i++) {
                millis += random.nextInt(15_000);
                tweet += 4_096_000L + random.nextInt(4_096_000);
                comment += 1 + random.nextInt(50);
                int pick = random.nextInt(100);
                line.writeStartObject();
                if (pick < 40) {
                    twitter(line, random, tweet, millis);
                } else if (pick < 65) {
                    facebook(line, random, comment, millis);
                } else if (pick < 80) {
                    review(line, random, "google", i % 3 == 0 ? "utrecht" : "amsterdam", millis);
                } else if (pick < 92) {
                    review(line, random, "trustpilot", "shop", millis);
                } else {
                    feed(line, random, i, millis);
                }
                line.writeEndObject();
                line.writeRaw('\n');
            }
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void twitter(JsonGenerator line, Random random, long id, long millis) throws IOException {
        boolean reply = random.nextInt(5) == 0;
        common(line, random, "twitter", random.nextInt(4) == 0 ? "ceo" : "brand", Long.toString(id),
                reply ? "reply" : "post", millis);
        if (reply) {
            line.writeStringField("inReplyTo", Long.toString(id - 1_000_000_000L - random.nextInt(1_000_000)));
        }
        author(line, random, true);
        text(line, random, 20 + random.nextInt(261), 280);
        language(line, random);
        line.writeStringField("url", "https://x.com/i/status/" + id);
    }

    private static void facebook(JsonGenerator line, Random random, long id, long millis) throws IOException {
        String post = "104857600123_" + (id / 500);
        common(line, random, "facebook", "page", post + "_" + id, "comment", millis);
        line.writeStringField("thread", post);
        author(line, random, true);
        text(line, random, lognormal(random, 150, 2_000), 8_000);
        language(line, random);
        line.writeStringField("url", "https://www.facebook.com/" + post + "?comment_id=" + id);
    }

    private static void review(JsonGenerator line, Random random, String source, String instance, long millis)
            throws IOException {
        String id = token(random, source.equals("google") ? 27 : 24, source.equals("google"));
        common(line, random, source, instance, id, "review", millis);
        line.writeObjectFieldStart("author");
        line.writeStringField("name", name(random));
        line.writeNumberField("followers", random.nextInt(40));
        line.writeEndObject();
        text(line, random, random.nextInt(10) == 0 ? 0 : lognormal(random, 350, 4_000), 4_000);
        language(line, random);
        int stars = random.nextInt(100);
        line.writeNumberField("rating", stars < 25 ? 1 : stars < 35 ? 2 : stars < 45 ? 3 : stars < 65 ? 4 : 5);
        line.writeStringField("url", source.equals("google") ? "https://maps.google.com/?cid=1234567890&review=" + id
                : "https://nl.trustpilot.com/reviews/" + id);
    }

    private static void feed(JsonGenerator line, Random random, int i, long millis) throws IOException {
        String url = "https://nieuws.example.nl/artikel/" + (800_000 + i);
        common(line, random, "feed", "news", url, "post", millis);
        if (random.nextBoolean()) {
            line.writeObjectFieldStart("author");
            line.writeStringField("name", name(random));
            line.writeEndObject();
        }
        text(line, random, 200 + random.nextInt(400), 1_000);
        line.writeStringField("lang", "nl");
        line.writeStringField("url", url);
    }

    private static void common(JsonGenerator line, Random random, String source, String instance, String id,
            String kind, long millis) throws IOException {
        line.writeStringField("source", source);
        line.writeStringField("instance", instance);
        line.writeStringField("id", id);
        line.writeStringField("kind", kind);
        line.writeStringField("created", Instant.ofEpochMilli(millis).toString());
        if (random.nextInt(33) == 0) {
            long edited = millis + 60_000L * (1 + random.nextInt(600));
            line.writeStringField("updated", Instant.ofEpochMilli(edited).toString());
        }
    }

    private static void author(JsonGenerator line, Random random, boolean handle) throws IOException {
        int person = random.nextInt(200_000);
        line.writeObjectFieldStart("author");
        line.writeStringField("id", Integer.toString(100_000_000 + person));
        if (handle) {
            line.writeStringField("handle", "klant" + person);
        }
        line.writeStringField("name", name(random));
        line.writeNumberField("followers", (long) Math.exp(random.nextGaussian() * 1.8 + 5));
        line.writeEndObject();
    }

    private static String name(Random random) {
        return FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
    }

    private static void language(JsonGenerator line, Random random) throws IOException {
        int pick = random.nextInt(20);
        if (pick < 19) {
            line.writeStringField("lang", pick < 14 ? "nl" : "en");
        }
    }

    /** About {@code median} long, with a long tail, at most {@code max}. */
    private static int lognormal(Random random, int median, int max) {
        return (int) Math.min(max, Math.max(1, median * Math.exp(random.nextGaussian() * 0.8)));
    }

    private static void text(JsonGenerator line, Random random, int length, int max) throws IOException {
        StringBuilder text = new StringBuilder(length + 16);
        while (text.length() < length) {
            if (text.length() > 0) {
                text.append(random.nextInt(40) == 0 ? "\n" : " ");
            }
            int pick = random.nextInt(100);
            text.append(pick == 0 ? EMOJI[random.nextInt(EMOJI.length)] : WORDS[random.nextInt(WORDS.length)]);
        }
        int end = Math.min(text.length(), max);
        if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        line.writeStringField("text", text.substring(0, end));
    }

    private static String token(Random random, int length, boolean base64) {
        String alphabet = base64 ? "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
                : "0123456789abcdef";
        StringBuilder token = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            token.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return token.toString();
    }
}

package webcare.bench.triage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import webcare.analysis.api.Cue;
import webcare.analysis.api.Flag;
import webcare.analysis.api.FlagType;
import webcare.analysis.api.Polarity;
import webcare.analysis.api.ReachTier;
import webcare.analysis.api.Sentiment;
import webcare.model.Author;
import webcare.model.Mention;
import webcare.model.MentionKind;
import webcare.model.plan.Fact;
import webcare.model.plan.Person;
import webcare.model.plan.Plan;
import webcare.triage.api.Analysis;

/**
 * Made-up but realistic triage input, computed before timing: mentions in posting order over 30
 * days with their analyses as the analysis services would give them. Dutch and English, tweets
 * to long reviews, complaints, questions, rants, praise, a few crisis signs, fact claims, staff
 * names, private data and insults with their flags, replies in threads, a pool of authors with
 * some chronic complainers, reach tiers. The same count always gives the same input.
 */
final class TriageInputs {

    /** One mention with its analysis. */
    record Item(Mention mention, Analysis analysis) {}

    private static final String[] COMPLAINTS = {
        "Mijn pakket is nog steeds niet bezorgd, al {n} dagen wachten",
        "Factuur klopt niet, ik ben dubbel betaald voor mijn abonnement",
        "My order still not delivered after {n} days, customer service does not answer",
        "Refund for my return never arrived, this is taking forever",
        "Bezorger heeft mijn pakket gewoon bij de buren gegooid, beschadigd",
        "Inloggen in de app lukt al {n} dagen niet"};
    private static final String[] QUESTIONS = {
        "Wanneer gaat de winkel in Delft weer open?", "Kunt u mij helpen met mijn bestelling {n}?",
        "Do you ship to Belgium?", "How can I change my delivery address?",
        "Hebben jullie ook cadeaubonnen van {n} euro?"};
    private static final String[] RANTS = {
        "Jullie zijn echt de slechtste ooit", "Wat een waardeloos bedrijf 😡😡", "Never again. Worst company.",
        "Bah, weer dit 🤬", "Zo slecht dit, ongelofelijk"};
    private static final String[] PRAISE = {
        "Super snel geleverd, dank jullie wel! 👍", "Great service, thanks @brand",
        "Top geholpen door de klantenservice", "Love the new app update 😀", "Prima winkel, aanrader"};
    private static final String[] NEUTRAL = {
        "Net mijn nieuwe telefoon opgehaald bij de winkel", "Just saw your ad on TV",
        "<p>Vandaag <b>gekocht</b> in de winkel &amp; meteen gebruikt</p>", "Lees hier meer: https://t.co/abc"};
    private static final String[] CRISIS = {
        "Mijn dochter is ziek geworden van jullie kipsalade", "Storing bij het betalen, iedereen heeft er last van",
        "Ik heb een datalek ontdekt in jullie webshop", "I will sue you, my lawyer is on it",
        "Ik stap hiermee naar de krant"};
    private static final String[] CLAIMS = {
        "Ik wil de actie met 50% korting die jullie beloofden!", "Your branch in Utrecht was closed again",
        "Uw medewerker Piet Jansen was erg onbeleefd"};
    private static final String MAIL = "mail me op anna.jansen@example.nl";

    private TriageInputs() {}

    static Plan plan() {
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact("f1", "Acties", "Er is geen actie met 50% korting"));
        facts.add(new Fact("f2", "Locations", "We have no branch in Utrecht"));
        for (int i = 3; i <= 20; i++) {
            facts.add(new Fact("f" + i, "Producten", "Wij verkopen geen product nummer " + i + " in Maastricht"));
        }
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            people.add(new Person("p" + i, "Medewerker" + i + " Achternaam", null, null, List.of(), null,
                    List.of("nl"), null));
        }
        return Plan.empty("Webwinkel").withFacts(facts).withPeople(people);
    }

    static List<Item> generate(int count) {
        Random random = new Random(20261206L);
        List<Item> items = new ArrayList<>(count);
        long start = Instant.parse("2026-11-01T00:00:00Z").getEpochSecond();
        long step = Math.max(1, 30L * 24 * 3600 / count);
        for (int i = 0; i < count; i++) {
            Instant at = Instant.ofEpochSecond(start + i * step);
            int authorNumber = random.nextInt(100) < 5 ? random.nextInt(50) : random.nextInt(30_000);
            Author author = new Author("u" + authorNumber, "user" + authorNumber, null,
                    (long) random.nextInt(200_000), null);
            boolean reply = i > 10 && random.nextInt(5) == 0;
            String thread = reply ? "t" + (i - 1 - random.nextInt(Math.min(i - 1, 500))) : null;
            int kind = random.nextInt(100);
            String text;
            Polarity polarity;
            double score;
            if (kind < 30) {
                text = pick(random, COMPLAINTS);
                polarity = Polarity.NEGATIVE;
                score = -0.3 - random.nextDouble() * 0.6;
            } else if (kind < 45) {
                text = pick(random, QUESTIONS);
                polarity = Polarity.NEUTRAL;
                score = 0;
            } else if (kind < 60) {
                text = pick(random, RANTS);
                polarity = Polarity.NEGATIVE;
                score = -0.6 - random.nextDouble() * 0.4;
            } else if (kind < 80) {
                text = pick(random, PRAISE);
                polarity = Polarity.POSITIVE;
                score = 0.4 + random.nextDouble() * 0.5;
            } else if (kind < 95) {
                text = pick(random, NEUTRAL);
                polarity = Polarity.NEUTRAL;
                score = 0;
            } else if (kind < 97) {
                text = pick(random, CRISIS);
                polarity = Polarity.NEGATIVE;
                score = -0.8;
            } else {
                text = pick(random, CLAIMS);
                polarity = Polarity.NEGATIVE;
                score = -0.4;
            }
            text = text.replace("{n}", String.valueOf(2 + random.nextInt(20)));
            List<Flag> flags = new ArrayList<>(1);
            if (random.nextInt(50) == 0) {
                int at0 = text.length() + 1;
                text = text + " " + MAIL;
                int mail = at0 + MAIL.indexOf("anna");
                flags.add(new Flag(FlagType.EMAIL, mail, mail + "anna.jansen@example.nl".length(), "e-mail address"));
            } else if (polarity == Polarity.NEGATIVE && random.nextInt(30) == 0) {
                text = "Idioten! " + text;
                flags.add(new Flag(FlagType.INSULT, 0, 7, "insult"));
            }
            List<Cue> cues = List.of(new Cue(0, Math.min(4, text.length()), text.substring(0, Math.min(4,
                    text.length())), score, ""));
            ReachTier reach = ReachTier.values()[Math.min(4, 1 + random.nextInt(5) * random.nextInt(2))];
            Mention mention = new Mention(reply ? "facebook" : "twitter", "brand", "m" + i,
                    reply ? MentionKind.COMMENT : MentionKind.POST, thread, thread, author, text, null, null, null, at,
                    null, null, false);
            items.add(new Item(mention, new Analysis(random.nextBoolean() ? "nl" : "en",
                    new Sentiment(score, polarity, cues, "bench"), flags, reach)));
        }
        return items;
    }

    private static String pick(Random random, String[] texts) {
        return texts[random.nextInt(texts.length)];
    }
}

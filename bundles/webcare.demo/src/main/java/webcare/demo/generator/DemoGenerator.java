package webcare.demo.generator;

import static webcare.demo.generator.DemoTexts.BRAND;
import static webcare.demo.generator.DemoTexts.BRAND_HANDLE;
import static webcare.demo.generator.DemoTexts.EN;
import static webcare.demo.generator.DemoTexts.NL;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import webcare.model.Author;
import webcare.model.Mention;
import webcare.model.MentionKind;

/**
 * Generates the demo set: about 4,000 mentions of the made-up brand over the 14 days before
 * {@code now}, 70 % Dutch, from X/Twitter, Facebook, three Google locations, Trustpilot and a forum,
 * with a day-and-night rhythm in Amsterdam time, and a spike of outage complaints three days ago.
 *
 * <p>What each item says, who wrote it and its id depend on the seed only; when it was written
 * depends on {@code now} as well. So a later load with the same seed offers the same items again
 * and the store, which knows them by (source, instance, id), adds nothing.
 */
final class DemoGenerator {

    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    static final Duration SPAN = Duration.ofDays(14);
    /** The spike starts at this local hour, this many days before today, and lasts this many hours. */
    static final int SPIKE_FROM_HOUR = 16;
    static final int SPIKE_DAYS_AGO = 3;
    static final int SPIKE_HOURS = 4;

    private static final int REGULAR = 3_800;
    private static final int SPIKE = 200;
    /** Relative volume per local hour of the day: quiet at night, busiest over lunch and in the evening. */
    private static final int[] HOUR_WEIGHTS = {3, 2, 1, 1, 1, 2, 4, 7, 10, 11, 11, 11, 13, 12, 10, 10, 10, 11, 12, 13,
            13, 11, 8, 5};
    /** Relative volume per hour of the spike: it grows, as a crisis does before anyone answers. */
    private static final int[] SPIKE_WEIGHTS = {1, 2, 3, 4};

    /** A generated mention and the theme it was written from, which tests and callers may use. */
    record Item(Mention mention, Theme theme) {}

    private record Channel(String source, String instance, MentionKind kind) {}

    private record Weighted<T>(T value, int weight) {}

    private static final Channel TWEET = new Channel("twitter", "brand", MentionKind.POST);
    private static final Channel TWEET_REPLY = new Channel("twitter", "brand", MentionKind.REPLY);
    private static final Channel FACEBOOK_POST = new Channel("facebook", "page", MentionKind.POST);
    private static final Channel FACEBOOK_COMMENT = new Channel("facebook", "page", MentionKind.COMMENT);
    private static final Channel FACEBOOK_REVIEW = new Channel("facebook", "page", MentionKind.REVIEW);
    private static final Channel GOOGLE_AMSTERDAM = new Channel("google", "amsterdam-centraal", MentionKind.REVIEW);
    private static final Channel GOOGLE_UTRECHT = new Channel("google", "utrecht-centraal", MentionKind.REVIEW);
    private static final Channel GOOGLE_ROTTERDAM = new Channel("google", "rotterdam-centraal", MentionKind.REVIEW);
    private static final Channel TRUSTPILOT = new Channel("trustpilot", "webshop", MentionKind.REVIEW);
    private static final Channel FORUM_POST = new Channel("feed", "forum", MentionKind.POST);
    private static final Channel FORUM_COMMENT = new Channel("feed", "forum", MentionKind.COMMENT);

    private static final List<Weighted<Channel>> CHANNELS = List.of(new Weighted<>(TWEET, 26),
            new Weighted<>(TWEET_REPLY, 10), new Weighted<>(FACEBOOK_POST, 8), new Weighted<>(FACEBOOK_COMMENT, 14),
            new Weighted<>(FACEBOOK_REVIEW, 4), new Weighted<>(GOOGLE_AMSTERDAM, 5), new Weighted<>(GOOGLE_UTRECHT, 4),
            new Weighted<>(GOOGLE_ROTTERDAM, 3), new Weighted<>(TRUSTPILOT, 12), new Weighted<>(FORUM_POST, 5),
            new Weighted<>(FORUM_COMMENT, 9));
    private static final List<Weighted<Channel>> SPIKE_CHANNELS = List.of(new Weighted<>(TWEET, 65),
            new Weighted<>(TWEET_REPLY, 15), new Weighted<>(FACEBOOK_POST, 12), new Weighted<>(TRUSTPILOT, 5),
            new Weighted<>(GOOGLE_AMSTERDAM, 3));
    /** What posts, comments and replies are about. */
    private static final List<Weighted<Theme>> THEMES = List.of(new Weighted<>(Theme.PRAISE, 24),
            new Weighted<>(Theme.QUESTION, 22), new Weighted<>(Theme.DELIVERY, 12), new Weighted<>(Theme.APP, 6),
            new Weighted<>(Theme.STAFF, 5), new Weighted<>(Theme.INVOICE, 5), new Weighted<>(Theme.REFUND, 6),
            new Weighted<>(Theme.WRONG_FACT, 2));
    /** What bad reviews of a shop complain about. */
    private static final List<Weighted<Theme>> SHOP_COMPLAINTS = List.of(new Weighted<>(Theme.STAFF, 5),
            new Weighted<>(Theme.REFUND, 2), new Weighted<>(Theme.DELIVERY, 1));
    /** What bad reviews of the webshop complain about. */
    private static final List<Weighted<Theme>> WEBSHOP_COMPLAINTS = List.of(new Weighted<>(Theme.DELIVERY, 5),
            new Weighted<>(Theme.REFUND, 3), new Weighted<>(Theme.INVOICE, 2), new Weighted<>(Theme.STAFF, 2),
            new Weighted<>(Theme.APP, 1));
    /** Stars, skewed positive as review sites are: most customers who bother are happy ones. */
    private static final List<Weighted<Integer>> RATINGS = List.of(new Weighted<>(5, 42), new Weighted<>(4, 24),
            new Weighted<>(3, 10), new Weighted<>(2, 8), new Weighted<>(1, 16));

    /** A journalist: a large reach turns a small issue into news. */
    private static final Author JOURNALIST = new Author("demo-twitter-journalist", "@mariekejansen",
            "Marieke Jansen", 250_000L, null);
    private static final Author BLOGGER = new Author("demo-twitter-blogger", "@emmaexplores", "Emma Clarke",
            120_000L, null);
    /** Negative about everything: their history shows it. */
    private static final Author COMPLAINER = new Author("demo-twitter-complainer", "@keesbrouwer", "Kees Brouwer",
            180L, null);
    private static final Author MIEKE = new Author("demo-twitter-mieke", "@miekebakker", "Mieke Bakker", 87L, null);

    /** What the items say: drawn from the seed only. */
    private final Random content;
    /** When they were written: drawn from the seed and shaped by {@code now}. */
    private final Random timing;
    private final Instant now;
    private final Instant start;
    private final LocalDate today;
    private final Map<String, List<Author>> authors = new HashMap<>();
    /** Items and authors made so far per source, for their ids. */
    private final Map<String, Integer> itemCounts = new HashMap<>();
    private final Map<String, Integer> authorCounts = new HashMap<>();
    private final List<Draft> drafts = new ArrayList<>();
    /** Indexes in {@link #drafts} of regular posts per source, and of spike tweets: what answers may answer. */
    private final Map<String, List<Integer>> posts = new HashMap<>();
    private final List<Integer> spikeTweets = new ArrayList<>();

    /**
     * An item before it has a time; {@code parent} is the index of the item it answers, or -1;
     * {@code intoSpike} is how long after the spike began it was written, null for any time.
     */
    private record Draft(Channel channel, String id, int parent, Author author, Theme theme, String text, String lang,
            Integer rating, boolean spike, Duration intoSpike) {}

    private DemoGenerator(long seed, Instant now) {
        this.content = new Random(seed);
        this.timing = new Random(~seed);
        this.now = now;
        this.start = now.minus(SPAN);
        this.today = LocalDate.ofInstant(now, ZONE);
    }

    /** When the spike begins for a set generated at {@code now}. */
    static Instant spikeStart(Instant now) {
        return LocalDate.ofInstant(now, ZONE).minusDays(SPIKE_DAYS_AGO).atTime(SPIKE_FROM_HOUR, 0).atZone(ZONE)
                .toInstant();
    }

    /** The demo set for {@code seed}, ending at {@code now}, oldest first. */
    static List<Item> generate(long seed, Instant now) {
        return new DemoGenerator(seed, now).items();
    }

    private List<Item> items() {
        createAuthors();
        for (int i = 0; i < REGULAR; i++) {
            regular();
        }
        specials();
        for (int i = 0; i < SPIKE; i++) {
            spike();
        }
        return withTimes();
    }

    private void createAuthors() {
        Map<String, int[]> poolSizes = Map.of("twitter", new int[] {600, 250}, "facebook", new int[] {400, 150},
                "google", new int[] {500, 200}, "trustpilot", new int[] {500, 200}, "feed", new int[] {60, 25});
        // In a fixed order: a Map's iteration order would make the seed mean something else.
        for (String source : List.of("twitter", "facebook", "google", "trustpilot", "feed")) {
            for (String lang : List.of(NL, EN)) {
                int size = poolSizes.get(source)[NL.equals(lang) ? 0 : 1];
                List<Author> pool = new ArrayList<>(size);
                for (int i = 0; i < size; i++) {
                    pool.add(person(source, lang));
                }
                authors.put(source + "/" + lang, pool);
            }
        }
    }

    private void regular() {
        Channel channel = pick(content, CHANNELS);
        String lang = content.nextInt(100) < 70 ? NL : EN;
        int parent = -1;
        Theme theme;
        Integer rating = null;
        if (channel.kind() == MentionKind.REVIEW) {
            rating = pick(content, RATINGS);
            if (channel.equals(FACEBOOK_REVIEW)) {
                // Facebook only says whether someone recommends the page; the Graph API maps it to 5 or 1.
                rating = rating >= 3 ? 5 : 1;
            }
            theme = reviewTheme(channel, rating);
        } else {
            parent = channel.kind() == MentionKind.POST ? -1 : anyPost(channel.source());
            if (parent < 0) {
                channel = new Channel(channel.source(), channel.instance(), MentionKind.POST);
                theme = pick(content, THEMES);
            } else {
                Draft answered = drafts.get(parent);
                lang = content.nextInt(10) < 9 ? answered.lang() : lang;
                theme = reaction(answered.theme());
            }
        }
        Author author = author(channel.source(), lang);
        if (channel.source().equals("twitter") && NL.equals(lang) && theme.negative() && content.nextInt(25) == 0) {
            author = COMPLAINER;
        }
        String text = text(theme, channel, lang);
        if (channel.source().equals("google") && content.nextInt(100) < 12) {
            text = ""; // stars without words, as many Google reviews are
        }
        add(channel, parent, author, theme, text, lang, rating, false);
    }

    private void specials() {
        add(TWEET, -1, JOURNALIST, Theme.QUESTION, fill(DemoTexts.JOURNALIST_QUESTION, TWEET, NL), NL, null, false);
        add(TWEET, -1, BLOGGER, Theme.PRAISE, fill(DemoTexts.BLOGGER_PRAISE, TWEET, EN), EN, null, false);
        add(TWEET, -1, MIEKE, Theme.DELIVERY, fill(DemoTexts.EMAIL_TWEET, TWEET, NL), NL, null, false);
        int post = anyPost("facebook");
        add(post < 0 ? FACEBOOK_POST : FACEBOOK_COMMENT, post, author("facebook", NL), Theme.REFUND,
                fill(DemoTexts.PHONE_COMMENT, FACEBOOK_COMMENT, NL), NL, null, false);
        // In the spike at fixed times, so that what they say fits how long it has been going on.
        add(TWEET, -1, JOURNALIST, Theme.OUTAGE, fill(DemoTexts.JOURNALIST_OUTAGE, TWEET, NL), NL, null, true,
                Duration.ofMinutes(95));
        add(TWEET, -1, BLOGGER, Theme.OUTAGE, fill(DemoTexts.BLOGGER_OUTAGE, TWEET, EN), EN, null, true,
                Duration.ofMinutes(150));
        add(TWEET, -1, JOURNALIST, Theme.OUTAGE, fill(DemoTexts.JOURNALIST_FOLLOW_UP, TWEET, NL), NL, null, true,
                Duration.ofMinutes(200));
    }

    private void spike() {
        Channel channel = pick(content, SPIKE_CHANNELS);
        String lang = content.nextInt(100) < 80 ? NL : EN;
        int parent = channel.equals(TWEET_REPLY) ? any(content, spikeTweets, -1) : -1;
        Theme theme = Theme.OUTAGE;
        if (channel.equals(TWEET_REPLY) && parent < 0) {
            channel = TWEET;
        } else if (parent >= 0) {
            lang = drafts.get(parent).lang();
            theme = content.nextBoolean() ? Theme.SAME_HERE : Theme.OUTAGE;
        }
        Integer rating = channel.kind() == MentionKind.REVIEW ? 1 : null;
        add(channel, parent, author(channel.source(), lang), theme, text(theme, channel, lang), lang, rating, true);
    }

    private void add(Channel channel, int parent, Author author, Theme theme, String text, String lang,
            Integer rating, boolean spike) {
        add(channel, parent, author, theme, text, lang, rating, spike, null);
    }

    private void add(Channel channel, int parent, Author author, Theme theme, String text, String lang,
            Integer rating, boolean spike, Duration intoSpike) {
        int n = itemCounts.merge(channel.source(), 1, Integer::sum);
        String id = "demo-" + channel.source() + "-" + n;
        if (channel.kind() == MentionKind.POST && !spike) {
            posts.computeIfAbsent(channel.source(), source -> new ArrayList<>()).add(drafts.size());
        } else if (channel.equals(TWEET) && spike) {
            spikeTweets.add(drafts.size());
        }
        drafts.add(new Draft(channel, id, parent, author, theme, text, lang, rating, spike, intoSpike));
    }

    private Theme reviewTheme(Channel channel, int rating) {
        List<Weighted<Theme>> complaints = channel.source().equals("google") ? SHOP_COMPLAINTS : WEBSHOP_COMPLAINTS;
        return switch (rating) {
            case 5, 4 -> Theme.PRAISE;
            case 3 -> Theme.MIXED;
            case 2 -> pick(content, complaints);
            default -> content.nextInt(5) < 2 ? Theme.ANGRY : pick(content, complaints);
        };
    }

    /** A comment often echoes what it answers: "same here" under a complaint, "agreed" under praise. */
    private Theme reaction(Theme answered) {
        if (answered.negative() && content.nextInt(100) < 45) {
            return Theme.SAME_HERE;
        }
        if (answered == Theme.PRAISE && content.nextInt(100) < 35) {
            return Theme.AGREE;
        }
        return pick(content, THEMES);
    }

    /** An earlier regular post of {@code source} for a comment or reply to answer, or -1 when there is none yet. */
    private int anyPost(String source) {
        return any(content, posts.getOrDefault(source, List.of()), -1);
    }

    private Author author(String source, String lang) {
        List<Author> pool = authors.get(source + "/" + lang);
        return pool.get(content.nextInt(pool.size()));
    }

    private Author person(String source, String lang) {
        boolean dutch = NL.equals(lang);
        String first = any(content, dutch ? DemoTexts.DUTCH_FIRST_NAMES : DemoTexts.ENGLISH_FIRST_NAMES);
        String last = any(content, dutch ? DemoTexts.DUTCH_LAST_NAMES : DemoTexts.ENGLISH_LAST_NAMES);
        String id = "demo-" + source + "-user-" + authorCounts.merge(source, 1, Integer::sum);
        return switch (source) {
            case "twitter" -> new Author(id, "@" + handle(first, last), first + " " + last, followers(), null);
            case "facebook" -> new Author(id, null, first + " " + last, null, null);
            // On review sites the reach figure is how many reviews the person wrote.
            case "google" -> new Author(id, null, first + " " + last, 1L + content.nextInt(150), null);
            case "trustpilot" -> new Author(id, null, first + " " + initial(last), 1L + content.nextInt(30),
                    null);
            default -> new Author(id, nickname(first), null, null, null);
        };
    }

    /** Followers on X/Twitter: most have a few hundred, a handful some thousands. */
    private long followers() {
        return Math.max(3, Math.round(Math.exp(5.0 + 1.5 * content.nextGaussian())));
    }

    private String handle(String first, String last) {
        String compactLast = ascii(last);
        String handle = switch (content.nextInt(4)) {
            case 0 -> ascii(first) + compactLast;
            case 1 -> ascii(first) + "_" + compactLast;
            case 2 -> ascii(first) + (70 + content.nextInt(40));
            default -> ascii(first).charAt(0) + compactLast + content.nextInt(100);
        };
        return handle.length() > 15 ? handle.substring(0, 15) : handle; // X/Twitter allows 15 characters
    }

    private String nickname(String first) {
        return ascii(first) + "_" + any(content, DemoTexts.NICKNAME_PARTS);
    }

    private static String initial(String lastName) {
        String[] words = lastName.split(" ");
        return words[words.length - 1].charAt(0) + ".";
    }

    private static String ascii(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    private String text(Theme theme, Channel channel, String lang) {
        return fill(any(content, DemoTexts.templates(theme, lang)), channel, lang);
    }

    private String fill(String template, Channel channel, String lang) {
        boolean twitter = channel.source().equals("twitter");
        boolean dutch = NL.equals(lang);
        int product = content.nextInt(DemoTexts.DUTCH_PRODUCTS.size());
        int cents = any(content, DemoTexts.PRICES);
        String amount = dutch ? String.format(Locale.ROOT, "€ %d,%02d", cents / 100, cents % 100)
                : String.format(Locale.ROOT, "€%d.%02d", cents / 100, cents % 100);
        return template
                .replace("{to}", twitter ? BRAND_HANDLE : (dutch ? "Hoi " : "Hi ") + BRAND + ",")
                .replace("{brand}", twitter ? BRAND_HANDLE : BRAND)
                .replace("{location}", location(channel))
                .replace("{product}", (dutch ? DemoTexts.DUTCH_PRODUCTS : DemoTexts.ENGLISH_PRODUCTS).get(product))
                .replace("{order}", "KW" + (100_000 + content.nextInt(900_000)))
                .replace("{days}", String.valueOf(3 + content.nextInt(8)))
                .replace("{amount}", amount);
    }

    /** A Google instance is one shop, so its reviews name that shop; elsewhere any shop. */
    private String location(Channel channel) {
        String anyShop = any(content, DemoTexts.LOCATIONS);
        if (channel.source().equals("google")) {
            for (String location : DemoTexts.LOCATIONS) {
                if (ascii(location).equals(ascii(channel.instance()))) {
                    return location;
                }
            }
        }
        return anyShop;
    }

    private List<Item> withTimes() {
        Instant[] created = new Instant[drafts.size()];
        List<Item> items = new ArrayList<>(drafts.size());
        for (int i = 0; i < drafts.size(); i++) {
            Draft draft = drafts.get(i);
            // A parent always comes earlier in the list, so its time is known.
            if (draft.parent() >= 0) {
                created[i] = after(created[draft.parent()], draft.spike());
            } else if (draft.intoSpike() != null) {
                created[i] = spikeStart(now).plus(draft.intoSpike());
            } else {
                created[i] = draft.spike() ? inSpike() : inDailyRhythm();
            }
            String answered = draft.parent() >= 0 ? drafts.get(draft.parent()).id() : null;
            Mention mention = new Mention(draft.channel().source(), draft.channel().instance(), draft.id(),
                    draft.channel().kind(), answered, answered, draft.author(), draft.text(), draft.lang(),
                    draft.rating(), null, created[i], null, null, false);
            items.add(new Item(mention, draft.theme()));
        }
        items.sort(Comparator.comparing((Item item) -> item.mention().created())
                .thenComparing(item -> item.mention().externalId()));
        return items;
    }

    /** Any moment of the last 14 days, more by day than at night and a little less at weekends. */
    private Instant inDailyRhythm() {
        while (true) {
            LocalDate day = today.minusDays(timing.nextInt((int) SPAN.toDays() + 1));
            int hour = pickIndex(timing, HOUR_WEIGHTS);
            boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
            // Local time: on the day summer time starts, 02:xx does not exist and atZone moves it on.
            Instant at = day.atTime(hour, timing.nextInt(60), timing.nextInt(60)).atZone(ZONE).toInstant();
            if ((!weekend || timing.nextInt(4) > 0) && !at.isBefore(start) && !at.isAfter(now)) {
                return at;
            }
        }
    }

    private Instant inSpike() {
        int hour = pickIndex(timing, SPIKE_WEIGHTS);
        return spikeStart(now).plus(Duration.ofHours(hour)).plusSeconds(timing.nextInt(3600));
    }

    /** An answer comes minutes to hours after what it answers, sooner during the spike; never after now. */
    private Instant after(Instant answered, boolean spike) {
        double meanMinutes = spike ? 10 : 90;
        long seconds = 60 + Math.round(-Math.log(1 - timing.nextDouble()) * meanMinutes * 60);
        Instant at = answered.plusSeconds(Math.min(seconds, Duration.ofHours(12).toSeconds()));
        return at.isAfter(now) ? now : at;
    }

    private static <T> T any(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static <T> T any(Random random, List<T> values, T whenEmpty) {
        return values.isEmpty() ? whenEmpty : any(random, values);
    }

    private static <T> T pick(Random random, List<Weighted<T>> choices) {
        int total = choices.stream().mapToInt(Weighted::weight).sum();
        int left = random.nextInt(total);
        for (Weighted<T> choice : choices) {
            left -= choice.weight();
            if (left < 0) {
                return choice.value();
            }
        }
        throw new IllegalStateException("weights must be positive");
    }

    private static int pickIndex(Random random, int[] weights) {
        int total = 0;
        for (int weight : weights) {
            total += weight;
        }
        int left = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            left -= weights[i];
            if (left < 0) {
                return i;
            }
        }
        throw new IllegalStateException("weights must be positive");
    }
}

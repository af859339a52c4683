package webcare.demo.generator;

import java.util.List;

/**
 * Everything the demo set says, in Dutch and English: sentence templates per theme, people's
 * names, products and places. Written for this project; the brand "Kwiek" (a chain with a
 * webshop, an app and shops at big stations) is made up.
 *
 * <p>Templates hold placeholders the generator fills: {@code {brand}} (the brand as subject:
 * "@KwiekNL" on X/Twitter, "Kwiek" elsewhere), {@code {to}} (addressing it: "@KwiekNL", or
 * "Hoi Kwiek," and "Hi Kwiek," where there are no handles), {@code {location}},
 * {@code {product}}, {@code {order}}, {@code {days}} and {@code {amount}}.
 */
final class DemoTexts {

    static final String NL = "nl";
    static final String EN = "en";

    static final String BRAND = "Kwiek";
    static final String BRAND_HANDLE = "@KwiekNL";

    /** Fake on purpose, yet shaped like real contact details, for the private-data check. */
    static final String PHONE_COMMENT = "Ik wacht nog steeds op mijn terugbetaling voor bestelling {order}. "
            + "Bel me gerust even terug op 06-12345678, ik ben de hele dag bereikbaar.";
    static final String EMAIL_TWEET = "{to} mijn pakket is weer niet gekomen en de chat reageert niet. "
            + "Mail me maar op mieke.bakker@example.com, dan stuur ik de foto's van de vorige kapotte doos.";

    /** The journalist with a large reach: once calm, twice during the spike. */
    static final String JOURNALIST_QUESTION = "Interessant: {brand} wil volgend jaar tien nieuwe winkels op "
            + "stations openen. Goed idee, of shoppen we straks toch allemaal online?";
    static final String JOURNALIST_OUTAGE = "Ik krijg veel berichten over een storing bij {brand}: betalen lukt "
            + "niet en sommige klanten zijn dubbel afgeschreven. Herkent u dit? Mijn DM staat open.";
    static final String JOURNALIST_FOLLOW_UP = "Update: {brand} zegt nog altijd niets over de storing, terwijl "
            + "klanten al uren niet kunnen betalen. Wordt vervolgd.";

    /** The travel and tech blogger with a large English-speaking reach. */
    static final String BLOGGER_PRAISE = "Ordered a new {product} from {brand} on the train, picked it up at "
            + "{location} an hour later. This is how shopping should work.";
    static final String BLOGGER_OUTAGE = "{brand} app and website both down for hours, card charged twice. "
            + "Not a great look for a company that wants to be digital first.";

    static final List<String> DUTCH_FIRST_NAMES = List.of("Sanne", "Lotte", "Emma", "Julia", "Anouk", "Fleur", "Iris",
            "Lisa", "Eva", "Sophie", "Noor", "Femke", "Mieke", "Ingrid", "Anja", "Fatima", "Samira", "Daan", "Bram",
            "Sem", "Lucas", "Thijs", "Jeroen", "Ruben", "Jan", "Pieter", "Willem", "Joost", "Bas", "Mark", "Hans",
            "Wouter", "Niels", "Youssef", "Mehmet", "Kevin", "Gerrit", "Henk", "Marloes", "Esther");
    static final List<String> DUTCH_LAST_NAMES = List.of("de Vries", "Jansen", "de Jong", "van den Berg", "Bakker",
            "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks",
            "van Dijk", "Dekker", "Brouwer", "Verhoeven", "El Amrani", "Yilmaz", "Kok", "Jacobs", "van Leeuwen",
            "Postma", "Huisman", "van der Linden", "Schouten");
    static final List<String> ENGLISH_FIRST_NAMES = List.of("Emily", "Olivia", "Jack", "Harry", "Charlotte", "James",
            "Sophie", "Daniel", "Hannah", "Thomas", "Chloe", "Ryan", "Megan", "Liam", "Grace", "Oliver", "Sarah",
            "Michael", "Priya", "Anna", "Tom", "Rachel");
    static final List<String> ENGLISH_LAST_NAMES = List.of("Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson",
            "Johnson", "Davies", "Evans", "Walker", "Wright", "Thompson", "Hughes", "Patel", "Murphy", "O'Brien",
            "Clarke", "Baker", "Kowalski", "Novak");
    /** Second halves of forum nicknames. */
    static final List<String> NICKNAME_PARTS = List.of("fan", "uit_utrecht", "010", "020", "in_delft", "bespaart",
            "nl", "koopjesjager", "thuis", "online", "abroad", "in_the_hague");

    /** Shops at stations; the Google instances are three of them. */
    static final List<String> LOCATIONS = List.of("Amsterdam Centraal", "Utrecht Centraal", "Rotterdam Centraal",
            "Den Haag Centraal", "Schiphol Plaza");
    /** The same products at the same index; Dutch ones take "de", as the templates assume. */
    static final List<String> DUTCH_PRODUCTS = List.of("koptelefoon", "koffiemachine", "stofzuiger", "winterjas",
            "laptoptas", "airfryer", "fietslamp", "telefoonhoes");
    static final List<String> ENGLISH_PRODUCTS = List.of("headset", "coffee maker", "vacuum cleaner",
            "winter coat", "laptop bag", "air fryer", "bike light", "phone case");
    /** Prices in cents. */
    static final List<Integer> PRICES = List.of(1995, 3495, 4995, 8900, 12900, 24900);

    private DemoTexts() {
    }

    /** The templates of {@code theme} in {@code lang} ({@link #NL} or {@link #EN}); never empty. */
    static List<String> templates(Theme theme, String lang) {
        return NL.equals(lang) ? dutch(theme) : english(theme);
    }

    private static List<String> dutch(Theme theme) {
        return switch (theme) {
            case PRAISE -> List.of(
                    "Wat een snelle levering van {brand}! Gisteren besteld, vanochtend al in huis.",
                    "Vandaag geholpen in de winkel op {location}. Super vriendelijk personeel, echt een aanrader.",
                    "Mijn nieuwe {product} van {brand} doet het perfect. Prima prijs-kwaliteitverhouding.",
                    "Complimenten aan de klantenservice van {brand}: binnen tien minuten was mijn probleem opgelost.",
                    "Retourneren bij {brand} ging echt heel makkelijk. Het geld stond twee dagen later al terug.",
                    "Fijne winkel, alles is goed te vinden en je staat nooit lang in de rij.",
                    "De nieuwe app van {brand} werkt een stuk beter dan de oude. Bestellen gaat nu in een paar tikken.",
                    "Eindelijk een webshop die doet wat hij belooft. Netjes verpakt en op tijd. Dank je {brand}!",
                    "De medewerker op {location} heeft echt moeite gedaan om mijn {product} te vinden. Topper!",
                    "Altijd goed geholpen bij {brand}. Ik kom zeker terug.");
            case QUESTION -> List.of(
                    "{to} hoe lang duurt het gemiddeld voordat een retour verwerkt is?",
                    "Weet iemand of de winkel van {brand} op {location} op zondag open is?",
                    "{to} kan ik mijn bestelling nog wijzigen als hij al verzonden is? Bestelnummer {order}.",
                    "Heeft {brand} de {product} ook in het zwart? Online zie ik alleen wit.",
                    "{to} kan ik mijn online bestelling ook in de winkel op {location} ophalen?",
                    "Hoe verwijder ik mijn account bij {brand}? Ik kan het nergens vinden in de app.",
                    "Geldt de garantie van {brand} ook als ik de bon kwijt ben?",
                    "Iemand ervaring met de {product} van {brand}? Twijfel nog of ik hem zal bestellen.");
            case MIXED -> List.of(
                    "Prima winkel, maar de rij bij de kassa is vaak lang.",
                    "Het product is goed, alleen duurde de levering twee dagen langer dan beloofd.",
                    "Vriendelijk personeel, maar de helft van wat ik zocht was uitverkocht.",
                    "Niks mis mee, niks bijzonders. De prijzen zijn wel wat aan de hoge kant.");
            case AGREE -> List.of(
                    "Helemaal mee eens, ik word daar ook altijd goed geholpen.",
                    "Kan ik bevestigen, echt een fijne winkel.",
                    "Goed om te horen! Ik twijfelde nog, nu bestel ik hem ook.");
            case DELIVERY -> List.of(
                    "Al {days} dagen wacht ik op mijn {product} van {brand}. Track & trace zegt niks. Bestelnummer {order}.",
                    "{to} mijn pakket zou gisteren komen. De hele dag thuisgebleven voor niks. Wat is er aan de hand?",
                    "Bestelling {order} staat al {days} dagen op 'onderweg'. Kan iemand van {brand} even kijken?",
                    "Levering {days} dagen te laat en geen enkel bericht van {brand}. Zo raak je klanten kwijt.",
                    "Pakket van {brand} bij de buren afgeleverd terwijl ik gewoon thuis was. En de doos was ook nog kapot.");
            case STAFF -> List.of(
                    "Wat een onbeschofte medewerker bij {brand} op {location}. Ik stelde gewoon een vraag en werd uitgelachen.",
                    "Twintig minuten in de rij op {location} en dan krijg je nog een grote mond ook. Nooit meer.",
                    "De klantenservice van {brand} hing gewoon op toen ik naar mijn terugbetaling vroeg. Heel netjes.",
                    "De medewerker bij de kassa op {location} stond de hele tijd te bellen en negeerde me volledig.");
            case APP -> List.of(
                    "De app van {brand} crasht elke keer als ik wil afrekenen. Al sinds de update van gisteren.",
                    "{to} ik kan niet inloggen in de app, hij blijft maar laden. Herkent iemand dit?",
                    "Na de laatste update is mijn winkelmandje in de app van {brand} steeds leeg. Erg irritant.");
            case INVOICE -> List.of(
                    "{to} ik ben twee keer afgeschreven voor bestelling {order}. Graag mijn geld terug.",
                    "De factuur van {brand} klopt niet: ik betaal {amount} voor een {product} die in de aanbieding was.",
                    "Betalingsherinnering van {brand} gekregen voor een bestelling die ik allang betaald heb. Hoe kan dat?");
            case REFUND -> List.of(
                    "Drie weken geleden mijn {product} teruggestuurd en nog steeds geen geld terug van {brand}.",
                    "{to} jullie beloven terugbetaling binnen 14 dagen, maar ik wacht nu al een maand op {amount}.",
                    "Retour {order} is volgens de track & trace allang bij {brand} aangekomen. Waar blijft mijn geld?");
            case WRONG_FACT -> List.of(
                    "Wist je dat {brand} sinds deze maand € 7,50 rekent voor elke retour? Schandalig.",
                    "Ik hoorde dat {brand} alle winkels gaat sluiten en alleen nog online verkoopt. Jammer.",
                    "{brand} verkoopt je gegevens aan adverteerders, dat staat gewoon in de voorwaarden. Account opzeggen dus!",
                    "Bij {brand} heb je maar 7 dagen om iets terug te sturen, daarna zit je eraan vast.");
            case ANGRY -> List.of(
                    "NOOIT MEER {brand}!!! {days} dagen wachten, geen pakket, geen antwoord, NIKS!!!",
                    "SCHANDALIG hoe jullie met klanten omgaan!!! Ik wil gewoon mijn GELD TERUG!!",
                    "Slechtste winkel ooit. Het personeel kan het niks schelen. BLIJF HIER WEG!!!",
                    "Oplichters!!! Twee keer afgeschreven en niemand die reageert. Ik ga dit overal melden!!");
            case SAME_HERE -> List.of(
                    "Herkenbaar, bij mij precies hetzelfde.",
                    "Zelfde probleem hier. Al dagen geen reactie.",
                    "Ik ook! Wordt tijd dat ze er iets aan doen.",
                    "Dit overkomt mij nu al voor de tweede keer.");
            case OUTAGE -> List.of(
                    "{brand} storing? Ik kan al een uur niet betalen in de app.",
                    "Is er een storing bij {brand}? Website en app liggen er allebei uit.",
                    "Ik sta op {location} bij de kassa en pinnen werkt niet. Storing bij {brand}?",
                    "Al twee uur storing bij {brand} en geen enkel bericht. Hoe moeilijk is een update?",
                    "Bestelling {order} is afgeschreven, maar volgens de app is hij mislukt. Fijne storing, {brand}.",
                    "Weer een storing bij {brand}. Derde keer deze maand. Beetje amateuristisch.",
                    "Niemand kan meer inloggen bij {brand}. Laat dan tenminste iets weten!",
                    "{brand} ligt eruit. Dubbel afgeschreven en mijn bestelling is weg.");
        };
    }

    private static List<String> english(Theme theme) {
        return switch (theme) {
            case PRAISE -> List.of(
                    "Super fast delivery from {brand}! Ordered yesterday, arrived this morning.",
                    "Great help at the {location} store today. Friendly staff, would recommend.",
                    "My new {product} from {brand} works perfectly. Good value for money.",
                    "Kudos to {brand} customer service: problem solved within ten minutes.",
                    "Returning something to {brand} was really easy. The refund arrived two days later.",
                    "Nice shop, easy to find everything and the queue is never long.",
                    "The new {brand} app is so much better than the old one. Ordering takes a few taps now.",
                    "Finally a webshop that does what it promises. Well packed and on time. Thanks {brand}!",
                    "Staff at {location} went out of their way to find my {product}. Legend!",
                    "Always helped well at {brand}. I'll definitely be back.");
            case QUESTION -> List.of(
                    "{to} how long does a return usually take to process?",
                    "Does anyone know if the {brand} store at {location} is open on Sundays?",
                    "{to} can I still change my order once it has shipped? Order {order}.",
                    "Does {brand} have the {product} in black? Online I only see white.",
                    "{to} can I pick up my online order at the {location} store?",
                    "How do I delete my {brand} account? Can't find it anywhere in the app.",
                    "Is the {brand} warranty still valid if I lost the receipt?");
            case MIXED -> List.of(
                    "Decent shop, but the checkout queue is often long.",
                    "The product is fine, delivery just took two days longer than promised.",
                    "Friendly staff, but half of what I wanted was sold out.",
                    "Nothing wrong with it, nothing special either. Prices are a bit high.");
            case AGREE -> List.of(
                    "Totally agree, I've always been helped well there.",
                    "Can confirm, really nice shop.",
                    "Good to hear! I was hesitating, ordering one now too.");
            case DELIVERY -> List.of(
                    "Been waiting {days} days for my {product} from {brand}. Tracking shows nothing. Order {order}.",
                    "{to} my parcel was due yesterday. Stayed home all day for nothing. What's going on?",
                    "Order {order} has said 'on its way' for {days} days now. Can someone at {brand} check?",
                    "Delivery {days} days late and not a single message from {brand}. This is how you lose customers.",
                    "{brand} left my parcel with the neighbours while I was home, and the box was damaged.");
            case STAFF -> List.of(
                    "Such a rude employee at {brand} {location}. I asked a simple question and got laughed at.",
                    "Twenty minutes in the queue at {location} and then attitude from the staff. Never again.",
                    "{brand} customer service just hung up on me when I asked about my refund. Lovely.",
                    "The cashier at {location} was on the phone the whole time and ignored me completely.");
            case APP -> List.of(
                    "The {brand} app crashes every time I try to check out. Since yesterday's update.",
                    "{to} I can't log in to the app, it just keeps loading. Anyone else?",
                    "Since the last update my basket in the {brand} app keeps emptying itself. So annoying.");
            case INVOICE -> List.of(
                    "{to} I was charged twice for order {order}. I'd like my money back.",
                    "The {brand} invoice is wrong: I'm paying {amount} for a {product} that was on sale.",
                    "Got a payment reminder from {brand} for an order I paid weeks ago. How is that possible?");
            case REFUND -> List.of(
                    "Returned my {product} three weeks ago and still no refund from {brand}.",
                    "{to} you promise refunds within 14 days, but I've been waiting a month for {amount}.",
                    "Return {order} reached {brand} ages ago according to tracking. Where is my money?");
            case WRONG_FACT -> List.of(
                    "Did you know {brand} now charges €7.50 for every return? Outrageous.",
                    "Heard {brand} is closing all its stores and going online only. Shame.",
                    "{brand} sells your data to advertisers, it's right there in their terms. Delete your account!",
                    "At {brand} you only get 7 days to return something, after that you're stuck with it.");
            case ANGRY -> List.of(
                    "NEVER AGAIN {brand}!!! {days} days of waiting, no parcel, no answer, NOTHING!!!",
                    "DISGRACEFUL how you treat your customers!!! I just want MY MONEY BACK!!",
                    "Worst shop ever. The staff couldn't care less. STAY AWAY!!!",
                    "Scammers!!! Charged twice and nobody answers. I'm reporting this everywhere!!");
            case SAME_HERE -> List.of(
                    "Same here, exactly the same problem.",
                    "Same issue. No reply for days.",
                    "Me too! Time they did something about it.",
                    "Second time this has happened to me.");
            case OUTAGE -> List.of(
                    "{brand} outage? Haven't been able to pay in the app for an hour.",
                    "Is {brand} down? Website and app both not working.",
                    "Standing at the till at {location} and card payments don't work. {brand} outage?",
                    "Two hours of outage at {brand} and not a single update. How hard can it be?",
                    "Order {order} charged but the app says it failed. Thanks {brand}, great outage.",
                    "{brand} is down again. Third time this month. Amateurish.",
                    "Nobody can log in at {brand}. At least tell us something!");
        };
    }
}

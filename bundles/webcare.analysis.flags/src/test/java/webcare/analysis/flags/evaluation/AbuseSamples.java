package webcare.analysis.flags.evaluation;

import java.util.List;

/** Webcare-like texts with and without abuse and threats, written for the throughput run and tests. */
public final class AbuseSamples {

    private AbuseSamples() {
    }

    public static final List<String> TEXTS = List.of(
            "Wat een kutbedrijf zijn jullie, al drie weken geen internet en niemand die iets doet. Echt belachelijk!",
            "@KPN jullie zijn echt een stelletje idioten, mijn factuur is weer te hoog en de klantenservice hangt gewoon op.",
            "Ik weet waar jullie kantoor is. Als mijn geld er morgen niet is, kom ik langs en dan zul je het merken.",
            "Top geholpen door Sanne van de klantenservice, binnen 10 minuten opgelost. Dank jullie wel!",
            "Bezorger heeft mijn pakket gewoon in de regen laten staan, alles nat. Wie vergoedt dit?",
            "You guys are fucking useless, three hours on hold and then the line drops. Unbelievable.",
            "I will find the idiot who designed this app. Not really, but honestly, who tested this?",
            "Thanks for the quick reply, the replacement arrived today and works perfectly.",
            "Kankerbedrijf, krijg allemaal de tering met jullie nepaanbiedingen.",
            "Mijn vader is overleden aan kanker en jullie blijven post op zijn naam sturen, heel pijnlijk.",
            "This is the worst airline ever, my bags are lost and nobody answers. Shit service.",
            "Als jullie dit niet oplossen steek ik persoonlijk jullie winkel in de fik.",
            "Prima service, maar de app crasht nog steeds bij het inloggen op Android 14.",
            "Het klasse-assessment van de cursus was helemaal top, complimenten aan de docent.");
}

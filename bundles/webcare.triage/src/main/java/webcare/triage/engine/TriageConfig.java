package webcare.triage.engine;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

/**
 * The keys of {@code etc/webcare.triage.cfg} (all optional; docs/TRIAGE.md explains each). Lists
 * are comma-separated; a keyword may be several words; a word ending in {@code *} matches every
 * word it starts. A method name's {@code _} is a {@code .} in the file.
 */
@ObjectClassDefinition(id = TriageConfig.PID, name = "Triage rules",
        description = "Thresholds, due hours and keyword lists of the triage rules")
public @interface TriageConfig {

    String PID = "webcare.triage";

    @AttributeDefinition(name = "Due hours", required = false, min = "0",
            description = "Hours after posting an item is due, unless an override says otherwise")
    double dueHours() default 24;

    @AttributeDefinition(name = "Due hour overrides", required = false,
            description = "DECISION=hours, source=hours or source/DECISION=hours, comma-separated")
    String dueHours_overrides() default "ESCALATE=1, HIDE_AND_EXPLAIN=4";

    @AttributeDefinition(name = "Chronic complainer: least items", required = false, min = "1",
            description = "How many items an author must have posted (this one included) to be judged on history")
    int chronic_minItems() default 5;

    @AttributeDefinition(name = "Chronic complainer: negative share", required = false, min = "0", max = "1",
            description = "Share of negative items (this one included) from which an author is negative "
                    + "about everything")
    double chronic_negativeShare() default 0.8;

    @AttributeDefinition(name = "Hostile thread: least items", required = false, min = "1",
            description = "How many earlier items a thread needs to be judged hostile")
    int thread_minItems() default 6;

    @AttributeDefinition(name = "Hostile thread: negative share", required = false, min = "0", max = "1",
            description = "Share of negative earlier items from which a thread is hostile")
    double thread_negativeShare() default 0.7;

    @AttributeDefinition(name = "Raise: other authors", required = false, min = "1",
            description = "How many other authors must raise the same subject for a monitored item to be answered")
    int raise_otherAuthors() default 3;

    @AttributeDefinition(name = "Raise: window hours", required = false, min = "1",
            description = "Within how many hours of the monitored item the others must have posted")
    double raise_windowHours() default 48;

    @AttributeDefinition(name = "Same subject: shared words", required = false, min = "1",
            description = "How many content words two items must share to be about the same subject")
    int similar_minSharedWords() default 2;

    @AttributeDefinition(name = "Same subject: ignored words", required = false,
            description = "Words too general to make two items about the same subject")
    String similar_ignore() default "klantenservice, service, bedrijf, company, customer, klant, klanten, "
            + "customers, mensen, people, echt, really, gewoon, just";

    @AttributeDefinition(name = "Respond: reach", required = false,
            options = {@Option(label = "small", value = "SMALL"), @Option(label = "medium", value = "MEDIUM"),
                @Option(label = "large", value = "LARGE"), @Option(label = "influential", value = "INFLUENTIAL")},
            description = "Reach tier from which a negative item is answered even without a concrete issue")
    String respond_minReach() default "LARGE";

    @AttributeDefinition(name = "Amplification: reach", required = false,
            options = {@Option(label = "small", value = "SMALL"), @Option(label = "medium", value = "MEDIUM"),
                @Option(label = "large", value = "LARGE"), @Option(label = "influential", value = "INFLUENTIAL")},
            description = "Reach tier from which an author who joins others on the same subject is escalated")
    String amplification_minReach() default "INFLUENTIAL";

    @AttributeDefinition(name = "Complaint: highest rating", required = false, min = "1", max = "5",
            description = "A negative review of this many stars or fewer is a complaint")
    int complaint_maxRating() default 2;

    @AttributeDefinition(name = "Facts: share of words", required = false, min = "0", max = "1",
            description = "Share of a denial fact's other words an item must contain besides all its names and numbers")
    double facts_minShare() default 0.5;

    @AttributeDefinition(name = "Facts: check staff names", required = false,
            description = "Whether a named member of staff who is not among the plan's people is a fact to correct")
    boolean facts_checkStaff() default true;

    @AttributeDefinition(name = "Negation window", required = false, min = "1",
            description = "How many words before a keyword a negation word denies it")
    int negation_window() default 3;

    @AttributeDefinition(name = "Memory: items", required = false, min = "100",
            description = "Most recent items a memory context keeps for the same-subject check")
    int memory_maxItems() default 100_000;

    @AttributeDefinition(name = "Memory: authors and threads", required = false, min = "100",
            description = "Most authors and threads a memory context keeps the history of")
    int memory_maxAuthors() default 100_000;

    @AttributeDefinition(name = "Negation (nl)", required = false)
    String negation_nl() default "geen, niet, nooit, nergens, niemand, zonder";

    @AttributeDefinition(name = "Negation (en)", required = false)
    String negation_en() default "no, not, never, nobody, none, without, don't, doesn't, didn't, isn't, aren't, "
            + "wasn't, weren't, haven't, hasn't, won't, can't, cannot, dont, doesnt, didnt, isnt";

    @AttributeDefinition(name = "Escalate: safety or health (nl)", required = false)
    String escalate_safety_nl() default "onveilig*, gevaarlijk*, gewond*, letsel, in het ziekenhuis beland, "
            + "naar het ziekenhuis, vergiftig*, "
            + "voedselvergiftiging, ziek geworden, ziek van, allergische reactie, brandgevaar, in brand, ontplof*, "
            + "elektrocut*, stroomschok, levensgevaar*, ambulance";

    @AttributeDefinition(name = "Escalate: safety or health (en)", required = false)
    String escalate_safety_en() default "unsafe, dangerous, injur*, ended up in hospital, taken to hospital, "
            + "poison*, food poisoning, got sick, "
            + "made me sick, allergic reaction, caught fire, on fire, explod*, electrocut*, choking, life-threatening, "
            + "ambulance";

    @AttributeDefinition(name = "Escalate: data leak (nl)", required = false)
    String escalate_dataLeak_nl() default "datalek*, gehackt, gelekt*, gegevens op straat, gegevens gestolen, "
            + "privacylek";

    @AttributeDefinition(name = "Escalate: data leak (en)", required = false)
    String escalate_dataLeak_en() default "data breach, data leak, breach, hacked, leaked*, exposed my data, "
            + "personal data exposed, data stolen";

    @AttributeDefinition(name = "Escalate: defect (nl)", required = false,
            description = "Escalates only together with a word of escalate.scale")
    String escalate_defect_nl() default "storing*, werkt niet, werken niet, kapot, defect*, plat, uitval, ligt eruit";

    @AttributeDefinition(name = "Escalate: defect (en)", required = false)
    String escalate_defect_en() default "outage, down, broken, not working, doesn't work, failing, crash*, offline";

    @AttributeDefinition(name = "Escalate: many affected (nl)", required = false)
    String escalate_scale_nl() default "iedereen, alle klanten, heel nederland, landelijk*, overal, massaal, "
            + "allemaal, meer mensen, hele land";

    @AttributeDefinition(name = "Escalate: many affected (en)", required = false)
    String escalate_scale_en() default "everyone, everybody, all customers, nationwide, everywhere, whole country, "
            + "all users, many people";

    @AttributeDefinition(name = "Escalate: legal steps (nl)", required = false)
    String escalate_legal_nl() default "advocaat, rechter, rechtszaak, aangifte, juridische stappen, dagvaard*, "
            + "geschillencommissie, ingebrekestelling, sommatie";

    @AttributeDefinition(name = "Escalate: legal steps (en)", required = false)
    String escalate_legal_en() default "lawyer, attorney, sue, suing, lawsuit, legal action, court, small claims";

    @AttributeDefinition(name = "Escalate: media (nl)", required = false)
    String escalate_media_nl() default "journalist*, redactie, naar de krant, naar kassa, naar radar, tros radar, "
            + "rtl nieuws, nos journaal, de telegraaf, persbericht";

    @AttributeDefinition(name = "Escalate: media (en)", required = false)
    String escalate_media_en() default "journalist*, reporter, the press, newspaper, news desk, going to the media, "
            + "bbc, watchdog";

    @AttributeDefinition(name = "Complaint words (nl)", required = false)
    String complaint_nl() default "bestelling, pakket*, levering, bezorg*, factuur, rekening, terugbetal*, "
            + "geld terug, retour*, wachttijd, wacht al, nog steeds, niet ontvangen, niet geleverd, niet bezorgd, "
            + "te laat, vertraging, vertraagd, kapot, beschadigd, annuleer*, geannuleerd, afgeschreven, "
            + "dubbel betaald, storing, inloggen, abonnement, opzeggen, reparatie, garantie, monteur, afspraak";

    @AttributeDefinition(name = "Complaint words (en)", required = false)
    String complaint_en() default "order, package, parcel, delivery, deliver*, invoice, bill, billing, refund*, "
            + "money back, return*, waiting, still waiting, not received, never arrived, late, delay*, broken, "
            + "damaged, cancel*, charged, double charged, outage, login, log in, subscription, repair, warranty, "
            + "appointment, technician";

    @AttributeDefinition(name = "Question openers (nl)", required = false,
            description = "Count at the start of a sentence; a question mark counts anywhere. Not 'wat' or 'what' "
                    + "alone: 'Wat een service!' is no question")
    String question_nl() default "hoe, waarom, wanneer, waar, welke, wie, wat is, wat zijn, wat kan, wat moet, "
            + "wat gebeurt, wat kost, kan ik, kunt u, kunnen jullie, is het mogelijk, weet iemand, mag ik";

    @AttributeDefinition(name = "Question openers (en)", required = false)
    String question_en() default "how, why, when, where, which, who, what is, what are, what can, what should, "
            + "what happens, what does, can i, can you, could you, do you, does anyone, is it possible, is there, "
            + "are you";

    @AttributeDefinition(name = "Staff words (nl)", required = false,
            description = "Words followed by a name that make it a member of staff")
    String facts_staff_nl() default "medewerker, medewerkster, collega, manager, filiaalmanager, woordvoerder, "
            + "directeur, monteur, bezorger";

    @AttributeDefinition(name = "Staff words (en)", required = false)
    String facts_staff_en() default "employee, colleague, staff member, manager, spokesperson, director, "
            + "technician, agent, representative";
}

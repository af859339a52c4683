package webcare.triage.rules;

import java.time.Duration;
import webcare.analysis.api.ReachTier;

/**
 * The tunable numbers of the rules (etc/webcare.triage.cfg; docs/TRIAGE.md).
 *
 * @param chronicMinItems       items an author needs (this one included) to be judged on history
 * @param chronicNegativeShare  share of negative items from which an author is negative about everything
 * @param threadMinItems        earlier items a thread needs to be judged
 * @param threadNegativeShare   share of negative earlier items from which a thread is hostile
 * @param raiseOtherAuthors     other authors on the same subject that raise a monitored item
 * @param raiseWindow           within how long of an item the others count
 * @param minSharedWords        content words two items share when they are about the same subject
 * @param respondMinReach       reach from which a negative item is answered without a concrete issue
 * @param amplificationMinReach reach from which joining others on a subject is escalated
 * @param complaintMaxRating    stars up to which a negative review is a complaint
 */
public record Thresholds(int chronicMinItems, double chronicNegativeShare, int threadMinItems,
        double threadNegativeShare, int raiseOtherAuthors, Duration raiseWindow, int minSharedWords,
        ReachTier respondMinReach, ReachTier amplificationMinReach, int complaintMaxRating) {}

package webcare.analysis.api;

/** How many people an author reaches, in tiers a team can reason about. */
public enum ReachTier {
    UNKNOWN, SMALL, MEDIUM, LARGE, INFLUENTIAL
}

package webcare.team.api;

/** What a team member may do; a {@link Role} allows a set of these. */
public enum Permission {
    /** Decide on inbox items, assign them, change their status. */
    TRIAGE,
    /** Answer or hide a mention on its platform. */
    REPLY,
    /** Open incidents and record what happens in them. */
    RUN_INCIDENTS,
    /** Change the working crisis plan. */
    EDIT_PLAN,
    /** Approve the plan in its review. */
    APPROVE_PLAN,
    /** Give team members their roles. */
    MANAGE_TEAM
}

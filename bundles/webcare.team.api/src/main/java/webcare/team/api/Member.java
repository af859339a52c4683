package webcare.team.api;

import java.time.Instant;

/** A team member: the user name the workbench knows them by, their role, and since when, by whom. */
public record Member(String user, Role role, Instant since, String by) {}

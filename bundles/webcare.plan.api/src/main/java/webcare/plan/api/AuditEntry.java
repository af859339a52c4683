package webcare.plan.api;

import java.time.Instant;

/**
 * One line of the audit log: who changed what, when.
 *
 * @param at     when
 * @param who    who
 * @param action what happened: "save", "import" or "approve"
 * @param change what changed; null for an entry about the whole plan (an approval)
 * @param detail a line for people, always in English whatever the language of the one who made
 *               the change: the audit log is a record, and reads the same for everyone who looks
 *               at it later; e.g. "version 4 approved by Anna de Vries" or
 *               "Role Spokesperson: deputies Piet Jansen → Piet Jansen, Eva Bakker"
 */
public record AuditEntry(Instant at, String who, String action, Change change, String detail) {}

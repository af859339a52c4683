package webcare.plan.api;

import java.time.Instant;

/**
 * One line of the audit log: who changed what, when.
 *
 * @param at     when
 * @param who    who
 * @param action what happened: "save", "import" or "approve"
 * @param change what changed; null for an entry about the whole plan (an approval)
 * @param detail a line for people, e.g. "version 4 approved by Anna de Vries"
 */
public record AuditEntry(Instant at, String who, String action, Change change, String detail) {}

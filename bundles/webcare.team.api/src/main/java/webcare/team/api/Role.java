package webcare.team.api;

import java.util.EnumSet;
import java.util.Set;

/**
 * A team member's role, each allowing what the one before it does and more: a viewer reads, an
 * agent works the inbox and incidents, an editor also keeps the crisis plan, an admin also gives
 * the roles.
 */
public enum Role {
    VIEWER(EnumSet.noneOf(Permission.class)),
    AGENT(EnumSet.of(Permission.TRIAGE, Permission.REPLY, Permission.RUN_INCIDENTS)),
    EDITOR(EnumSet.of(Permission.TRIAGE, Permission.REPLY, Permission.RUN_INCIDENTS, Permission.EDIT_PLAN,
            Permission.APPROVE_PLAN)),
    ADMIN(EnumSet.allOf(Permission.class));

    private final Set<Permission> allowed;

    Role(Set<Permission> allowed) {
        this.allowed = allowed;
    }

    /** Whether this role allows {@code permission}. */
    public boolean may(Permission permission) {
        return allowed.contains(permission);
    }
}

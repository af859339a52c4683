package webcare.team.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import webcare.store.api.Store;
import webcare.store.api.StoreException;
import webcare.store.api.TeamRepository;
import webcare.store.api.TeamRepository.MemberRow;
import webcare.team.api.Member;
import webcare.team.api.NotPermittedException;
import webcare.team.api.Permission;
import webcare.team.api.Role;
import webcare.team.api.Team;
import webcare.team.api.TeamException;

/**
 * The team as the database has it. The first user asked about, when nobody has a role yet, becomes
 * the admin (one person on the embedded file is always its admin); anyone else is a viewer until an
 * admin gives them a role. The last admin cannot give the role up.
 */
@Component
public final class StoredTeam implements Team {

    private final Store store;
    private final TeamRepository repository;
    private final Clock clock;

    @Activate
    public StoredTeam(@Reference Store store, @Reference TeamRepository repository) {
        this(store, repository, Clock.systemUTC());
    }

    StoredTeam(Store store, TeamRepository repository, Clock clock) {
        this.store = store;
        this.repository = repository;
        this.clock = clock;
    }

    @Override
    public Role role(String user) throws TeamException {
        try {
            return store.inTransaction(tx -> {
                List<MemberRow> members = repository.members(tx);
                if (members.isEmpty()) {
                    repository.save(tx, new MemberRow(user, Role.ADMIN.name(), clock.instant(), user));
                    return Role.ADMIN;
                }
                return find(members, user).map(StoredTeam::role).orElse(Role.VIEWER);
            });
        } catch (StoreException e) {
            throw new TeamException("The team cannot be read: " + e.getMessage(), e);
        }
    }

    @Override
    public List<Member> members() throws TeamException {
        try {
            return store.inTransaction(tx -> repository.members(tx)).stream()
                    .map(row -> new Member(row.user(), role(row), row.since(), row.by())).toList();
        } catch (StoreException e) {
            throw new TeamException("The team cannot be read: " + e.getMessage(), e);
        }
    }

    @Override
    public Member setRole(String user, Role role, String by) throws TeamException, NotPermittedException {
        require(by, Permission.MANAGE_TEAM);
        try {
            return store.inTransaction(tx -> {
                List<MemberRow> members = repository.members(tx);
                boolean lastAdmin = find(members, user).map(StoredTeam::role).orElse(Role.VIEWER) == Role.ADMIN
                        && members.stream().filter(row -> role(row) == Role.ADMIN).count() == 1;
                if (lastAdmin && role != Role.ADMIN) {
                    throw new StoreException(user + " is the team's only admin: give someone else the admin role first");
                }
                MemberRow row = new MemberRow(user, role.name(), clock.instant(), by);
                repository.save(tx, row);
                return new Member(user, role, row.since(), by);
            });
        } catch (StoreException e) {
            throw new TeamException(e.getMessage(), e);
        }
    }

    @Override
    public void require(String user, Permission permission) throws TeamException, NotPermittedException {
        Role role = role(user);
        if (role.may(permission)) {
            return;
        }
        List<String> admins = new ArrayList<>();
        for (Member member : members()) {
            if (member.role() == Role.ADMIN) {
                admins.add(member.user());
            }
        }
        String roles = Arrays.stream(Role.values()).filter(each -> each.may(permission))
                .map(each -> each.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(" or "));
        throw new NotPermittedException(user + " is " + article(role) + ": " + words(permission) + " needs " + roles
                + "; ask " + (admins.isEmpty() ? "an admin" : String.join(" or ", admins)) + " (admin) for the role");
    }

    private static Optional<MemberRow> find(List<MemberRow> members, String user) {
        return members.stream().filter(row -> row.user().equals(user)).findFirst();
    }

    /** A stored role; an unknown name (a newer version's) counts as the least, a viewer. */
    private static Role role(MemberRow row) {
        try {
            return Role.valueOf(row.role());
        } catch (IllegalArgumentException unknown) {
            return Role.VIEWER;
        }
    }

    private static String article(Role role) {
        String name = role.name().toLowerCase(Locale.ROOT);
        return (role == Role.ADMIN || role == Role.AGENT || role == Role.EDITOR ? "an " : "a ") + name;
    }

    private static String words(Permission permission) {
        return switch (permission) {
            case TRIAGE -> "triaging the inbox";
            case REPLY -> "answering a mention";
            case RUN_INCIDENTS -> "working on incidents";
            case EDIT_PLAN -> "changing the crisis plan";
            case APPROVE_PLAN -> "approving the crisis plan";
            case MANAGE_TEAM -> "giving roles";
        };
    }
}

package webcare.team.api;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Who works in the workbench and in which role. The first user of a database is its admin; a
 * user an admin has not given a role yet is a viewer. Services that change data call
 * {@link #require} with the user who asked.
 */
@ProviderType
public interface Team {

    /** The role of {@code user}. */
    Role role(String user) throws TeamException;

    /** Everyone given a role, by user name. */
    List<Member> members() throws TeamException;

    /**
     * Gives {@code user} the role {@code role}, as {@code by}, who must be an admin; the last admin
     * cannot give up the role.
     */
    Member setRole(String user, Role role, String by) throws TeamException, NotPermittedException;

    /** Passes when {@code user}'s role allows {@code permission}; else says who can do it. */
    void require(String user, Permission permission) throws TeamException, NotPermittedException;
}

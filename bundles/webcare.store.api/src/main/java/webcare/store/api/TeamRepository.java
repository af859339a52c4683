package webcare.store.api;

import java.time.Instant;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/** The team's members and their roles (by name: the team bundle knows what a role allows). */
@ProviderType
public interface TeamRepository {

    /** A member as stored: user name, role name, since when, given by whom. */
    record MemberRow(String user, String role, Instant since, String by) {}

    /** Longest user name kept, in characters (the column's length). */
    int MAX_USER = 200;

    /** Every member, by user name. */
    List<MemberRow> members(Transaction tx) throws StoreException;

    /** Stores a member, or their new role. */
    void save(Transaction tx, MemberRow member) throws StoreException;
}

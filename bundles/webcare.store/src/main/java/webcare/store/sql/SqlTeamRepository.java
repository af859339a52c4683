package webcare.store.sql;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.osgi.service.component.annotations.Component;
import webcare.store.api.StoreException;
import webcare.store.api.TeamRepository;
import webcare.store.api.Transaction;

/** The team in table {@code team_member} (schema V015), one row per user, written with an upsert. */
@Component(service = TeamRepository.class)
public final class SqlTeamRepository implements TeamRepository {

    @Override
    public List<MemberRow> members(Transaction tx) throws StoreException {
        return SqlTransaction.sql(tx, connection -> {
            List<MemberRow> members = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT user_name, role, since, added_by FROM team_member ORDER BY user_name");
                    ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    members.add(new MemberRow(rows.getString(1), rows.getString(2), SqlMentionRepository.instant(rows, 3),
                            rows.getString(4)));
                }
            }
            return members;
        });
    }

    @Override
    public void save(Transaction tx, MemberRow member) throws StoreException {
        if (member.user().isBlank() || member.user().length() > MAX_USER) {
            throw new IllegalArgumentException("a user name is 1 to " + MAX_USER + " characters: '" + member.user() + "'");
        }
        SqlTransaction.sql(tx, connection -> {
            Dialect dialect = SqlTransaction.of(tx).dialect();
            try (PreparedStatement upsert = connection.prepareStatement(dialect.upsert("team_member",
                    List.of("user_name"), List.of("user_name VARCHAR(200)", "role VARCHAR(20)",
                            "since TIMESTAMP WITH TIME ZONE", "added_by VARCHAR(200)"),
                    "role = v.role, since = v.since, added_by = v.added_by"))) {
                upsert.setString(1, member.user());
                upsert.setString(2, member.role());
                SqlMentionRepository.setTime(upsert, 3, member.since());
                upsert.setString(4, member.by());
                dialect.upsertRow(upsert);
                dialect.upsertDone(upsert);
                return null;
            }
        });
    }
}

package webcare.team.service;

import java.io.PrintStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.felix.service.command.Descriptor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import webcare.cli.api.CommandFailedException;
import webcare.cli.api.UsageException;
import webcare.cli.api.WebcareCommand;
import webcare.team.api.Member;
import webcare.team.api.NotPermittedException;
import webcare.team.api.Role;
import webcare.team.api.Team;
import webcare.team.api.TeamException;

/** {@code team} and {@code team set USER ROLE}: the team's roles from the command line, as this computer's user. */
@Component(service = TeamCommand.class)
@WebcareCommand(function = "team")
public final class TeamCommand {

    static final String USAGE = "team | team set USER viewer|agent|editor|admin";
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Team team;

    @Activate
    public TeamCommand(@Reference Team team) {
        this.team = team;
    }

    @Descriptor("the team's members and roles: " + USAGE + "; see docs/TEAM.md")
    public void team(@Descriptor("nothing, or set USER ROLE") String... words) {
        run(List.of(words), System.getProperty("user.name", "someone"), ZoneId.systemDefault(), System.out);
    }

    void run(List<String> words, String me, ZoneId zone, PrintStream out) {
        try {
            if (words.isEmpty()) {
                out.println("You are " + me + ", " + team.role(me).name().toLowerCase(Locale.ROOT) + ".");
                for (Member member : team.members()) {
                    out.println(String.format(Locale.ROOT, "%-24s %-7s since %s, by %s", member.user(),
                            member.role().name().toLowerCase(Locale.ROOT), LOCAL.format(member.since().atZone(zone)),
                            member.by()));
                }
            } else if (words.get(0).equals("set") && words.size() == 3) {
                Member set = team.setRole(words.get(1), role(words.get(2)), me);
                out.println(set.user() + " is " + set.role().name().toLowerCase(Locale.ROOT) + " now.");
            } else {
                throw new UsageException("usage: " + USAGE);
            }
        } catch (TeamException | NotPermittedException e) {
            throw new CommandFailedException(e.getMessage(), e);
        }
        out.flush();
    }

    private static Role role(String word) {
        try {
            return Role.valueOf(word.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException("'" + word + "' is not a role: viewer, agent, editor or admin");
        }
    }
}

package webcare.store.api;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * This running workbench among a team's, as the holder of its leases: {@code user@host:pid}, so
 * that people reading "polled by anke@desk-12:4711" know whose workbench it is.
 */
public record Workbench(String user, String host, long pid) {

    /** The workbench of this process. */
    public static Workbench current() {
        return new Workbench(System.getProperty("user.name", "someone"), hostName(), ProcessHandle.current().pid());
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            // a host whose own name does not resolve: the name it was given is still the best for people
            return Optional.ofNullable(System.getenv("HOSTNAME")).filter(name -> !name.isBlank()).orElse("localhost");
        }
    }

    /**
     * Whether {@code holder} is an earlier workbench of this user on this host whose process has
     * ended (it crashed and left its leases behind): its leases need not run out before this
     * workbench takes them, so that a restart on one computer goes on at once.
     */
    public boolean outlives(String holder) {
        String prefix = user + "@" + host + ":";
        if (!holder.startsWith(prefix)) {
            return false;
        }
        long holderPid;
        try {
            holderPid = Long.parseLong(holder.substring(prefix.length()));
        } catch (NumberFormatException notOurs) {
            return false;
        }
        return holderPid != pid && ProcessHandle.of(holderPid).map(process -> !process.isAlive()).orElse(true);
    }

    /** {@code user@host:pid}, the host cut so that it fits a lease's holder column. */
    @Override
    public String toString() {
        String tail = ":" + pid;
        String name = user + "@" + host;
        return name.substring(0, Math.min(name.length(), LeaseRepository.MAX_HOLDER - tail.length())) + tail;
    }
}

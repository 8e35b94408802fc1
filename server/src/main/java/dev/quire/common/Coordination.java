package dev.quire.common;

import java.time.Duration;
import java.util.UUID;

/**
 * How this process works alongside other Quire nodes on the same database. Work that one node must do
 * alone (a sync job, a chat turn) is claimed in the database with a lease: the owner renews it while it
 * works, and a lease that ran out means its node died, so any node may take the work over. Lease times
 * come from each node's clock: nodes must keep their clocks in sync (NTP) to well within {@code lease}.
 *
 * @param nodeId            this process's identity in the leases (random per process)
 * @param lease             how long a claim holds without renewal: how long a dead node's work waits
 * @param renewInterval     how often the owner renews its leases (a few times per lease)
 * @param claimInterval     how often a node looks for sync jobs to claim, due schedules and cancel requests
 * @param turnCheckInterval how often a node checks whether its running turns' sessions were deleted or
 *                          taken over elsewhere (bounds how long a delete on another node takes to cancel)
 * @param soleNode          no other process can use this database (embedded SQLite under the data
 *                          directory lock): any lease found at start belongs to a dead process
 */
public record Coordination(String nodeId, Duration lease, Duration renewInterval, Duration claimInterval,
                           Duration turnCheckInterval, boolean soleNode) {

    public Coordination {
        if (renewInterval.compareTo(lease) >= 0) {
            throw new IllegalArgumentException("the lease must outlast its renewal interval");
        }
    }

    /** Lease 30 s renewed every 10 s, claims checked every second, turns every 500 ms. */
    public static Coordination defaults(boolean soleNode) {
        return new Coordination(randomNodeId(), Duration.ofSeconds(30), Duration.ofSeconds(10), Duration.ofSeconds(1),
                Duration.ofMillis(500), soleNode);
    }

    /** Short timings for tests that watch a lease run out. */
    public static Coordination forTesting(boolean soleNode) {
        return new Coordination(randomNodeId(), Duration.ofMillis(1500), Duration.ofMillis(300),
                Duration.ofMillis(200), Duration.ofMillis(200), soleNode);
    }

    public static String randomNodeId() {
        return "node-" + UUID.randomUUID();
    }
}

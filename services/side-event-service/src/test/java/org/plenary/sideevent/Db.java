package org.plenary.sideevent;

import io.quarkus.hibernate.reactive.panache.Panache;
import java.util.List;
import java.util.UUID;
import org.plenary.testing.OnVertx;

/** Direct reads and writes of the service's database, for what the API does not show and to go around it. */
public final class Db {

    private Db() {}

    /** Runs one SQL statement in its own transaction. */
    public static int execute(String sql) {
        return OnVertx.await(() -> Panache.withTransaction(
                () -> Panache.getSession().chain(s -> s.createNativeQuery(sql).executeUpdate())));
    }

    public static long count(String sql) {
        return OnVertx.await(() -> Panache.withSession(() -> Panache.getSession()
                .chain(s -> s.createNativeQuery(sql, Long.class).getSingleResult())));
    }

    /** The rows a query returns, each as the one text column it selects. */
    public static List<String> texts(String sql) {
        return OnVertx.await(() -> Panache.withSession(() -> Panache.getSession()
                .chain(s -> s.createNativeQuery(sql, String.class).getResultList())));
    }

    /** Whether a consumer has applied this event. */
    public static boolean processed(String consumer, UUID eventId) {
        return count("select count(*) from processed_event where consumer = '" + consumer + "' and event_id = '"
                        + eventId + "'")
                > 0;
    }
}

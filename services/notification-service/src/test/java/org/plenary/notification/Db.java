package org.plenary.notification;

import io.quarkus.hibernate.reactive.panache.Panache;
import java.util.List;
import org.plenary.testing.OnVertx;

/** Direct reads and writes of the service's database, for what no API shows. */
public final class Db {

    private Db() {}

    public static int execute(String sql) {
        return OnVertx.await(() -> Panache.withTransaction(
                () -> Panache.getSession().chain(s -> s.createNativeQuery(sql).executeUpdate())));
    }

    public static long count(String sql) {
        return OnVertx.await(() -> Panache.withSession(() -> Panache.getSession()
                .chain(s -> s.createNativeQuery(sql, Long.class).getSingleResult())));
    }

    public static List<String> texts(String sql) {
        return OnVertx.await(() -> Panache.withSession(() -> Panache.getSession()
                .chain(s -> s.createNativeQuery(sql, String.class).getResultList())));
    }
}

package org.plenary.platform.failure;

import io.vertx.pgclient.PgException;
import java.net.ConnectException;
import java.net.SocketException;
import java.nio.channels.ClosedChannelException;
import java.util.Locale;
import java.util.Set;
import org.apache.kafka.common.errors.RetriableException;

/**
 * Tells a failure that passes by itself (the database unreachable or restarting, a lock timeout, a serialization
 * failure, a broker hiccup) from one that will fail again however often it is tried (a bug, a rule the database
 * holds, data that cannot be applied). A consumer waits out the first kind instead of dead-lettering the event; an
 * HTTP request answers it with 503 and {@code Retry-After} instead of a 500.
 */
public final class PassingFailures {

    /** What a failure is, as far as trying again goes. */
    public enum Kind {
        /** The database (or broker) cannot be reached just now: retry once it is back. */
        UNREACHABLE,
        /** The database refused this attempt because of others at the same moment: retry at once. */
        CONTENDED,
        /** Trying again will fail again. */
        LASTING
    }

    /** SQLSTATEs of the moment: serialization failure, deadlock, lock not available, statement or lock timeout. */
    private static final Set<String> CONTENDED_STATES = Set.of("40001", "40P01", "55P03", "57014");
    /**
     * SQLSTATE classes and codes of an unreachable database: connection exceptions (08), insufficient resources
     * (53: too many connections, out of memory or disk), operator intervention (57P01 admin shutdown, 57P02 crash
     * shutdown, 57P03 cannot connect now), and a read-only standby after a fail-over (25006).
     */
    private static final Set<String> UNREACHABLE_STATES = Set.of("57P01", "57P02", "57P03", "25006");

    private static final int MAX_DEPTH = 16;

    private PassingFailures() {}

    /** Whether trying the same thing again later can succeed. */
    public static boolean isPassing(Throwable failure) {
        return kind(failure) != Kind.LASTING;
    }

    /** The kind of the failure, read from it and its causes. */
    public static Kind kind(Throwable failure) {
        Throwable current = failure;
        for (int depth = 0; current != null && depth < MAX_DEPTH; depth++) {
            Kind kind = own(current);
            if (kind != Kind.LASTING) {
                return kind;
            }
            if (current.getCause() == current) {
                break;
            }
            current = current.getCause();
        }
        return Kind.LASTING;
    }

    private static Kind own(Throwable failure) {
        if (failure instanceof PgException pg && pg.getSqlState() != null) {
            return sqlState(pg.getSqlState());
        }
        if (failure instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
            return sqlState(sql.getSQLState());
        }
        if (failure instanceof ConnectException
                || failure instanceof SocketException
                || failure instanceof ClosedChannelException
                || failure instanceof java.net.UnknownHostException
                || failure instanceof RetriableException) {
            return Kind.UNREACHABLE;
        }
        String type = failure.getClass().getName();
        if (type.equals("io.vertx.sqlclient.ClosedConnectionException")
                || type.equals("org.hibernate.exception.JDBCConnectionException")
                || type.endsWith("TimeoutException")) {
            return Kind.UNREACHABLE;
        }
        if (type.equals("org.hibernate.exception.LockAcquisitionException")
                || type.equals("org.hibernate.PessimisticLockException")
                || type.equals("jakarta.persistence.PessimisticLockException")
                || type.equals("jakarta.persistence.LockTimeoutException")) {
            return Kind.CONTENDED;
        }
        // Vert.x reports a lost connection as a bare VertxException (or a NoStackTraceThrowable) with a message.
        if (type.startsWith("io.vertx.") && failure.getMessage() != null) {
            String message = failure.getMessage().toLowerCase(Locale.ROOT);
            if (message.contains("connection")
                    && (message.contains("closed")
                            || message.contains("refused")
                            || message.contains("reset")
                            || message.contains("lost"))) {
                return Kind.UNREACHABLE;
            }
        }
        return Kind.LASTING;
    }

    private static Kind sqlState(String state) {
        if (CONTENDED_STATES.contains(state)) {
            return Kind.CONTENDED;
        }
        if (state.startsWith("08") || state.startsWith("53") || UNREACHABLE_STATES.contains(state)) {
            return Kind.UNREACHABLE;
        }
        return Kind.LASTING;
    }
}

package org.plenary.sideevent.db;

import io.vertx.pgclient.PgException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.JDBCException;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Reads which of the database's rules a failed statement broke. The rules that must hold under concurrent
 * writers (no overlap in a room, a room's capacity, the per-organiser limit) are constraints in the schema;
 * the services check them first to answer with the facts, and translate the constraint that a concurrent
 * writer trips into the same problem.
 */
public final class DatabaseRules {

    /** PostgreSQL names the constraint in its message: ... violates exclusion constraint "name". */
    private static final Pattern NAMED = Pattern.compile("constraint \"([^\"]+)\"");

    private DatabaseRules() {}

    /** The name of the integrity constraint (SQLSTATE class 23) that this failure reports, if it is one. */
    public static Optional<String> violatedConstraint(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof PgException pg && isIntegrity(pg.getSqlState())) {
                return Optional.ofNullable(pg.getConstraint()).or(() -> named(pg.getMessage()));
            }
            if (cause instanceof JDBCException jdbc && isIntegrity(jdbc.getSQLState())) {
                String name =
                        jdbc instanceof ConstraintViolationException violation ? violation.getConstraintName() : null;
                return Optional.ofNullable(name).or(() -> named(jdbc.getMessage()));
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return Optional.empty();
    }

    private static boolean isIntegrity(String sqlState) {
        return sqlState != null && sqlState.startsWith("23");
    }

    private static Optional<String> named(String message) {
        if (message == null) {
            return Optional.empty();
        }
        Matcher matcher = NAMED.matcher(message);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}

package org.plenary.platform.failure;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.VertxException;
import io.vertx.pgclient.PgException;
import java.net.ConnectException;
import java.util.concurrent.CompletionException;
import org.apache.kafka.common.errors.NotLeaderOrFollowerException;
import org.hibernate.HibernateException;
import org.junit.jupiter.api.Test;

class PassingFailuresTest {

    private static PgException sqlState(String state) {
        return new PgException("message", "ERROR", state, null);
    }

    @Test
    void aDatabaseThatCannotBeReachedIsUnreachableHoweverDeepTheCause() {
        assertThat(PassingFailures.kind(new ConnectException("Connection refused")))
                .isEqualTo(PassingFailures.Kind.UNREACHABLE);
        assertThat(PassingFailures.kind(
                        new CompletionException(new HibernateException(new ConnectException("Connection refused")))))
                .isEqualTo(PassingFailures.Kind.UNREACHABLE);
        assertThat(PassingFailures.kind(new VertxException("Connection was closed", true)))
                .isEqualTo(PassingFailures.Kind.UNREACHABLE);
    }

    @Test
    void theServerShuttingDownOrRefusingConnectionsIsUnreachable() {
        for (String state : new String[] {"57P01", "57P02", "57P03", "08006", "08001", "53300", "25006"}) {
            assertThat(PassingFailures.kind(sqlState(state))).as(state).isEqualTo(PassingFailures.Kind.UNREACHABLE);
        }
    }

    @Test
    void deadlocksSerializationFailuresAndLockTimeoutsAreContended() {
        for (String state : new String[] {"40001", "40P01", "55P03", "57014"}) {
            assertThat(PassingFailures.kind(sqlState(state))).as(state).isEqualTo(PassingFailures.Kind.CONTENDED);
        }
    }

    @Test
    void aBrokerHiccupPasses() {
        assertThat(PassingFailures.isPassing(new NotLeaderOrFollowerException("moved")))
                .isTrue();
    }

    @Test
    void aBrokenRuleABugOrBadDataLasts() {
        assertThat(PassingFailures.kind(sqlState("23505"))).isEqualTo(PassingFailures.Kind.LASTING);
        assertThat(PassingFailures.kind(sqlState("22001"))).isEqualTo(PassingFailures.Kind.LASTING);
        assertThat(PassingFailures.isPassing(new IllegalArgumentException("a credit cannot be negative")))
                .isFalse();
        assertThat(PassingFailures.isPassing(new NullPointerException())).isFalse();
        assertThat(PassingFailures.isPassing(new VertxException("Unknown column", true)))
                .isFalse();
    }
}

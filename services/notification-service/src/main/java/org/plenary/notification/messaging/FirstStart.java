package org.plenary.notification.messaging;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;

/**
 * When this service began (its database's first start): what was produced before it is learnt and never told.
 *
 * <p>A notification service deployed beside a system with a history, or given an empty database, reads every topic
 * from its beginning, as it must to know each organisation, session and delegate. It mails nobody and calls no
 * webhook about those past facts: each was told (or not) when it happened. Every fact produced from then on is told
 * as usual, whenever it is read.
 */
@ApplicationScoped
public class FirstStart {

    private volatile Long atMillis;

    /**
     * For an event being applied: the projection alone ({@code learn}) when its record was produced before this
     * service began, the projection with its mail and webhooks ({@code tell}) otherwise.
     */
    public Uni<Void> learnOrTell(
            IncomingKafkaRecordMetadata<?, ?> record, Supplier<Uni<Void>> learn, Supplier<Uni<Void>> tell) {
        return at().chain(first -> record.getTimestamp().toEpochMilli() < first ? learn.get() : tell.get());
    }

    private Uni<Long> at() {
        Long known = atMillis;
        if (known != null) {
            return Uni.createFrom().item(known);
        }
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "select cast(floor(extract(epoch from at) * 1000) as bigint) from first_start",
                                Long.class)
                        .getSingleResult())
                .invoke(read -> atMillis = read);
    }
}

package org.plenary.sideevent.venue.domain;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.util.List;
import java.util.UUID;
import org.plenary.sideevent.db.StringListConverter;

/** A room of the venue where the session's side events take place. */
@Entity
public class Room extends PanacheEntityBase {

    @Id
    public UUID id;

    /**
     * The room's number, given by the database (identity): the key of the no-overlap constraint. Read only: null
     * in the transaction that creates the room.
     */
    @Column(name = "room_key", insertable = false, updatable = false)
    public Long key;

    @Column(name = "session_id", nullable = false)
    public UUID sessionId;

    @Column(nullable = false)
    public String name;

    /** How many people the room holds. */
    @Column(nullable = false)
    public int capacity;

    @Convert(converter = StringListConverter.class)
    @Column(nullable = false)
    public List<String> equipment;

    @Version
    public long version;
}

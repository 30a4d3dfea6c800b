package org.plenary.sideevent.venue.rest;

import java.util.List;
import java.util.UUID;
import org.plenary.sideevent.venue.domain.Room;

/** A room of the session's venue. */
public record RoomView(UUID id, UUID sessionId, String name, int capacity, List<String> equipment) {

    public static RoomView of(Room room) {
        return new RoomView(room.id, room.sessionId, room.name, room.capacity, room.equipment);
    }
}

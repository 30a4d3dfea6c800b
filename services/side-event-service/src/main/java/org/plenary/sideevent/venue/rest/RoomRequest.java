package org.plenary.sideevent.venue.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A room of the venue as the secretariat describes it.
 *
 * @param name      unique in the session, e.g. Conference Room M3
 * @param capacity  how many people it holds
 * @param equipment what it has, e.g. projector, interpretation booths, hybrid meeting kit
 */
public record RoomRequest(
        @NotBlank @Size(max = 200) String name,

        @NotNull
        @Min(value = 1, message = "must be between 1 and 100000")
        @Max(value = 100000, message = "must be between 1 and 100000")
        Integer capacity,

        @Size(max = 30) List<@NotBlank @Size(max = 100) String> equipment) {

    public List<String> equipmentOrEmpty() {
        return equipment == null
                ? List.of()
                : equipment.stream().map(String::strip).distinct().toList();
    }
}

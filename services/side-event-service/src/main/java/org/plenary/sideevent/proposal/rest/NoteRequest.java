package org.plenary.sideevent.proposal.rest;

import jakarta.validation.constraints.Size;

/** A change that may say why. */
public record NoteRequest(@Size(max = 4000) String reason) {

    public static String reasonOf(NoteRequest note) {
        return note == null || note.reason() == null || note.reason().isBlank()
                ? null
                : note.reason().strip();
    }
}

package org.plenary.accreditation.application.rest;

import jakarta.validation.constraints.Size;

/** A transition that may say why. */
public record NoteRequest(@Size(max = 4000) String reason) {

    public static String reasonOf(NoteRequest note) {
        return note == null || note.reason() == null || note.reason().isBlank() ? null : note.reason();
    }
}

package org.plenary.submission.submission;

import java.time.Instant;
import java.util.UUID;

/** A submission and its current file. */
public record SubmissionView(
        UUID id,
        UUID sessionId,
        String organisationId,
        String title,
        String agendaItem,
        String language,
        Submission.Status status,
        String reason,
        Instant submittedAt,
        FileView file,
        Boolean organisationAccredited,
        String organisationName) {

    /** One version of the submission's file. */
    public record FileView(
            int version,
            String fileName,
            String contentType,
            long sizeBytes,
            String sha256,
            int wordCount,
            String wordCountMethod,
            String wordCountLocale,
            boolean textLayer,
            Instant uploadedAt) {

        public static FileView of(SubmissionVersion v) {
            return new FileView(
                    v.id.number(),
                    v.fileName,
                    v.contentType,
                    v.sizeBytes,
                    v.sha256,
                    v.wordCount,
                    v.wordCountMethod,
                    v.wordCountLocale,
                    v.textLayer,
                    v.uploadedAt);
        }
    }

    public static SubmissionView of(Submission s, SubmissionVersion current) {
        return new SubmissionView(
                s.id,
                s.sessionId,
                s.organisationId,
                s.title,
                s.agendaItem,
                s.language,
                s.status,
                s.reason,
                s.submittedAt,
                current == null ? null : FileView.of(current),
                null,
                null);
    }

    /**
     * The same submission, saying whether its organisation is still accredited to the session's body (false once
     * revoked: its published submissions stay public, marked so) and the name under which it applied to the body
     * (null while no accreditation event naming it has been read). Given in reads and lists, not in the answer to a
     * change.
     */
    public SubmissionView withOrganisation(boolean accredited, String name) {
        return new SubmissionView(
                id,
                sessionId,
                organisationId,
                title,
                agendaItem,
                language,
                status,
                reason,
                submittedAt,
                file,
                accredited,
                name);
    }
}

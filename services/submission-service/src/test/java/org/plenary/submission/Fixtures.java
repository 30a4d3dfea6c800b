package org.plenary.submission;

import static org.plenary.testing.Requests.as;

import io.restassured.response.ValidatableResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.UUID;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.plenary.contracts.AccreditationEvents;
import org.plenary.contracts.RegistrationEvents;
import org.plenary.testing.KafkaEvents;
import org.plenary.testing.Tokens;

/** Sessions, accreditations and PDFs for the tests, each unique to its test. */
public final class Fixtures {

    /** The Vienna session's submission deadline: 19 January 2026, 23:59:59 Vienna time. */
    public static final Instant DEADLINE = Instant.parse("2026-01-19T22:59:59Z");

    private Fixtures() {}

    public static String newOrganisationId() {
        return "org-" + UUID.randomUUID();
    }

    /** Publishes a session as the registration service would, with a word limit (or none). */
    public static String session(String bodyId, Integer wordLimit) {
        String id = UUID.randomUUID().toString();
        String event = """
                {"id":"%s","type":"%s","source":"/plenary/registration-service","subject":"%s",
                 "aggregateType":"session","aggregateId":"%s","occurredAt":"%s","schemaVersion":1,"correlationId":null,
                 "data":{"sessionId":"%s","bodyId":"%s","title":"Vienna, January 2026","venue":"Vienna International Centre",
                   "timeZone":"Europe/Vienna","startDate":"2026-01-26","endDate":"2026-01-30",
                   "registrationOpensAt":"2025-11-30T23:00:00Z","registrationDeadline":"2026-01-22T17:00:00Z",
                   "participation":"ACCREDITATION_ONLY","accreditationCutoff":null,"delegateQuota":1,"seats":null,
                   "latePolicy":"REFUSE","confirmationRequired":false,"nominationLetterRequired":false,
                   "meetingParts":[],"sideEventProposalDeadline":null,"submissionDeadline":"%s",
                   "submissionWordLimit":%s,"actor":{"role":"secretariat","subject":"officer@secretariat.test"}}}""".formatted(
                        UUID.randomUUID(),
                        RegistrationEvents.SESSION_CREATED,
                        id,
                        id,
                        Instant.now(),
                        id,
                        bodyId,
                        DEADLINE,
                        wordLimit == null ? "null" : wordLimit.toString());
        KafkaEvents.send(RegistrationEvents.SESSIONS_TOPIC, id, event);
        return id;
    }

    public static void accreditation(String organisationId, String bodyId, String status) {
        UUID id = UUID.randomUUID();
        String application =
                UUID.nameUUIDFromBytes((organisationId + bodyId).getBytes()).toString();
        Instant at = Instant.now();
        String event = """
                {"id":"%s","type":"accreditation.application.%s","source":"/plenary/accreditation-service",
                 "subject":"%s","aggregateType":"organisation","aggregateId":"%s","occurredAt":"%s","schemaVersion":1,
                 "correlationId":null,
                 "data":{"applicationId":"%s","organisationId":"%s","bodyId":"%s","status":"%s","previousStatus":null,
                   "organisation":{"name":"ARTICLE 19","acronym":null,"country":"GB","type":"NGO","website":null,
                     "ecosocStatus":"SPECIAL"},
                   "nonObjectionEndsAt":null,"accreditedAt":"2025-06-01T00:00:00Z","reason":null,
                   "actor":{"role":"secretariat","subject":"officer@secretariat.test"}}}""".formatted(
                id, status.toLowerCase(), application, organisationId, at, application, organisationId, bodyId, status);
        KafkaEvents.send(AccreditationEvents.APPLICATIONS_TOPIC, organisationId, event);
    }

    /** A real PDF whose text has this many words. */
    public static byte[] pdf(int words) {
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 8);
                content.newLineAtOffset(20, 750);
                for (int line = 0; line * 10 < words; line++) {
                    StringBuilder text = new StringBuilder();
                    for (int w = line * 10; w < Math.min(words, line * 10 + 10); w++) {
                        text.append("word").append(w).append(' ');
                    }
                    content.showText(text.toString().strip());
                    content.newLineAtOffset(0, -10);
                }
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ValidatableResponse submit(String organisationId, String sessionId, byte[] file, String fileName) {
        return as(Tokens.organisation(organisationId))
                .multiPart("title", "Rule 17: participation of non-governmental organisations")
                .multiPart("agendaItem", "Rules of procedure of the Conference")
                .multiPart("language", "en")
                .multiPart("file", fileName, file, "application/pdf")
                .post("/sessions/{id}/submissions", sessionId)
                .then();
    }
}

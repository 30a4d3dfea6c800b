package org.plenary.submission;

import static org.plenary.testing.Requests.as;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.restassured.response.ValidatableResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.awaitility.Awaitility;
import org.plenary.contracts.AccreditationEvents;
import org.plenary.contracts.RegistrationEvents;
import org.plenary.submission.session.BodyPolicyCopy;
import org.plenary.testing.KafkaEvents;
import org.plenary.testing.MovableClock;
import org.plenary.testing.OnVertx;
import org.plenary.testing.Tokens;

/** Sessions, accreditations and PDFs for the tests, each unique to its test. */
public final class Fixtures {

    /** The Vienna session's submission deadline: 19 January 2026, 23:59:59 Vienna time. */
    public static final Instant DEADLINE = Instant.parse("2026-01-19T22:59:59Z");

    private Fixtures() {}

    /** The day the tests file their submissions: before the Vienna session's deadline. */
    public static final Instant JANUARY_10 = Instant.parse("2026-01-10T09:00:00Z");

    /** A session, its body and an organisation accredited to it. */
    public record Setup(String body, String session, String organisation) {}

    /**
     * A session with this word limit, deadline (null: none) and scan policy, and an organisation accredited to its
     * body, both known to this service once a probe submission on 10 January is accepted.
     */
    public static Setup eligible(MovableClock clock, Integer wordLimit, Instant deadline, boolean scansAllowed) {
        String body = "body-" + UUID.randomUUID().toString().substring(0, 8);
        String session = session(body, wordLimit, deadline, scansAllowed);
        String organisation = newOrganisationId();
        accreditation(organisation, body, "ACCREDITED");
        clock.set(JANUARY_10);
        byte[] probe = pdf(3);
        // A minute: the first test of a run waits for the consumers to join their group on a shared, busy broker.
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .untilAsserted(
                        () -> submit(organisation, session, probe, "probe.pdf").statusCode(201));
        return new Setup(body, session, organisation);
    }

    public static String newOrganisationId() {
        return "org-" + UUID.randomUUID();
    }

    /** Publishes a session as the registration service would, with a word limit (or none). */
    public static String session(String bodyId, Integer wordLimit) {
        return session(bodyId, wordLimit, DEADLINE, false);
    }

    /**
     * Publishes a session (26 to 30 January 2026, Vienna) with a word limit, a submission deadline (null: none) and
     * whether it accepts scans.
     */
    public static String session(String bodyId, Integer wordLimit, Instant deadline, boolean scansAllowed) {
        String id = UUID.randomUUID().toString();
        String event = """
                {"id":"%s","type":"%s","source":"/plenary/registration-service","subject":"%s",
                 "aggregateType":"session","aggregateId":"%s","occurredAt":"%s","schemaVersion":1,"correlationId":null,
                 "data":{"sessionId":"%s","bodyId":"%s","title":"Vienna, January 2026","venue":"Vienna International Centre",
                   "timeZone":"Europe/Vienna","startDate":"2026-01-26","endDate":"2026-01-30",
                   "registrationOpensAt":"2025-11-30T23:00:00Z","registrationDeadline":"2026-01-22T17:00:00Z",
                   "participation":"ACCREDITATION_ONLY","accreditationCutoff":null,"delegateQuota":1,"seats":null,
                   "latePolicy":"REFUSE","confirmationRequired":false,"nominationLetterRequired":false,
                   "meetingParts":[],"sideEventProposalDeadline":null,"submissionDeadline":%s,
                   "submissionWordLimit":%s,"submissionScansAllowed":%s,"actor":{"role":"secretariat","subject":"officer@secretariat.test"}}}""".formatted(
                        UUID.randomUUID(),
                        RegistrationEvents.SESSION_CREATED,
                        id,
                        id,
                        Instant.now(),
                        id,
                        bodyId,
                        deadline == null ? "null" : "\"" + deadline + "\"",
                        wordLimit == null ? "null" : wordLimit.toString(),
                        scansAllowed);
        KafkaEvents.send(RegistrationEvents.SESSIONS_TOPIC, id, event);
        return id;
    }

    public static void accreditation(String organisationId, String bodyId, String status) {
        accreditation(organisationId, bodyId, status.toLowerCase(), status);
    }

    /** An accreditation event of this kind ({@code reinstated}, ...) leaving the application in this status. */
    public static void accreditation(String organisationId, String bodyId, String kind, String status) {
        UUID id = UUID.randomUUID();
        String application =
                UUID.nameUUIDFromBytes((organisationId + bodyId).getBytes()).toString();
        Instant at = Instant.now();
        String event =
                """
                {"id":"%s","type":"accreditation.application.%s","source":"/plenary/accreditation-service",
                 "subject":"%s","aggregateType":"organisation","aggregateId":"%s","occurredAt":"%s","schemaVersion":1,
                 "correlationId":null,
                 "data":{"applicationId":"%s","organisationId":"%s","bodyId":"%s","status":"%s","previousStatus":null,
                   "organisation":{"name":"ARTICLE 19","acronym":null,"country":"GB","type":"NGO","website":null,
                     "ecosocStatus":"SPECIAL"},
                   "nonObjectionEndsAt":null,"accreditedAt":"2025-06-01T00:00:00Z","reason":null,
                   "actor":{"role":"secretariat","subject":"officer@secretariat.test"}}}""".formatted(id, kind, application, organisationId, at, application, organisationId, bodyId, status);
        KafkaEvents.send(AccreditationEvents.APPLICATIONS_TOPIC, organisationId, event);
    }

    /** Waits until this service's copy of the body holds this policy. */
    public static void awaitPolicy(String body, String policy) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
            BodyPolicyCopy copy =
                    OnVertx.await(() -> Panache.withSession(() -> BodyPolicyCopy.<BodyPolicyCopy>findById(body)));
            return copy != null && policy.equals(copy.revokedSubmissions);
        });
    }

    /**
     * A body event as the accreditation service publishes it, with this policy on a revoked organisation's
     * published submissions ({@code KEEP_MARKED}, {@code WITHDRAW}).
     */
    public static void bodyPolicy(String bodyId, String kind, String revokedSubmissions) {
        String event = """
                {"id":"%s","type":"accreditation.body.%s","source":"/plenary/accreditation-service",
                 "subject":"%s","aggregateType":"body","aggregateId":"%s","occurredAt":"%s","schemaVersion":1,
                 "correlationId":null,
                 "data":{"bodyId":"%s","name":"Ad Hoc Committee %s","accreditationOpen":true,"nonObjectionDays":30,
                   "ecosocFastTrack":"ON_CONFIRMATION","objectionDisclosure":"REASON_ONLY","revokedSubmissions":"%s",
                   "actor":{"role":"secretariat","subject":"officer@secretariat.test"}}}""".formatted(
                        UUID.randomUUID(), kind, bodyId, bodyId, Instant.now(), bodyId, bodyId, revokedSubmissions);
        KafkaEvents.send(AccreditationEvents.BODIES_TOPIC, bodyId, event);
    }

    /** A real PDF whose text has this many words, ten to a line. */
    public static byte[] pdf(int words) {
        List<String> lines = new ArrayList<>();
        for (int line = 0; line * 10 < words; line++) {
            StringBuilder text = new StringBuilder();
            for (int w = line * 10; w < Math.min(words, line * 10 + 10); w++) {
                text.append("word").append(w).append(' ');
            }
            lines.add(text.toString().strip());
        }
        return pdfWithLines(lines);
    }

    /** A real PDF with one line of text in Helvetica (Latin script: WinAnsi encoding). */
    public static byte[] pdfWithText(String text) {
        return pdfWithLines(List.of(text));
    }

    /** A real PDF whose page is only a drawing, with no text layer: what a scan looks like to the service. */
    public static byte[] scan() {
        return onePage(content -> {
            content.addRect(50, 50, 400, 600);
            content.fill();
        });
    }

    private static byte[] pdfWithLines(List<String> lines) {
        return onePage(content -> {
            content.beginText();
            content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 8);
            content.newLineAtOffset(20, 750);
            for (String line : lines) {
                content.showText(line);
                content.newLineAtOffset(0, -10);
            }
            content.endText();
        });
    }

    private interface Drawing {
        void draw(PDPageContentStream content) throws IOException;
    }

    private static byte[] onePage(Drawing drawing) {
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                drawing.draw(content);
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ValidatableResponse submit(String organisationId, String sessionId, byte[] file, String fileName) {
        return submit(organisationId, sessionId, file, fileName, "en");
    }

    /** Files a submission in this language (one of the six UN languages). */
    public static ValidatableResponse submit(
            String organisationId, String sessionId, byte[] file, String fileName, String language) {
        return as(Tokens.organisation(organisationId))
                .multiPart("title", "Rule 17: participation of non-governmental organisations")
                .multiPart("agendaItem", "Rules of procedure of the Conference")
                .multiPart("language", language)
                .multiPart("file", fileName, file, "application/pdf")
                .post("/sessions/{id}/submissions", sessionId)
                .then();
    }

    /** Replaces a submission's file with a new version. */
    public static ValidatableResponse replace(String organisationId, String submissionId, byte[] file) {
        return as(Tokens.organisation(organisationId))
                .multiPart("file", "replacement.pdf", file, "application/pdf")
                .put("/submissions/{id}/file", submissionId)
                .then();
    }
}

package org.plenary.portal.stub;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What the stubbed services answer, set by each test, and what they were asked: the four services' answers as
 * JSON text, so that the portal's reading of the real shapes is what is tested.
 */
@Singleton
public class ServiceStubs {

    public static final UUID SESSION = UUID.fromString("7d1f6c1e-2b7a-4c55-9d1e-6a0d2f3b9c01");
    public static final UUID SUBMISSION = UUID.fromString("0c9b8a77-1111-4a2b-8c3d-4e5f60718293");

    /**
     * Answers by "METHOD path" or "METHOD path?query" (the path after the service's prefix); a missing one is a 404
     * problem.
     */
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();

    /** The Authorization header of each call ("" when none), in order. */
    public final List<String> authorizations = new CopyOnWriteArrayList<>();

    /** The bodies of the writes, in order. */
    public final List<String> writes = new CopyOnWriteArrayList<>();

    public record Answer(int status, String contentType, String body, Map<String, String> headers) {}

    public void reset() {
        answers.clear();
        authorizations.clear();
        writes.clear();
    }

    public void json(String request, String body) {
        answers.put(request, new Answer(200, "application/json", body, Map.of()));
    }

    public void problem(String request, int status, String body) {
        answers.put(request, new Answer(status, "application/problem+json", body, Map.of()));
    }

    public void answer(String request, Answer answer) {
        answers.put(request, answer);
    }

    public boolean has(String request) {
        return answers.containsKey(request);
    }

    public Answer answerTo(String request) {
        return answers.getOrDefault(
                request,
                new Answer(
                        404,
                        "application/problem+json",
                        "{\"type\":\"urn:plenary:problem:not-found\",\"title\":\"Not Found\",\"status\":404,"
                                + "\"rule\":\"not-found\",\"detail\":\"No such thing\"}",
                        Map.of()));
    }

    /** The Vienna demo: two bodies, one session, organisations, a programme and a published submission. */
    public void vienna() {
        json("GET /accreditation/bodies", """
                {"items":[
                  {"id":"ahc-cybercrime","name":"Ad Hoc Committee on Cybercrime","accreditationOpen":false,
                   "nonObjectionDays":30,"ecosocFastTrack":"ON_CONFIRMATION","objectionDisclosure":"REASON_ONLY"},
                  {"id":"cosp-cybercrime","name":"Conference of the States Parties","accreditationOpen":true,
                   "nonObjectionDays":30,"ecosocFastTrack":"AUTOMATIC","objectionDisclosure":"STATE_AND_REASON"}],
                 "page":0,"size":100,"total":2}""");
        json("GET /accreditation/bodies/ahc-cybercrime", """
                {"id":"ahc-cybercrime","name":"Ad Hoc Committee on Cybercrime","accreditationOpen":false,
                 "nonObjectionDays":30,"ecosocFastTrack":"ON_CONFIRMATION","objectionDisclosure":"REASON_ONLY"}""");
        json("GET /accreditation/bodies/ahc-cybercrime/accredited-organisations", organisations(25));
        json("GET /registration/sessions", "{\"items\":[" + session() + "],\"page\":0,\"size\":100,\"total\":1}");
        json("GET /registration/sessions/" + SESSION, session());
        json("GET /side-event/sessions/" + SESSION + "/programme", """
                {"sessionId":"%s","title":"Ad Hoc Committee, concluding session","venue":"Vienna International Centre",
                 "timeZone":"Europe/Vienna","days":[
                  {"date":"2026-01-26","events":[
                    {"proposalId":"a0000000-0000-4000-8000-000000000001","title":"Safeguards in the Convention",
                     "description":"Oversight and data access.","format":"HYBRID","organisationId":"hrw",
                     "organisationName":"Human Rights Watch","coOrganisingOrganisations":["eff"],
                     "coOrganisingOrganisationNames":["Electronic Frontier Foundation"],"coOrganisingMemberStates":[],
                     "roomId":"b0000000-0000-4000-8000-000000000001","room":"Conference Room M3",
                     "startsAt":"2026-01-26T13:15:00+01:00","endsAt":"2026-01-26T14:05:00+01:00",
                     "startTime":"13:15","endTime":"14:05",
                     "startsAtUtc":"2026-01-26T12:15:00Z","endsAtUtc":"2026-01-26T13:05:00Z"}]},
                  {"date":"2026-01-27","events":[]}]}""".formatted(SESSION));
        answer(
                "GET /side-event/sessions/" + SESSION + "/programme.ics",
                new Answer(200, "text/calendar", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", Map.of()));
        json("GET /submission/sessions/" + SESSION + "/published-submissions", """
                {"items":[{"id":"%s","sessionId":"%s","organisationId":"article19",
                  "title":"Rule 17: participation of observers","agendaItem":"Rules of procedure","language":"en",
                  "status":"PUBLISHED","submittedAt":"2026-01-12T10:00:00Z",
                  "file":{"version":1,"fileName":"rule-17.pdf","contentType":"application/pdf","sizeBytes":2048,
                   "sha256":"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08","wordCount":812,
                   "uploadedAt":"2026-01-12T10:00:00Z"}}],"page":0,"size":20,"total":1}""".formatted(SUBMISSION, SESSION));
        answer(
                "GET /submission/submissions/published/" + SUBMISSION + "/file",
                new Answer(
                        200,
                        "application/pdf",
                        "%PDF-1.7 test",
                        Map.of(
                                "Content-Disposition", "attachment; filename=\"rule-17.pdf\"",
                                "X-Checksum-SHA256", "9f86d081")));
    }

    public static String session() {
        return """
                {"sessionId":"%s","bodyId":"ahc-cybercrime","title":"Ad Hoc Committee, concluding session",
                 "venue":"Vienna International Centre","timeZone":"Europe/Vienna",
                 "startDate":"2026-01-26","endDate":"2026-01-30",
                 "registrationOpensAt":"2025-12-01T00:00:00Z","registrationOpensAtVenue":"2025-12-01T01:00",
                 "registrationDeadline":"2026-01-22T17:00:00Z","registrationDeadlineVenue":"2026-01-22T18:00",
                 "participation":"ACCREDITATION_ONLY","delegateQuota":2,"latePolicy":"REFUSE",
                 "confirmationRequired":false,"nominationLetterRequired":false,"meetingParts":[],
                 "sideEventProposalDeadline":"2026-01-19T17:00:00Z","submissionDeadline":"2026-01-15T17:00:00Z",
                 "submissionWordLimit":2000}""".formatted(SESSION);
    }

    /** {@code count} organisations: every third is academia, the rest NGOs; the first two from Kenya. */
    static String organisations(int count) {
        List<String> items = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            items.add("""
                    {"organisationId":"org-%d","name":"Organisation %02d for Digital Rights","acronym":"O%d",
                     "country":"%s","type":"%s","website":"https://org%d.example","accreditedSince":"2025-06-01T00:00:00Z"}""".formatted(i, i, i, i <= 2 ? "KE" : "AT", i % 3 == 0 ? "ACADEMIA" : "NGO", i));
        }
        return "{\"items\":[" + String.join(",", items) + "],\"page\":0,\"size\":100,\"total\":" + count + "}";
    }
}

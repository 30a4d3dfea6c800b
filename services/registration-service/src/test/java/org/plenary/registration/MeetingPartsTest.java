package org.plenary.registration;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.plenary.testing.Requests.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plenary.testing.Tokens;

/**
 * A delegate is registered for the meeting parts stakeholders may attend, and no other; a session's list of
 * meeting parts is checked down to every element.
 */
@QuarkusTest
class MeetingPartsTest extends ClockedTest {

    private static ValidatableResponse register(Fixtures.Setup setup, List<String> parts) {
        return as(Tokens.organisation(setup.organisation()))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "delegate", Fixtures.delegate("Delegate"), "joinWaitingList", false, "meetingParts", parts))
                .post("/sessions/{id}/registrations", setup.session())
                .then();
    }

    @Test
    void aDelegateIsRegisteredForTheOpenPartsOnlyAndTheParticipantListSaysWhich() {
        Fixtures.Setup setup = Fixtures.accreditedVienna(Map.of("delegateQuota", 3));
        clock.set(Instant.parse("2026-01-10T09:00:00Z"));
        register(setup, List.of("Informal consultations"))
                .statusCode(409)
                .contentType("application/problem+json")
                .body("rule", equalTo("meeting-part-closed"))
                .body("part", equalTo("Informal consultations"));
        register(setup, List.of("Closing ceremony")).statusCode(400).body("violations.field", hasItem("meetingParts"));
        register(setup, List.of("Plenary")).statusCode(201).body("meetingParts", contains("Plenary"));
        Fixtures.register(setup.organisation(), setup.session())
                .statusCode(201)
                .body("meetingParts", contains("Plenary"));
        as(Tokens.secretariat())
                .get("/sessions/{id}/participants.csv", setup.session())
                .then()
                .statusCode(200)
                .body(containsString(",meeting_parts\r\n"))
                .body(containsString(",\"Plenary\"\r\n"));
    }

    @Test
    void aSessionWithAMissingMeetingPartIsRefusedNamingTheElementAndNothingIsCreated() {
        Map<String, Object> session = new HashMap<>(Fixtures.vienna(Fixtures.newBodyId()));
        List<Object> parts = new ArrayList<>();
        parts.add(null);
        session.put("meetingParts", parts);
        session.put("title", "Session " + java.util.UUID.randomUUID());

        as(Tokens.secretariat())
                .contentType(ContentType.JSON)
                .body(session)
                .post("/sessions")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("rule", equalTo("invalid-request"))
                .body("violations.field", hasItem(containsString("meetingParts[0]")))
                .body("detail", org.hamcrest.Matchers.not(containsString("org.plenary")));
        as(Tokens.secretariat())
                .queryParam("bodyId", session.get("bodyId"))
                .get("/sessions")
                .then()
                .statusCode(200)
                .body("items", org.hamcrest.Matchers.empty());
    }
}

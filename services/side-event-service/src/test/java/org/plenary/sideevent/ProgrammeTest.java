package org.plenary.sideevent;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.plenary.testing.Requests.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.testing.MovableClock;
import org.plenary.testing.Tokens;

/** The public programme: approved events by day, time and room, in venue time, as JSON and as iCalendar. */
@QuarkusTest
class ProgrammeTest {

    @Inject
    MovableClock clock;

    private UUID session;
    private String tuesdayOrganiser;
    private String tuesdayCoOrganiser;
    private UUID tuesday;
    private UUID wednesdayBoardroom;
    private UUID wednesdayM3;

    @BeforeEach
    void aProgramme() {
        clock.set(Fixtures.NOW);
        session = Fixtures.session();
        UUID m3 = Fixtures.room(session, "Conference Room M3", 80);
        UUID boardroom = Fixtures.room(session, "Boardroom B", 30);
        UUID tuesdayLunch = Fixtures.slot(session, Fixtures.TUESDAY_LUNCH);
        UUID wednesdayLunch = Fixtures.slot(session, Fixtures.TUESDAY_LUNCH.plus(Duration.ofDays(1)));
        UUID wednesdayMorning = Fixtures.slot(
                session, Fixtures.TUESDAY_LUNCH.plus(Duration.ofDays(1)).minus(Duration.ofMinutes(255)));

        Map<String, Object> hrw = Fixtures.proposal("Human rights safeguards in the Convention, clause by clause", 60);
        tuesdayOrganiser = Fixtures.eligibleOrganisation(session);
        tuesdayCoOrganiser = Fixtures.eligibleOrganisation(session);
        hrw.put(
                "coOrganisers",
                Map.of("organisations", List.of(tuesdayCoOrganiser), "memberStates", List.of("AT", "CL")));
        tuesday = UUID.fromString(Fixtures.propose(tuesdayOrganiser, session, hrw)
                .statusCode(201)
                .extract()
                .path("id"));
        wednesdayBoardroom = Fixtures.proposed(Fixtures.eligibleOrganisation(session), session, 25);
        wednesdayM3 = Fixtures.proposed(Fixtures.eligibleOrganisation(session), session, 25);
        UUID early = Fixtures.proposed(Fixtures.eligibleOrganisation(session), session, 25);
        Fixtures.proposed(Fixtures.eligibleOrganisation(session), session, 25); // pending: not on the programme
        Fixtures.approve(tuesday, m3, tuesdayLunch).statusCode(200);
        Fixtures.approve(wednesdayM3, m3, wednesdayLunch).statusCode(200);
        Fixtures.approve(wednesdayBoardroom, boardroom, wednesdayLunch).statusCode(200);
        Fixtures.approve(early, boardroom, wednesdayMorning).statusCode(200);
        as(Tokens.secretariat())
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "Withdrawn by agreement"))
                .post(
                        "/proposals/{id}/rejection",
                        Fixtures.proposed(Fixtures.eligibleOrganisation(session), session, 5))
                .then()
                .statusCode(200);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void approvedEventsByDayTimeAndRoomInVenueTimeWithoutLoggingIn() {
        given().get("/sessions/{s}/programme", session)
                .then()
                .statusCode(200)
                .body("timeZone", equalTo("Europe/Vienna"))
                .body("days.date", contains("2026-01-27", "2026-01-28"))
                .body("days[0].events.proposalId", contains(tuesday.toString()))
                .body("days[0].events[0].title", equalTo("Human rights safeguards in the Convention, clause by clause"))
                .body("days[0].events[0].organisationId", equalTo(tuesdayOrganiser))
                .body("days[0].events[0].organisationName", equalTo(Fixtures.organisationName(tuesdayOrganiser)))
                .body("days[0].events[0].coOrganisingOrganisations", contains(tuesdayCoOrganiser))
                .body(
                        "days[0].events[0].coOrganisingOrganisationNames",
                        contains(Fixtures.organisationName(tuesdayCoOrganiser)))
                .body("days[0].events[0].room", equalTo("Conference Room M3"))
                .body("days[0].events[0].startsAt", equalTo("2026-01-27T13:15:00+01:00"))
                .body("days[0].events[0].endsAt", equalTo("2026-01-27T14:05:00+01:00"))
                .body("days[0].events[0].startTime", equalTo("13:15"))
                .body("days[0].events[0].startsAtUtc", equalTo("2026-01-27T12:15:00Z"))
                .body("days[0].events[0].coOrganisingMemberStates", contains("AT", "CL"))
                .body("days[1].events.startTime", contains("09:00", "13:15", "13:15"))
                .body("days[1].events.room", contains("Boardroom B", "Boardroom B", "Conference Room M3"))
                .body("days[1].events[2].proposalId", equalTo(wednesdayM3.toString()))
                .body("days[1].events[1].proposalId", equalTo(wednesdayBoardroom.toString()));
    }

    @Test
    void theProgrammeAsAnICalendarFeed() {
        var response = given().get("/sessions/{s}/programme.ics", session)
                .then()
                .statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("text/calendar"))
                .extract();
        String ics = new String(response.asByteArray(), StandardCharsets.UTF_8);
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(ics.split("BEGIN:VEVENT", -1)).hasSize(5);
        String unfolded = ics.replace("\r\n ", "");
        assertThat(unfolded)
                .contains("UID:" + tuesday + "@side-event-service.plenary\r\n")
                .contains("DTSTAMP:20260110T090000Z\r\n")
                .contains("DTSTART:20260127T121500Z\r\nDTEND:20260127T130500Z\r\n")
                .contains("SUMMARY:Human rights safeguards in the Convention\\, clause by clause\r\n")
                .contains("LOCATION:Conference Room M3\\, Vienna International Centre\r\n")
                .contains("Organised by " + Fixtures.organisationName(tuesdayOrganiser) + " with "
                        + Fixtures.organisationName(tuesdayCoOrganiser));
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
    }

    @Test
    void anUnknownSessionHasNoProgramme() {
        given().get("/sessions/{s}/programme", UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().get("/sessions/{s}/programme.ics", UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }
}

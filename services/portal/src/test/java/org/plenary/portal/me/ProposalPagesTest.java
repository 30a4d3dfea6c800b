package org.plenary.portal.me;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.portal.stub.ServiceStubs;

/** Proposing a side event, following it to its room and slot, and editing it while it is pending. */
@QuarkusTest
@TestSecurity(user = "focal-point@hrw.test", roles = "organisation")
class ProposalPagesTest extends FocalPointPagesTestBase {

    private static final String SESSION = ServiceStubs.SESSION.toString();
    private static final String ID = "66666666-6666-4666-8666-666666666666";
    private static final String LUNCH = "c0000000-0000-4000-8000-000000000001";
    private static final String EVENING = "c0000000-0000-4000-8000-000000000002";

    @BeforeEach
    void theSessionsSlots() {
        services.json(
                "GET /side-event/sessions/" + SESSION + "/slots", """
                [{"id":"%s","sessionId":"%s","startsAt":"2026-01-26T12:15:00Z","endsAt":"2026-01-26T13:05:00Z",
                  "durationMinutes":50,"venueDate":"2026-01-26","startsAtVenueTime":"13:15","endsAtVenueTime":"14:05",
                  "label":"LUNCH"},
                 {"id":"%s","sessionId":"%s","startsAt":"2026-01-26T17:15:00Z","endsAt":"2026-01-26T18:05:00Z",
                  "durationMinutes":50,"venueDate":"2026-01-26","startsAtVenueTime":"18:15","endsAtVenueTime":"19:05",
                  "label":"EVENING"}]""".formatted(LUNCH, SESSION, EVENING, SESSION));
    }

    private static io.restassured.specification.RequestSpecification proposal() {
        return given().redirects()
                .follow(false)
                .formParam("title", "Safeguards in the Convention")
                .formParam("description", "Oversight and cross-border data access.")
                .formParam("format", "HYBRID")
                .formParam("expectedAttendance", "60")
                .formParam("coOrganisers.organisations", "org-2")
                .formParam("coOrganisers.memberStates", "at, cl")
                .formParam("preferredSlot", EVENING)
                .formParam("preferredSlot", LUNCH)
                .formParam("preferredSlot", "");
    }

    private void anApprovedProposal() {
        services.json("GET /side-event/proposals/" + ID, """
                {"id":"%s","sessionId":"%s","organisationId":"hrw","title":"Safeguards in the Convention",
                 "description":"Oversight and cross-border data access.","format":"HYBRID","expectedAttendance":60,
                 "coOrganisers":{"organisations":["org-2"],"memberStates":["AT"]},"preferredSlotIds":["%s"],
                 "status":"APPROVED","proposedAt":"2026-01-12T09:00:00Z",
                 "allocation":{"roomId":"b0000000-0000-4000-8000-000000000001","roomName":"Conference Room M3",
                  "slotId":"%s","startsAt":"2026-01-26T12:15:00Z","endsAt":"2026-01-26T13:05:00Z"}}""".formatted(ID, SESSION, LUNCH, LUNCH));
        services.json("GET /side-event/proposals/" + ID + "/history", """
                [{"action":"PROPOSE","to":"PENDING","actorRole":"organisation","at":"2026-01-12T09:00:00Z"},
                 {"action":"APPROVE","from":"PENDING","to":"APPROVED","actorRole":"secretariat","at":"2026-01-14T09:00:00Z"}]""");
    }

    @Test
    void theFormOffersTheAccreditedOrganisationsAndTheSessionsSlots() {
        String html = given().get("/me/side-events/new?sessionId=" + SESSION)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(html)
                .contains("<label for=\"co-org-2\">Organisation 02 for Digital Rights</label>")
                .contains("<option value=\"" + LUNCH + "\">January 26, 2026, 13:15–14:05 (LUNCH)</option>")
                .contains("<label for=\"preferredSlot-1\">First choice</label>")
                .contains("Proposal deadline", "closed");
    }

    @Test
    void inArabicThePageIsRightToLeftAndItsTextsFallBackToEnglish() {
        String html = given().cookie("lang", "ar")
                .get("/me/side-events/new?sessionId=" + SESSION)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(html).contains("<html lang=\"ar\" dir=\"rtl\"", "Preferred slots", "First choice");
    }

    @Test
    void aProposalIsSentWithItsCoOrganisersAndSlotsInOrder() {
        services.answer(
                "POST /side-event/sessions/" + SESSION + "/proposals",
                new ServiceStubs.Answer(
                        201, "application/json", "{\"id\":\"" + ID + "\",\"status\":\"PENDING\"}", Map.of()));
        String location = proposal()
                .post("/me/side-events?sessionId=" + SESSION)
                .then()
                .statusCode(303)
                .extract()
                .header("Location");
        assertThat(location).endsWith("/me/side-events/" + ID + "?done=proposed");
        assertThat(services.writes.get(0))
                .contains("\"expectedAttendance\":60", "\"format\":\"HYBRID\"")
                .contains("\"coOrganisers\":{\"organisations\":[\"org-2\"],\"memberStates\":[\"AT\",\"CL\"]}")
                .contains("\"preferredSlotIds\":[\"" + EVENING + "\",\"" + LUNCH + "\"]");
    }

    @Test
    void aCoOrganiserThatIsNotEligibleIsShownNextToTheCoOrganisers() {
        services.problem("POST /side-event/sessions/" + SESSION + "/proposals", 422, """
                {"status":422,"rule":"co-organiser-not-eligible",
                 "detail":"The co-organiser org-2 has no confirmed registration for the session."}""");
        String html = proposal()
                .post("/me/side-events?sessionId=" + SESSION)
                .then()
                .statusCode(422)
                .extract()
                .asString();
        assertThat(html)
                .contains("<a href=\"#coOrganisers-organisations\">The co-organiser org-2 has no confirmed")
                .contains("<p id=\"coOrganisers-organisations-error\" class=\"error-message\">")
                .contains("id=\"co-org-2\" name=\"coOrganisers.organisations\" value=\"org-2\" checked");
    }

    private String refusedWith(String violations) {
        services.problem("POST /side-event/sessions/" + SESSION + "/proposals", 400, """
                {"status":400,"rule":"invalid-request","detail":"Invalid request","violations":%s}""".formatted(violations));
        return proposal()
                .post("/me/side-events?sessionId=" + SESSION)
                .then()
                .statusCode(400)
                .extract()
                .asString();
    }

    @Test
    void aMemberStateTheServiceRefusesIsNamedNextToTheMemberStatesInput() {
        String html = refusedWith("""
                [{"field":"coOrganisers.memberStates[1]","message":"must be an ISO 3166-1 alpha-2 code such as AT"}]""");
        assertThat(html)
                .contains(
                        "<a href=\"#coOrganisers-memberStates\">CL: must be an ISO 3166-1 alpha-2 code such as AT</a>")
                .contains(
                        "<p id=\"coOrganisers-memberStates-error\" class=\"error-message\">"
                                + "<span class=\"visually-hidden\">Error:</span> CL: must be an ISO 3166-1 alpha-2 code such as AT")
                .contains("id=\"coOrganisers-memberStates\" name=\"coOrganisers.memberStates\" value=\"AT, CL\"");
    }

    @Test
    void aCoOrganiserTheServiceRefusesIsShownNextToItsOwnCheckbox() {
        String html = refusedWith("""
                [{"field":"coOrganisers.organisations[0]","message":"size must be between 0 and 100"}]""");
        assertThat(html)
                .contains("<a href=\"#co-org-2\">size must be between 0 and 100</a>")
                .contains("<div class=\"checkbox error\"><p id=\"co-org-2-error\" class=\"error-message\">")
                .contains("id=\"co-org-2\" name=\"coOrganisers.organisations\" value=\"org-2\" checked"
                        + " aria-describedby=\"co-org-2-error\">")
                .doesNotContain("id=\"coOrganisers-organisations-error\"");
    }

    @Test
    void aPreferredSlotTheServiceRefusesIsShownNextToTheSelectItWasChosenIn() {
        // The form chose the evening first and lunch second: the request's second slot is the second select's.
        String html = refusedWith("""
                [{"field":"preferredSlotIds[1]","message":"must not be null"}]""");
        assertThat(html)
                .contains("<a href=\"#preferredSlot-2\">must not be null</a>")
                .contains("<p id=\"preferredSlot-2-error\" class=\"error-message\">")
                .contains(
                        "<select id=\"preferredSlot-2\" name=\"preferredSlot\" aria-describedby=\"preferredSlot-2-error\">")
                .doesNotContain("id=\"preferredSlot-1-error\"", "id=\"preferredSlotIds-error\"");
    }

    @Test
    void aFieldInsideAListElementTheFormHasNoInputForIsShownAtTheListsGroup() {
        String html = refusedWith("""
                [{"field":"preferredSlotIds[7].start","message":"must be in the session"}]""");
        assertThat(html)
                .contains("<a href=\"#preferredSlotIds\">must be in the session</a>")
                .contains("<p id=\"preferredSlotIds-error\" class=\"error-message\">");
    }

    @Test
    void anApprovedSideEventShowsItsRoomAndSlotInVenueTime() {
        anApprovedProposal();
        String html = given().get("/me/side-events/" + ID)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(html)
                .contains("Approved: in the programme", "<dd id=\"room\">Conference Room M3</dd>")
                .contains("13:15", "(venue time, Europe/Vienna)", "Organisation 02 for Digital Rights")
                .doesNotContain("/edit\"");
    }

    @Test
    void aPendingProposalIsEditedThroughTheSameFormBeforeTheDeadline() {
        services.json("GET /registration/sessions/" + SESSION, """
                {"sessionId":"%s","bodyId":"ahc-cybercrime","title":"Ad Hoc Committee, concluding session",
                 "venue":"Vienna International Centre","timeZone":"Europe/Vienna",
                 "startDate":"2026-01-26","endDate":"2026-01-30","registrationDeadline":"2026-01-22T17:00:00Z",
                 "participation":"ACCREDITATION_ONLY","delegateQuota":2,"nominationLetterRequired":false,
                 "sideEventProposalDeadline":"2026-01-21T17:00:00Z"}""".formatted(SESSION));
        services.json("GET /side-event/proposals/" + ID, """
                {"id":"%s","sessionId":"%s","organisationId":"hrw","title":"Safeguards","description":"D",
                 "format":"ONLINE","expectedAttendance":30,"coOrganisers":{"organisations":[],"memberStates":[]},
                 "preferredSlotIds":["%s"],"status":"PENDING"}""".formatted(ID, SESSION, EVENING));
        services.json("GET /side-event/proposals/" + ID + "/history", "[]");
        String detail = given().get("/me/side-events/" + ID)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(detail).contains("href=\"/me/side-events/" + ID + "/edit\"");
        String form = given().get("/me/side-events/" + ID + "/edit")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(form)
                .contains("value=\"Safeguards\"", "id=\"format-ONLINE\" name=\"format\" value=\"ONLINE\" checked")
                .contains("<option value=\"" + EVENING + "\" selected>");
        services.json("PUT /side-event/proposals/" + ID, "{\"id\":\"" + ID + "\",\"status\":\"PENDING\"}");
        proposal().post("/me/side-events/" + ID + "/edit").then().statusCode(303);
        assertThat(services.writes.get(0)).contains("\"title\":\"Safeguards in the Convention\"");
    }
}

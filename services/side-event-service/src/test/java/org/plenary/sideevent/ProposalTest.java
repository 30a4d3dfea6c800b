package org.plenary.sideevent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.plenary.testing.Requests.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.contracts.EventSchemas;
import org.plenary.contracts.SideEventEvents;
import org.plenary.testing.KafkaEvents;
import org.plenary.testing.MovableClock;
import org.plenary.testing.Tokens;

/** Who may propose, until when, and how a proposal is edited or withdrawn until it is decided. */
@QuarkusTest
class ProposalTest {

    @Inject
    MovableClock clock;

    @BeforeEach
    void beforeTheDeadline() {
        clock.set(Fixtures.NOW);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void anOrganisationWithAConfirmedRegistrationProposesAndTheEventMatchesItsSchema() {
        UUID session = Fixtures.session();
        String organisation = Fixtures.eligibleOrganisation(session);
        String coOrganiser = Fixtures.eligibleOrganisation(session);
        UUID lunch = Fixtures.slot(session, Fixtures.TUESDAY_LUNCH);
        Map<String, Object> body = Fixtures.proposal("The Convention against Cybercrime and the press", 60);
        body.put("format", "IN_PERSON");
        body.put("coOrganisers", Map.of("organisations", List.of(coOrganiser), "memberStates", List.of("AT", "CL")));
        body.put("preferredSlotIds", List.of(lunch.toString()));
        try (KafkaEvents events = KafkaEvents.follow(SideEventEvents.PROPOSALS_TOPIC)) {
            var created = Fixtures.propose(organisation, session, body)
                    .statusCode(201)
                    .body("status", equalTo("PENDING"))
                    .body("organisationId", equalTo(organisation))
                    .body("coOrganisers.organisations", contains(coOrganiser))
                    .body("coOrganisers.memberStates", contains("AT", "CL"))
                    .body("preferredSlotIds", contains(lunch.toString()))
                    .body("proposedAt", equalTo(Fixtures.NOW.toString()))
                    .body("allocation", nullValue())
                    .extract();
            String id = created.path("id");
            assertThat(created.header("Location")).endsWith("/proposals/" + id);
            KafkaEvents.Event proposed = events.awaitType(SideEventEvents.PROPOSAL_PROPOSED, id);
            assertThat(proposed.key()).isEqualTo(session.toString());
            assertThat(proposed.body().path("aggregateType").asText()).isEqualTo("session");
            assertThat(proposed.data().path("organisationId").asText()).isEqualTo(organisation);
            assertThat(proposed.data().path("actor").path("role").asText()).isEqualTo("organisation");
            assertThat(EventSchemas.validate(proposed.body())).isEmpty();
        }
    }

    @Test
    void anOrganisationWithoutAConfirmedRegistrationCannotPropose() {
        UUID session = Fixtures.session();
        String pending = Fixtures.newOrganisationId();
        Fixtures.registration("registration.registration.registered", UUID.randomUUID(), session, pending, "PENDING");
        Fixtures.propose(pending, session, Fixtures.proposal("Encryption and lawful access", 20))
                .statusCode(403)
                .contentType("application/problem+json")
                .body("rule", equalTo("organisation-not-registered"))
                .body("organisationId", equalTo(pending));
        Fixtures.propose(pending, UUID.randomUUID(), Fixtures.proposal("Encryption and lawful access", 20))
                .statusCode(404)
                .body("rule", equalTo("not-found"));
    }

    @Test
    void coOrganisingOrganisationsMustBeEligibleTooAndTheRefusalSaysNothingOfTheirRegistrations() {
        UUID session = Fixtures.session();
        String organisation = Fixtures.eligibleOrganisation(session);
        String eligible = Fixtures.eligibleOrganisation(session);
        String unregistered = Fixtures.newOrganisationId();
        Map<String, Object> body = Fixtures.proposal("Joint statement on Article 24", 30);
        body.put("coOrganisers", Map.of("organisations", List.of(eligible, unregistered)));
        Fixtures.propose(organisation, session, body)
                .statusCode(409)
                .contentType("application/problem+json")
                .body("rule", equalTo("co-organiser-not-eligible"))
                .body("organisations", contains(unregistered))
                .body("detail", containsString(unregistered))
                .body("detail", not(containsStringIgnoringCase("regist")))
                .body("title", not(containsStringIgnoringCase("regist")));
        // A co-organiser whose registration is pending is refused in the same words as one the service never heard of.
        String pending = Fixtures.newOrganisationId();
        Fixtures.applied(Fixtures.registrationEvent(
                "registration.registration.registered", UUID.randomUUID(), session, pending, "PENDING"));
        body.put("coOrganisers", Map.of("organisations", List.of(pending)));
        String pendingDetail = Fixtures.propose(organisation, session, body)
                .statusCode(409)
                .body("rule", equalTo("co-organiser-not-eligible"))
                .extract()
                .path("detail");
        body.put("coOrganisers", Map.of("organisations", List.of(unregistered)));
        String unknownDetail = Fixtures.propose(organisation, session, body)
                .statusCode(409)
                .extract()
                .path("detail");
        assertThat(pendingDetail.replace(pending, "X")).isEqualTo(unknownDetail.replace(unregistered, "X"));
        body.put("coOrganisers", Map.of("organisations", List.of(organisation)));
        Fixtures.propose(organisation, session, body)
                .statusCode(400)
                .body("violations[0].field", equalTo("coOrganisers.organisations"));
    }

    @Test
    void aProposalOneSecondAfterTheDeadlineIsRefusedWithTheDeadlineInVenueTimeAndUtc() {
        UUID session = Fixtures.session();
        String organisation = Fixtures.eligibleOrganisation(session);

        clock.set(Fixtures.DEADLINE.plusSeconds(1));
        Fixtures.propose(organisation, session, Fixtures.proposal("Too late", 20))
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:plenary:problem:deadline-passed"))
                .body("rule", equalTo("deadline-passed"))
                .body("deadline", equalTo("2026-01-12T17:00:00Z"))
                .body("deadlineVenueTime", equalTo("2026-01-12T18:00:00+01:00"))
                .body("timeZone", equalTo("Europe/Vienna"));
        clock.set(Fixtures.DEADLINE);
        Fixtures.propose(organisation, session, Fixtures.proposal("At the deadline", 20))
                .statusCode(409)
                .body("rule", equalTo("deadline-passed"));
        clock.set(Fixtures.DEADLINE.minusSeconds(1));
        Fixtures.propose(organisation, session, Fixtures.proposal("Just in time", 20))
                .statusCode(201);
        as(Tokens.organisation(organisation))
                .queryParam("sessionId", session.toString())
                .get("/proposals")
                .then()
                .body("total", equalTo(1))
                .body("items[0].title", equalTo("Just in time"));
    }

    @Test
    void theOrganisationEditsAndWithdrawsItsProposalUntilItIsDecidedAndNoOtherMay() {
        UUID session = Fixtures.session();
        String organisation = Fixtures.eligibleOrganisation(session);
        UUID id = Fixtures.proposed(organisation, session, 40);
        Map<String, Object> edited = Fixtures.proposal("Safeguards for human rights defenders", 45);
        try (KafkaEvents events = KafkaEvents.follow(SideEventEvents.PROPOSALS_TOPIC)) {
            as(Tokens.organisation(organisation))
                    .contentType(ContentType.JSON)
                    .body(edited)
                    .put("/proposals/{id}", id)
                    .then()
                    .statusCode(200)
                    .body("title", equalTo("Safeguards for human rights defenders"))
                    .body("expectedAttendance", equalTo(45));
            assertThat(EventSchemas.validate(events.awaitType(SideEventEvents.PROPOSAL_UPDATED, id.toString())
                            .body()))
                    .isEmpty();
            as(Tokens.organisation(Fixtures.newOrganisationId()))
                    .contentType(ContentType.JSON)
                    .body(edited)
                    .put("/proposals/{id}", id)
                    .then()
                    .statusCode(403)
                    .body("rule", equalTo("own-organisation-only"));
            as(Tokens.organisation(organisation))
                    .contentType(ContentType.JSON)
                    .body(Map.of("reason", "Merged with another side event"))
                    .post("/proposals/{id}/withdrawal", id)
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("WITHDRAWN"))
                    .body("reason", equalTo("Merged with another side event"));
            KafkaEvents.Event withdrawn = events.awaitType(SideEventEvents.PROPOSAL_WITHDRAWN, id.toString());
            assertThat(withdrawn.data().path("previousStatus").asText()).isEqualTo("PENDING");
            assertThat(EventSchemas.validate(withdrawn.body())).isEmpty();
        }
        as(Tokens.organisation(organisation))
                .contentType(ContentType.JSON)
                .body(edited)
                .put("/proposals/{id}", id)
                .then()
                .statusCode(409)
                .body("rule", equalTo("transition-not-allowed"))
                .body("currentStatus", equalTo("WITHDRAWN"));
    }

    private static ValidatableResponse edit(String organisation, UUID id) {
        return as(Tokens.organisation(organisation))
                .contentType(ContentType.JSON)
                .body(Fixtures.proposal("Edited title", 30))
                .put("/proposals/{id}", id)
                .then();
    }

    @Test
    void aProposalCannotBeEditedFromTheProposalDeadlineOn() {
        UUID session = Fixtures.session();
        String organisation = Fixtures.eligibleOrganisation(session);
        UUID id = Fixtures.proposed(organisation, session, 40);
        clock.set(Fixtures.DEADLINE);
        edit(organisation, id)
                .statusCode(409)
                .body("rule", equalTo("deadline-passed"))
                .body("deadline", equalTo(Fixtures.DEADLINE.toString()));
        Fixtures.proposalAsSecretariat(id).body("title", equalTo("Safeguards in cross-border data access"));
        clock.set(Fixtures.DEADLINE.minusSeconds(1));
        edit(organisation, id).statusCode(200).body("title", equalTo("Edited title"));
    }

    @Test
    void anOrganiserThatNoLongerHasAConfirmedRegistrationCannotEditItsProposal() {
        UUID session = Fixtures.session();
        String organisation = Fixtures.newOrganisationId();
        UUID head = Fixtures.confirmed(session, organisation);
        UUID id = Fixtures.proposed(organisation, session, 40);
        // A pending seat keeps the proposal, but not the right to propose or edit.
        Fixtures.applied(Fixtures.registrationEvent(
                "registration.registration.registered", UUID.randomUUID(), session, organisation, "PENDING"));
        Fixtures.applied(Fixtures.registrationEvent(
                "registration.registration.cancelled", head, session, organisation, "CANCELLED"));
        Fixtures.proposalAsSecretariat(id).body("status", equalTo("PENDING"));
        edit(organisation, id).statusCode(403).body("rule", equalTo("organisation-not-registered"));
        Fixtures.proposalAsSecretariat(id).body("title", equalTo("Safeguards in cross-border data access"));
    }

    @Test
    void aDecidedProposalCanNoLongerBeEditedOrWithdrawn() {
        UUID session = Fixtures.session();
        String organisation = Fixtures.eligibleOrganisation(session);
        UUID id = Fixtures.proposed(organisation, session, 40);
        Fixtures.approve(
                        id,
                        Fixtures.room(session, "Conference Room M3", 80),
                        Fixtures.slot(session, Fixtures.TUESDAY_LUNCH))
                .statusCode(200);
        as(Tokens.organisation(organisation))
                .contentType(ContentType.JSON)
                .post("/proposals/{id}/withdrawal", id)
                .then()
                .statusCode(409)
                .body("rule", equalTo("transition-not-allowed"))
                .body("currentStatus", equalTo("APPROVED"));
        as(Tokens.organisation(organisation))
                .contentType(ContentType.JSON)
                .body(Fixtures.proposal("Changed after approval", 40))
                .put("/proposals/{id}", id)
                .then()
                .statusCode(409)
                .body("rule", equalTo("transition-not-allowed"));
    }

    @Test
    void preferredSlotsMustBeSlotsOfTheSession() {
        UUID session = Fixtures.session();
        UUID otherSession = Fixtures.session();
        String organisation = Fixtures.eligibleOrganisation(session);
        UUID elsewhere = Fixtures.slot(otherSession, Fixtures.TUESDAY_LUNCH);
        Map<String, Object> body = Fixtures.proposal("Data protection in mutual legal assistance", 30);
        body.put("preferredSlotIds", List.of(elsewhere.toString()));
        Fixtures.propose(organisation, session, body)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("preferredSlotIds"));
    }

    @Test
    void listsArePagedAndAnOrganisationSeesOnlyItsOwnWhileCoOrganisersMayReadTheProposal() {
        UUID session = Fixtures.session();
        String mine = Fixtures.eligibleOrganisation(session);
        String partner = Fixtures.eligibleOrganisation(session);
        String other = Fixtures.eligibleOrganisation(session);
        Map<String, Object> joint = Fixtures.proposal("Joint event", 30);
        joint.put("coOrganisers", Map.of("organisations", List.of(partner)));
        String jointId =
                Fixtures.propose(mine, session, joint).statusCode(201).extract().path("id");
        Fixtures.proposed(mine, session, 20);
        UUID theirs = Fixtures.proposed(other, session, 20);

        as(Tokens.organisation(mine))
                .get("/proposals")
                .then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("items.organisationId", contains(mine, mine));
        as(Tokens.organisation(mine))
                .queryParam("organisationId", other)
                .get("/proposals")
                .then()
                .statusCode(403)
                .body("rule", equalTo("own-organisation-only"));
        as(Tokens.secretariat())
                .queryParam("sessionId", session.toString())
                .queryParam("status", "PENDING")
                .queryParam("size", 2)
                .get("/proposals")
                .then()
                .statusCode(200)
                .body("total", equalTo(3))
                .body("items.size()", equalTo(2));
        as(Tokens.secretariat())
                .queryParam("status", "ACCEPTED")
                .get("/proposals")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("status"));
        as(Tokens.secretariat())
                .queryParam("sessionId", "vienna")
                .get("/proposals")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("sessionId"));

        as(Tokens.organisation(partner))
                .get("/proposals/{id}", jointId)
                .then()
                .statusCode(200)
                .body("coOrganisers.organisations", hasItem(partner));
        as(Tokens.organisation(mine))
                .get("/proposals/{id}", theirs)
                .then()
                .statusCode(403)
                .body("rule", equalTo("own-organisation-only"));
    }
}

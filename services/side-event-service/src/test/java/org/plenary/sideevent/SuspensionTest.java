package org.plenary.sideevent;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.plenary.testing.Requests.as;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.sideevent.session.messaging.ProjectionRebuild;
import org.plenary.testing.MovableClock;
import org.plenary.testing.Tokens;

/**
 * While an organisation's accreditation to a session's body is suspended it may neither propose nor edit side events
 * for the session; what it has is kept, and a reinstatement lets it propose again.
 */
@QuarkusTest
class SuspensionTest {

    @Inject
    MovableClock clock;

    @Inject
    ProjectionRebuild rebuild;

    @BeforeEach
    void beforeTheDeadline() {
        clock.set(Fixtures.NOW);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static ObjectNode accredited(String organisation) {
        return Fixtures.accreditationEvent("accredited", organisation, Fixtures.BODY, "ACCREDITED");
    }

    private static ObjectNode suspended(String organisation) {
        return Fixtures.accreditationEvent("suspended", organisation, Fixtures.BODY, "SUSPENDED");
    }

    private static ObjectNode reinstated(String organisation) {
        return Fixtures.accreditationEvent("reinstated", organisation, Fixtures.BODY, "ACCREDITED");
    }

    private static ValidatableResponse edit(String organisation, UUID proposal, String title) {
        return as(Tokens.organisation(organisation))
                .contentType(ContentType.JSON)
                .body(Fixtures.proposal(title, 45))
                .put("/proposals/{id}", proposal)
                .then();
    }

    private static List<String> accreditationCopy(String organisation) {
        return Db.texts("select row_to_json(a)::text from accreditation a where organisation_id = '" + organisation
                + "' order by body_id");
    }

    @Test
    void aSuspendedOrganisationMayNeitherProposeNorEditAndKeepsWhatItHas() {
        UUID session = Fixtures.session();
        String organisation = Fixtures.eligibleOrganisation(session);
        Fixtures.accreditationApplied(accredited(organisation));
        UUID approved = Fixtures.proposed(organisation, session, 40);
        UUID pending = Fixtures.proposed(organisation, session, 40);
        UUID room = Fixtures.room(session, "Conference Room M7", 80);
        UUID slot = Fixtures.slot(session, Fixtures.TUESDAY_LUNCH);
        Fixtures.approve(approved, room, slot).statusCode(200);

        Fixtures.accreditationApplied(suspended(organisation));

        as(Tokens.organisation(organisation))
                .get("/sessions/{s}/eligibility/{o}", session, organisation)
                .then()
                .statusCode(200)
                .body("eligible", equalTo(false))
                .body("suspended", equalTo(true))
                .body("confirmedRegistrations", equalTo(1));
        Fixtures.propose(organisation, session, Fixtures.proposal("While suspended", 20))
                .statusCode(403)
                .contentType("application/problem+json")
                .body("rule", equalTo("organisation-suspended"))
                .body("bodyId", equalTo(Fixtures.BODY));
        edit(organisation, pending, "Edited while suspended")
                .statusCode(403)
                .body("rule", equalTo("organisation-suspended"));
        Fixtures.proposalAsSecretariat(pending)
                .body("status", equalTo("PENDING"))
                .body("title", equalTo("Safeguards in cross-border data access"));
        Fixtures.proposalAsSecretariat(approved)
                .body("status", equalTo("APPROVED"))
                .body("allocation.roomId", equalTo(room.toString()));
        given().get("/sessions/{s}/programme", session)
                .then()
                .statusCode(200)
                .body("days[0].events.proposalId", contains(approved.toString()));
        assertThat(Db.count("select count(*) from proposal where organisation_id = '" + organisation
                        + "' and status = 'CANCELLED'"))
                .as("a suspension cancels nothing")
                .isZero();
    }

    @Test
    void aSuspensionToAnotherBodyDoesNotStopProposals() {
        UUID session = Fixtures.session();
        String organisation = Fixtures.eligibleOrganisation(session);
        Fixtures.accreditationApplied(
                Fixtures.accreditationEvent("suspended", organisation, "another-body", "SUSPENDED"));

        Fixtures.propose(organisation, session, Fixtures.proposal("Suspended elsewhere", 20))
                .statusCode(201);
    }

    @Test
    void aReinstatedOrganisationMayProposeAndEditAgain() {
        UUID session = Fixtures.session();
        String organisation = Fixtures.eligibleOrganisation(session);
        UUID pending = Fixtures.proposed(organisation, session, 40);
        Fixtures.accreditationApplied(suspended(organisation));
        Fixtures.propose(organisation, session, Fixtures.proposal("While suspended", 20))
                .statusCode(403)
                .body("rule", equalTo("organisation-suspended"));

        Fixtures.accreditationApplied(reinstated(organisation));
        Fixtures.awaitEligible(session, organisation, true);

        Fixtures.propose(organisation, session, Fixtures.proposal("After the reinstatement", 20))
                .statusCode(201)
                .body("status", equalTo("PENDING"));
        edit(organisation, pending, "Edited after the reinstatement")
                .statusCode(200)
                .body("title", equalTo("Edited after the reinstatement"));
    }

    @Test
    void aRedeliveredSuspensionChangesNothing() {
        UUID session = Fixtures.session();
        String organisation = Fixtures.newOrganisationId();
        Fixtures.confirmed(session, organisation);
        ObjectNode suspension = suspended(organisation);
        Fixtures.accreditationApplied(suspension);
        Fixtures.accreditationApplied(reinstated(organisation));
        Fixtures.awaitEligible(session, organisation, true);
        List<String> copy = accreditationCopy(organisation);

        // The suspension comes again (the broker redelivers it); a later event of the organisation, on the same
        // partition, tells when it has been read.
        Fixtures.publishAccreditation(suspension);
        Fixtures.accreditationApplied(
                Fixtures.accreditationEvent("accredited", organisation, "another-body", "ACCREDITED"));

        assertThat(accreditationCopy(organisation)).hasSize(2).first().isEqualTo(copy.get(0));
        assertThat(Db.count("select count(*) from processed_event where consumer = 'accreditations' and event_id = '"
                        + suspension.path("id").asText() + "'"))
                .isEqualTo(1);
        Fixtures.propose(organisation, session, Fixtures.proposal("After the redelivery", 20))
                .statusCode(201);
    }

    @Test
    void theAccreditationCopyRebuiltFromTheTopicEqualsTheOriginal() {
        UUID session = Fixtures.session();
        String organisation = Fixtures.eligibleOrganisation(session);
        ObjectNode accreditation = accredited(organisation);
        ObjectNode suspension = suspended(organisation);
        Fixtures.accreditationApplied(accreditation);
        Fixtures.accreditationApplied(suspension);
        List<String> original = accreditationCopy(organisation);
        assertThat(original).hasSize(1).first().asString().contains("SUSPENDED");

        // The copy is lost, and with it the record of what was applied.
        Db.execute("delete from accreditation where organisation_id = '" + organisation + "'");
        Db.execute("delete from processed_event where event_id in ('"
                + accreditation.path("id").asText() + "', '"
                + suspension.path("id").asText() + "')");
        Fixtures.propose(organisation, session, Fixtures.proposal("Copy lost", 20))
                .statusCode(201);

        assertThat(rebuild.rebuildAccreditations()).isPositive();
        assertThat(accreditationCopy(organisation)).isEqualTo(original);
        Fixtures.propose(organisation, session, Fixtures.proposal("Copy rebuilt", 20))
                .statusCode(403)
                .body("rule", equalTo("organisation-suspended"));
    }
}

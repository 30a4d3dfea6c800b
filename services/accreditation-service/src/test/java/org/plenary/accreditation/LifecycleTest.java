package org.plenary.accreditation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.plenary.testing.Requests.as;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plenary.contracts.AccreditationEvents;
import org.plenary.contracts.EventSchemas;
import org.plenary.testing.KafkaEvents;
import org.plenary.testing.Tokens;

/** Rejection, withdrawal, suspension, reinstatement, revocation, and a body closing accreditation. */
@QuarkusTest
class LifecycleTest {

    private String accredited(String org, String body) {
        Fixtures.ecosocList();
        String id = Fixtures.apply(org, body, Fixtures.profile("ARTICLE 19", "SPECIAL"))
                .statusCode(201)
                .extract()
                .path("id");
        Fixtures.secretariat(id, "ecosoc-confirmation", null).statusCode(200);
        return id;
    }

    @Test
    void theSecretariatRejectsWithAReasonAndTheOrganisationMayApplyAgain() {
        String org = Fixtures.newOrganisationId();
        String body = Fixtures.body();
        String id = Fixtures.applied(org, body);
        Fixtures.secretariat(id, "rejection", Map.of())
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("reason"));
        Fixtures.secretariat(id, "rejection", Map.of("reason", "Not an organisation within the scope"))
                .statusCode(200)
                .body("status", equalTo("REJECTED"));
        Fixtures.apply(org, body, Fixtures.profile("Access Now", null)).statusCode(201);
    }

    @Test
    void anOrganisationHasOneApplicationInProgressPerBody() {
        String org = Fixtures.newOrganisationId();
        String body = Fixtures.body();
        Fixtures.applied(org, body);
        Fixtures.apply(org, body, Fixtures.profile("Access Now", null))
                .statusCode(409)
                .body("rule", equalTo("application-already-active"));
        Fixtures.apply(org, Fixtures.body(), Fixtures.profile("Access Now", null))
                .statusCode(201);
    }

    @Test
    void theOrganisationWithdrawsItsApplicationButNotAnothers() {
        String org = Fixtures.newOrganisationId();
        String id = Fixtures.applied(org, Fixtures.body());
        as(Tokens.organisation(Fixtures.newOrganisationId()))
                .contentType("application/json")
                .post("/applications/{id}/withdrawal", id)
                .then()
                .statusCode(403)
                .body("rule", equalTo("own-organisation-only"));
        as(Tokens.organisation(org))
                .contentType("application/json")
                .body(Map.of("reason", "Applying to the Conference instead"))
                .post("/applications/{id}/withdrawal", id)
                .then()
                .statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
        as(Tokens.organisation(org))
                .contentType("application/json")
                .body(Map.of("reason", "Applying to the Conference instead"))
                .post("/applications/{id}/withdrawal", id)
                .then()
                .statusCode(409)
                .body("rule", equalTo("transition-not-allowed"));
    }

    @Test
    void suspensionReinstatementAndRevocationAreKeptWithWhoWhenAndWhy() {
        String org = Fixtures.newOrganisationId();
        String body = Fixtures.body();
        String id = accredited(org, body);
        try (KafkaEvents events = KafkaEvents.follow(AccreditationEvents.APPLICATIONS_TOPIC)) {
            Fixtures.secretariat(id, "suspension", Map.of("reason", "Under investigation"))
                    .statusCode(200)
                    .body("status", equalTo("SUSPENDED"));
            given().get("/bodies/{b}/accredited-organisations", body)
                    .then()
                    .body("items.organisationId", not(hasItem(org)));
            Fixtures.secretariat(id, "reinstatement", Map.of("reason", "Cleared"))
                    .statusCode(200)
                    .body("status", equalTo("ACCREDITED"));
            Fixtures.secretariat(id, "revocation", Map.of("reason", "Misuse of accreditation"))
                    .statusCode(200)
                    .body("status", equalTo("REVOKED"));
            // What the registration and submission services read: the organisation, the body, the new status.
            KafkaEvents.Event suspended = events.awaitType(AccreditationEvents.APPLICATION_SUSPENDED, id);
            assertThat(suspended.key()).isEqualTo(org);
            assertThat(suspended.data().path("organisationId").asText()).isEqualTo(org);
            assertThat(suspended.data().path("bodyId").asText()).isEqualTo(body);
            assertThat(suspended.data().path("status").asText()).isEqualTo("SUSPENDED");
            assertThat(suspended.data().path("previousStatus").asText()).isEqualTo("ACCREDITED");
            assertThat(suspended.data().path("organisation").path("name").asText())
                    .isEqualTo("ARTICLE 19");
            assertThat(EventSchemas.validate(suspended.body())).isEmpty();
            KafkaEvents.Event reinstated = events.awaitType(AccreditationEvents.APPLICATION_REINSTATED, id);
            assertThat(reinstated.key()).isEqualTo(org);
            assertThat(reinstated.data().path("organisationId").asText()).isEqualTo(org);
            assertThat(reinstated.data().path("bodyId").asText()).isEqualTo(body);
            assertThat(reinstated.data().path("status").asText()).isEqualTo("ACCREDITED");
            assertThat(reinstated.data().path("accreditedAt").asText())
                    .isEqualTo(suspended.data().path("accreditedAt").asText())
                    .isNotEmpty();
            assertThat(EventSchemas.validate(reinstated.body())).isEmpty();
            KafkaEvents.Event revoked = events.awaitType(AccreditationEvents.APPLICATION_REVOKED, id);
            assertThat(revoked.data().path("reason").asText()).isEqualTo("Misuse of accreditation");
            assertThat(EventSchemas.validate(revoked.body())).isEmpty();
        }
        Fixtures.secretariat(id, "reinstatement", Map.of("reason", "Again"))
                .statusCode(409)
                .body("rule", equalTo("transition-not-allowed"));
        as(Tokens.organisation(org))
                .get("/applications/{id}/history", id)
                .then()
                .statusCode(200)
                .body("action", contains("SUBMIT", "FAST_TRACK", "SUSPEND", "REINSTATE", "REVOKE"))
                .body("[4].actorRole", equalTo("secretariat"))
                .body("[4].actor", equalTo("officer@secretariat.test"))
                .body("[4].reason", equalTo("Misuse of accreditation"));
    }

    @Test
    void aBodyThatClosedAccreditationTakesNoNewApplicationsUntilItReopens() {
        String body = Fixtures.body();
        as(Tokens.secretariat())
                .post("/bodies/{b}/accreditation/close", body)
                .then()
                .statusCode(200)
                .body("accreditationOpen", equalTo(false));
        Fixtures.apply(Fixtures.newOrganisationId(), body, Fixtures.profile("EFF", null))
                .statusCode(409)
                .contentType("application/problem+json")
                .body("rule", equalTo("accreditation-closed"));
        as(Tokens.secretariat())
                .post("/bodies/{b}/accreditation/reopen", body)
                .then()
                .statusCode(200);
        Fixtures.apply(Fixtures.newOrganisationId(), body, Fixtures.profile("EFF", null))
                .statusCode(201);
    }

    @Test
    void listsArePagedAndAnOrganisationSeesOnlyItsOwn() {
        String body = Fixtures.body();
        String mine = Fixtures.newOrganisationId();
        Fixtures.applied(mine, body);
        Fixtures.applied(Fixtures.newOrganisationId(), body);
        Fixtures.applied(Fixtures.newOrganisationId(), body);
        as(Tokens.secretariat())
                .queryParam("bodyId", body)
                .queryParam("size", 2)
                .get("/applications")
                .then()
                .statusCode(200)
                .body("total", equalTo(3))
                .body("items.size()", equalTo(2))
                .body("size", equalTo(2));
        as(Tokens.organisation(mine))
                .get("/applications")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].organisationId", equalTo(mine));
        as(Tokens.secretariat())
                .queryParam("size", 101)
                .get("/applications")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("size"));
        as(Tokens.secretariat())
                .queryParam("bodyId", body)
                .queryParam("status", "SUBMITTED")
                .get("/applications")
                .then()
                .statusCode(200)
                .body("total", equalTo(3));
        as(Tokens.secretariat())
                .queryParam("status", "PENDING")
                .get("/applications")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("status"));
    }
}

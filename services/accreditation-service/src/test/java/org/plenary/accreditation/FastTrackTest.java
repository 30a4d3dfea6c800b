package org.plenary.accreditation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.plenary.testing.Requests.as;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.plenary.contracts.AccreditationEvents;
import org.plenary.contracts.EventSchemas;
import org.plenary.testing.KafkaEvents;
import org.plenary.testing.Tokens;

@QuarkusTest
class FastTrackTest {

    @Test
    void aListedEcosocApplicantIsAccreditedAtOnceWhereTheBodySaysSoAndTheEventReachesKafka() {
        String body = Fixtures.body("AUTOMATIC", null, null);
        String org = Fixtures.newOrganisationId();
        Fixtures.ecosocList();
        try (KafkaEvents events = KafkaEvents.follow(AccreditationEvents.APPLICATIONS_TOPIC)) {
            String id = Fixtures.apply(org, body, Fixtures.profile("Human Rights Watch", "SPECIAL"))
                    .statusCode(201)
                    .body("status", equalTo("ACCREDITED"))
                    .extract()
                    .path("id");

            KafkaEvents.Event accredited = events.awaitType(AccreditationEvents.APPLICATION_ACCREDITED, id);
            assertThat(accredited.key()).isEqualTo(org);
            assertThat(accredited.headers())
                    .containsEntry("ce_type", AccreditationEvents.APPLICATION_ACCREDITED)
                    .containsEntry("ce_subject", id)
                    .containsEntry("ce_source", "/plenary/accreditation-service")
                    .containsKey("ce_id");
            assertThat(accredited.data().path("status").asText()).isEqualTo("ACCREDITED");
            assertThat(accredited.data().path("previousStatus").asText()).isEqualTo("SUBMITTED");
            assertThat(EventSchemas.validate(accredited.body())).isEmpty();
            assertThat(EventSchemas.validate(events.awaitType(AccreditationEvents.APPLICATION_SUBMITTED, id)
                            .body()))
                    .isEmpty();
        }
        given().get("/bodies/{id}/accredited-organisations", body)
                .then()
                .statusCode(200)
                .body("items.organisationId", hasItem(org))
                .body("items[0].name", equalTo("Human Rights Watch"));
    }

    @Test
    void theCallersCorrelationIdIsEchoedAndCarriedByTheEventsItCauses() {
        String body = Fixtures.body("AUTOMATIC", null, null);
        String org = Fixtures.newOrganisationId();
        Fixtures.ecosocList();
        try (KafkaEvents events = KafkaEvents.follow(AccreditationEvents.APPLICATIONS_TOPIC)) {
            String id = as(Tokens.organisation(org))
                    .header("X-Correlation-Id", "walkthrough-42")
                    .contentType("application/json")
                    .body(java.util.Map.of("bodyId", body, "organisation", Fixtures.profile("IFEX", "ROSTER")))
                    .post("/applications")
                    .then()
                    .statusCode(201)
                    .header("X-Correlation-Id", "walkthrough-42")
                    .extract()
                    .path("id");
            assertThat(events.awaitType(AccreditationEvents.APPLICATION_ACCREDITED, id)
                            .body()
                            .path("correlationId")
                            .asText())
                    .isEqualTo("walkthrough-42");
        }
    }

    @Test
    void aListedEcosocApplicantWaitsForTheSecretariatsConfirmationByDefault() {
        String body = Fixtures.body();
        Fixtures.ecosocList();
        String id = Fixtures.apply(
                        Fixtures.newOrganisationId(), body, Fixtures.profile("Privacy International", "GENERAL"))
                .statusCode(201)
                .body("status", equalTo("SUBMITTED"))
                .extract()
                .path("id");

        Fixtures.secretariat(id, "ecosoc-confirmation", null).statusCode(200).body("status", equalTo("ACCREDITED"));
        as(Tokens.secretariat())
                .get("/applications/{id}/history", id)
                .then()
                .statusCode(200)
                .body("action", org.hamcrest.Matchers.contains("SUBMIT", "FAST_TRACK"))
                .body("[1].actorRole", equalTo("secretariat"));
    }

    @Test
    void confirmingEcosocStatusThatWasNotDeclaredIsRefused() {
        String id = Fixtures.applied(Fixtures.newOrganisationId(), Fixtures.body());
        Fixtures.secretariat(id, "ecosoc-confirmation", null)
                .statusCode(409)
                .contentType("application/problem+json")
                .body("rule", equalTo("not-in-ecosoc-status"));
    }
}

package org.plenary.accreditation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.plenary.testing.Requests.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.plenary.contracts.AccreditationEvents;
import org.plenary.contracts.EventSchemas;
import org.plenary.testing.KafkaEvents;
import org.plenary.testing.Tokens;

/** A body's policy on a revoked organisation's published submissions: defined, changed, and told in its events. */
@QuarkusTest
class RevokedSubmissionsPolicyTest {

    private static String newBodyId() {
        return "body-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void byDefaultARevokedOrganisationsSubmissionsStayMarked() {
        String body = newBodyId();
        try (KafkaEvents events = KafkaEvents.follow(AccreditationEvents.BODIES_TOPIC)) {
            as(Tokens.secretariat())
                    .contentType(ContentType.JSON)
                    .body(Map.of("id", body, "name", "Conference of the States Parties"))
                    .post("/bodies")
                    .then()
                    .statusCode(201)
                    .body("revokedSubmissions", equalTo("KEEP_MARKED"));
            KafkaEvents.Event defined = events.awaitType(AccreditationEvents.BODY_DEFINED, body);
            assertThat(defined.data().path("revokedSubmissions").asText()).isEqualTo("KEEP_MARKED");
            assertThat(EventSchemas.validate(defined.body())).isEmpty();
        }
        given().get("/bodies/{id}", body).then().statusCode(200).body("revokedSubmissions", equalTo("KEEP_MARKED"));
    }

    @Test
    void aBodyDefinedToWithdrawThemAndChangedBackSaysSoInItsViewAndEvents() {
        String body = newBodyId();
        try (KafkaEvents events = KafkaEvents.follow(AccreditationEvents.BODIES_TOPIC)) {
            as(Tokens.secretariat())
                    .contentType(ContentType.JSON)
                    .body(Map.of("id", body, "name", "Ad Hoc Committee", "revokedSubmissions", "WITHDRAW"))
                    .post("/bodies")
                    .then()
                    .statusCode(201)
                    .body("revokedSubmissions", equalTo("WITHDRAW"));
            KafkaEvents.Event defined = events.awaitType(AccreditationEvents.BODY_DEFINED, body);
            assertThat(defined.data().path("revokedSubmissions").asText()).isEqualTo("WITHDRAW");
            assertThat(EventSchemas.validate(defined.body())).isEmpty();

            // A change that leaves the policy out keeps it.
            as(Tokens.secretariat())
                    .contentType(ContentType.JSON)
                    .body(Map.of("name", "Ad Hoc Committee (renamed)"))
                    .put("/bodies/{id}", body)
                    .then()
                    .statusCode(200)
                    .body("revokedSubmissions", equalTo("WITHDRAW"));

            as(Tokens.secretariat())
                    .contentType(ContentType.JSON)
                    .body(Map.of("name", "Ad Hoc Committee (renamed)", "revokedSubmissions", "KEEP_MARKED"))
                    .put("/bodies/{id}", body)
                    .then()
                    .statusCode(200)
                    .body("revokedSubmissions", equalTo("KEEP_MARKED"));
            KafkaEvents.Event updated = events.await(e -> AccreditationEvents.BODY_UPDATED.equals(e.type())
                    && body.equals(e.data().path("bodyId").asText())
                    && "KEEP_MARKED".equals(e.data().path("revokedSubmissions").asText()));
            assertThat(EventSchemas.validate(updated.body())).isEmpty();
        }
        given().get("/bodies/{id}", body).then().statusCode(200).body("revokedSubmissions", equalTo("KEEP_MARKED"));
    }

    @Test
    void anUnknownPolicyIsRefusedNamingTheField() {
        String body = newBodyId();
        as(Tokens.secretariat())
                .contentType(ContentType.JSON)
                .body(Map.of("id", body, "name", "X", "revokedSubmissions", "HIDE"))
                .post("/bodies")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("rule", equalTo("unreadable-body"))
                .body("violations.field", hasItem("revokedSubmissions"));
        given().get("/bodies/{id}", body).then().statusCode(404);

        String defined = Fixtures.body();
        as(Tokens.secretariat())
                .contentType(ContentType.JSON)
                .body(Map.of("name", "X", "revokedSubmissions", "withdraw"))
                .put("/bodies/{id}", defined)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("revokedSubmissions"));
        given().get("/bodies/{id}", defined).then().body("revokedSubmissions", equalTo("KEEP_MARKED"));
    }
}

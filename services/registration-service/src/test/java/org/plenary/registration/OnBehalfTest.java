package org.plenary.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.plenary.testing.Requests.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plenary.contracts.EventSchemas;
import org.plenary.contracts.RegistrationEvents;
import org.plenary.testing.KafkaEvents;
import org.plenary.testing.Tokens;

/** The secretariat registers delegates on an organisation's behalf, under the same rules. */
@QuarkusTest
class OnBehalfTest extends ClockedTest {

    private static ValidatableResponse registerOnBehalf(String organisationId, String session, String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("delegate", Fixtures.delegate(name));
        body.put("joinWaitingList", false);
        if (organisationId != null) {
            body.put("organisationId", organisationId);
        }
        return as(Tokens.secretariat())
                .contentType(ContentType.JSON)
                .body(body)
                .post("/sessions/{id}/registrations", session)
                .then();
    }

    @Test
    void theSecretariatRegistersOnAnOrganisationsBehalfUnderItsQuotaAndDeadlineAndIsRecordedAsTheActor() {
        Fixtures.Setup setup = Fixtures.accreditedVienna(Map.of());
        clock.set(Instant.parse("2026-01-10T09:00:00Z"));
        try (KafkaEvents events = KafkaEvents.follow(RegistrationEvents.REGISTRATIONS_TOPIC)) {
            String id = registerOnBehalf(setup.organisation(), setup.session(), "Sent By E-mail")
                    .statusCode(201)
                    .body("organisationId", equalTo(setup.organisation()))
                    .extract()
                    .path("id");
            KafkaEvents.Event registered = events.awaitType(RegistrationEvents.REGISTERED, id);
            assertThat(EventSchemas.validate(registered.body())).isEmpty();
            assertThat(registered.key()).isEqualTo(setup.organisation());
            assertThat(registered.data().path("actor").path("role").asText()).isEqualTo("secretariat");
        }
        registerOnBehalf(setup.organisation(), setup.session(), "Second")
                .statusCode(409)
                .body("rule", equalTo("quota-reached"));
        registerOnBehalf(null, setup.session(), "Nobody's")
                .statusCode(400)
                .body("violations.field", hasItem("organisationId"));
        registerOnBehalf(Fixtures.newOrganisationId(), setup.session(), "Unaccredited")
                .statusCode(409)
                .body("rule", equalTo("not-accredited"));

        Fixtures.Setup late = Fixtures.accreditedVienna(Map.of());
        clock.set(Instant.parse("2026-01-23T09:00:00Z"));
        registerOnBehalf(late.organisation(), late.session(), "Too Late")
                .statusCode(409)
                .body("rule", equalTo("deadline-passed"));
    }
}

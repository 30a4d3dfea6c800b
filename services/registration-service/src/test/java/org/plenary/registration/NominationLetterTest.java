package org.plenary.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.plenary.testing.Requests.as;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plenary.contracts.EventSchemas;
import org.plenary.contracts.RegistrationEvents;
import org.plenary.testing.KafkaEvents;
import org.plenary.testing.Tokens;

/** Nomination letters are kept in versions, and each upload is an event. */
@QuarkusTest
class NominationLetterTest extends ClockedTest {

    private static void upload(Fixtures.Setup setup, String text, int version) {
        as(Tokens.organisation(setup.organisation()))
                .contentType("application/pdf")
                .body(Letters.signedLetter(text))
                .put("/sessions/{id}/nomination-letter", setup.session())
                .then()
                .statusCode(204)
                .header("X-Letter-Version", String.valueOf(version));
    }

    /** The text of the letter the service gives back. */
    private static String letter(Fixtures.Setup setup, Integer version) {
        return Letters.text(letterBytes(setup, version));
    }

    private static byte[] letterBytes(Fixtures.Setup setup, Integer version) {
        var request = as(Tokens.secretariat());
        if (version != null) {
            request = request.queryParam("version", version);
        }
        return request.get("/sessions/{id}/nomination-letters/{org}", setup.session(), setup.organisation())
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .extract()
                .asByteArray();
    }

    @Test
    void aNewLetterKeepsTheOldOneAndEachUploadIsAnEvent() {
        Fixtures.Setup setup = Fixtures.accreditedVienna(Map.of("nominationLetterRequired", true));
        clock.set(Instant.parse("2026-01-10T09:00:00Z"));
        try (KafkaEvents events = KafkaEvents.follow(RegistrationEvents.REGISTRATIONS_TOPIC)) {
            upload(setup, "first letter", 1);
            upload(setup, "second letter naming one more delegate", 2);
            KafkaEvents.Event second = events.await(e -> e.type().equals(RegistrationEvents.LETTER_UPLOADED)
                    && e.key().equals(setup.organisation())
                    && e.data().path("version").asInt() == 2);
            assertThat(EventSchemas.validate(second.body())).isEmpty();
            assertThat(second.data().path("sessionId").asText()).isEqualTo(setup.session());
            assertThat(second.data().path("sha256").asText()).hasSize(64);
        }
        assertThat(letter(setup, null)).contains("second letter");
        assertThat(letter(setup, 1)).contains("first letter");
        assertThat(letter(setup, 2)).contains("second letter");
        as(Tokens.secretariat())
                .queryParam("version", 3)
                .get("/sessions/{id}/nomination-letters/{org}", setup.session(), setup.organisation())
                .then()
                .statusCode(404)
                .body("rule", equalTo("not-found"));
    }
}

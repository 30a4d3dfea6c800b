package org.plenary.accreditation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plenary.contracts.AccreditationEvents;
import org.plenary.testing.KafkaEvents;

/** The application events carry the organisation's contact e-mail and language, for the notification service. */
@QuarkusTest
class ContactInEventsTest {

    @Test
    void anApplicationsEventsCarryItsContactAddressAndLanguage() {
        String org = Fixtures.newOrganisationId();
        String body = Fixtures.body();
        Map<String, Object> profile = Fixtures.profile("Derechos Digitales", null);
        profile.put("language", "es");
        try (KafkaEvents events = KafkaEvents.follow(AccreditationEvents.APPLICATIONS_TOPIC)) {
            String id = Fixtures.apply(org, body, profile)
                    .statusCode(201)
                    .body("organisation.language", equalTo("es"))
                    .extract()
                    .path("id");
            KafkaEvents.Event submitted = events.awaitType(AccreditationEvents.APPLICATION_SUBMITTED, id);
            assertThat(submitted
                            .data()
                            .path("organisation")
                            .path("contactEmail")
                            .asText())
                    .isEqualTo("focal.point@example.org");
            assertThat(submitted.data().path("organisation").path("language").asText())
                    .isEqualTo("es");
        }
    }

    @Test
    void anOrganisationThatNamesNoLanguageIsWrittenToInEnglishAndAnotherLanguageIsRefused() {
        String body = Fixtures.body();
        Fixtures.apply(Fixtures.newOrganisationId(), body, Fixtures.profile("Access Now", null))
                .statusCode(201)
                .body("organisation.language", equalTo("en"));
        Map<String, Object> profile = Fixtures.profile("Access Now", null);
        profile.put("language", "de");
        Fixtures.apply(Fixtures.newOrganisationId(), body, profile).statusCode(400);
    }
}

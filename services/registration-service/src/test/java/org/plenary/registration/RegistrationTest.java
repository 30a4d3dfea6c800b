package org.plenary.registration;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;
import static org.plenary.testing.Requests.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.plenary.contracts.EventSchemas;
import org.plenary.contracts.RegistrationEvents;
import org.plenary.testing.KafkaEvents;
import org.plenary.testing.Tokens;

@QuarkusTest
class RegistrationTest extends ClockedTest {

    /** During the registration period of the Vienna session. */
    private static final Instant JANUARY_10 = Instant.parse("2026-01-10T09:00:00Z");

    @Test
    void onlyOrganisationsAccreditedToTheBodyMayRegisterForAnAccreditationOnlySession() {
        clock.set(JANUARY_10);
        String body = Fixtures.newBodyId();
        String session = Fixtures.createSession(Fixtures.vienna(body));
        String organisation = Fixtures.newOrganisationId();
        Fixtures.register(organisation, session)
                .statusCode(409)
                .contentType("application/problem+json")
                .body("rule", equalTo("not-accredited"))
                .body("bodyId", equalTo(body));

        Fixtures.accredit(organisation, body, Instant.parse("2025-06-01T00:00:00Z"));
        Fixtures.awaitEligible(session, organisation);
        try (KafkaEvents events = KafkaEvents.follow(RegistrationEvents.REGISTRATIONS_TOPIC)) {
            String id = Fixtures.register(organisation, session)
                    .statusCode(201)
                    .body("status", equalTo("CONFIRMED"))
                    .body("late", equalTo(false))
                    .extract()
                    .path("id");
            KafkaEvents.Event registered = events.awaitType(RegistrationEvents.REGISTERED, id);
            assertThat(registered.key()).isEqualTo(organisation);
            assertThat(registered.data().path("organisationName").asText()).isEqualTo("Organisation " + organisation);
            // The one address in the event is the delegate's own, for the notification service's confirmation.
            String address = registered.data().path("delegate").path("email").asText();
            assertThat(address).endsWith("@example.org");
            assertThat(registered.rawValue().split("@example.org", -1)).hasSize(2);
            assertThat(EventSchemas.validate(registered.body())).isEmpty();
        }
    }

    @Test
    void anOrganisationAccreditedAfterTheCutOffMayNotRegister() {
        clock.set(JANUARY_10);
        String body = Fixtures.newBodyId();
        Map<String, Object> vienna = Fixtures.vienna(body);
        vienna.put("accreditationCutoff", "2025-11-30");
        String session = Fixtures.createSession(vienna);
        String organisation = Fixtures.newOrganisationId();
        Fixtures.accredit(organisation, body, Instant.parse("2025-12-15T10:00:00Z"));
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> Fixtures.register(organisation, session)
                        .statusCode(409)
                        .body("rule", equalTo("not-accredited"))
                        .body("accreditationCutoffVenue", equalTo("2025-11-30T23:59:59+01:00")));
    }

    @Test
    void oneSecondBeforeTheDeadlineInViennaIsInAndOneSecondAfterIsRefusedWithTheDeadlineInVenueTimeAndUtc() {
        Fixtures.Setup setup = Fixtures.accreditedVienna(Map.of());
        clock.set(Instant.parse("2026-01-22T16:59:59Z"));
        Fixtures.register(setup.organisation(), setup.session()).statusCode(201);

        Fixtures.Setup other = Fixtures.accreditedVienna(Map.of());
        clock.set(Instant.parse("2026-01-22T17:00:01Z"));
        Fixtures.register(other.organisation(), other.session())
                .statusCode(409)
                .body("rule", equalTo("deadline-passed"))
                .body("deadline", equalTo("2026-01-22T17:00:00Z"))
                .body("deadlineVenue", equalTo("2026-01-22T18:00+01:00"))
                .body("timeZone", equalTo("Europe/Vienna"));
    }

    @Test
    void aDateAloneClosesRegistrationAtTheLastSecondOfThatDayInViennaAcrossTheSpringClockChange() {
        // Summer time starts in Vienna on 29 March 2026: that day's 23:59:59 is 21:59:59 UTC, not 22:59:59.
        Map<String, Object> spring = Fixtures.vienna(Fixtures.newBodyId());
        spring.put("participation", "OPEN");
        spring.put("startDate", "2026-04-13");
        spring.put("endDate", "2026-04-17");
        spring.put("registrationDeadline", "2026-03-29");
        String session = Fixtures.createSession(spring);
        given().get("/sessions/{id}", session)
                .then()
                .body("registrationDeadline", equalTo("2026-03-29T21:59:59Z"))
                .body("registrationDeadlineVenue", equalTo("2026-03-29T23:59:59+02:00"));
        clock.set(Instant.parse("2026-03-29T21:59:58Z"));
        Fixtures.register(Fixtures.newOrganisationId(), session).statusCode(201);
        clock.set(Instant.parse("2026-03-29T22:00:00Z"));
        Fixtures.register(Fixtures.newOrganisationId(), session)
                .statusCode(409)
                .body("rule", equalTo("deadline-passed"))
                .body("deadlineVenue", equalTo("2026-03-29T23:59:59+02:00"));
    }

    @Test
    void aSessionThatAcceptsLateRegistrationsMarksThemLate() {
        Fixtures.Setup setup = Fixtures.accreditedVienna(Map.of("latePolicy", "ACCEPT_LATE"));
        clock.set(Instant.parse("2026-01-23T08:00:00Z"));
        Fixtures.register(setup.organisation(), setup.session()).statusCode(201).body("late", equalTo(true));
        clock.set(Instant.parse("2026-01-31T08:00:00Z"));
        Fixtures.register(setup.organisation(), setup.session(), Fixtures.delegate("Second"), false)
                .statusCode(409)
                .body("rule", equalTo("session-over"));
    }

    @Test
    void fiftySimultaneousRegistrationsAgainstAQuotaOfFiveGiveExactlyFive() throws Exception {
        clock.set(JANUARY_10);
        Map<String, Object> open = Fixtures.vienna(Fixtures.newBodyId());
        open.put("participation", "OPEN");
        open.put("delegateQuota", 5);
        String session = Fixtures.createSession(open);
        String organisation = Fixtures.newOrganisationId();
        String token = Tokens.organisation(organisation);

        ExecutorService pool = Executors.newFixedThreadPool(25);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            Map<String, Object> delegate = Fixtures.delegate("Delegate " + i);
            Callable<Integer> call = () -> as(token)
                    .contentType(ContentType.JSON)
                    .body(Map.of("delegate", delegate, "joinWaitingList", false))
                    .post("/sessions/{id}/registrations", session)
                    .statusCode();
            answers.add(pool.submit(call));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) {
            statuses.add(answer.get());
        }
        pool.shutdown();
        assertThat(statuses).containsOnly(201, 409);
        assertThat(statuses.stream().filter(s -> s == 201).count()).isEqualTo(5);
        as(token)
                .queryParam("sessionId", session)
                .queryParam("status", "CONFIRMED")
                .get("/registrations")
                .then()
                .body("total", equalTo(5));
    }

    @Test
    void fortyOrganisationsRegisteringAtOnceForTenSeatsGetExactlyTenAndTheOthersWaitInTheirTurn() throws Exception {
        clock.set(JANUARY_10);
        Map<String, Object> open = Fixtures.vienna(Fixtures.newBodyId());
        open.put("participation", "OPEN");
        open.put("delegateQuota", 5);
        open.put("seats", 10);
        String session = Fixtures.createSession(open);

        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Future<String>> answers = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String token = Tokens.organisation(Fixtures.newOrganisationId());
            Map<String, Object> delegate = Fixtures.delegate("Delegate " + i);
            Callable<String> call = () -> as(token)
                    .contentType(ContentType.JSON)
                    .body(Map.of("delegate", delegate, "joinWaitingList", true))
                    .post("/sessions/{id}/registrations", session)
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("status");
            answers.add(pool.submit(call));
        }
        List<String> statuses = new ArrayList<>();
        for (Future<String> answer : answers) {
            statuses.add(answer.get());
        }
        pool.shutdown();
        assertThat(statuses.stream().filter("CONFIRMED"::equals).count()).isEqualTo(10);
        assertThat(statuses.stream().filter("WAITLISTED"::equals).count()).isEqualTo(30);

        // A freed seat goes to the first who waits, and the seats stay ten.
        String secretariat = Tokens.secretariat();
        List<String> seated = as(secretariat)
                .queryParam("sessionId", session)
                .queryParam("status", "CONFIRMED")
                .get("/registrations")
                .then()
                .body("total", equalTo(10))
                .extract()
                .path("items.id");
        String firstWaiting = as(secretariat)
                .queryParam("sessionId", session)
                .queryParam("status", "WAITLISTED")
                .queryParam("size", 100)
                .get("/registrations")
                .then()
                .extract()
                .path("items.find { it.waitlistRank == 1 }.id");
        as(secretariat)
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "Cannot travel."))
                .post("/registrations/{id}/cancellation", seated.get(0))
                .then()
                .statusCode(200);
        as(secretariat).get("/registrations/{id}", firstWaiting).then().body("status", equalTo("CONFIRMED"));
        as(secretariat)
                .queryParam("sessionId", session)
                .queryParam("status", "CONFIRMED")
                .get("/registrations")
                .then()
                .body("total", equalTo(10));
    }

    @Test
    void aCancelledSeatGoesToTheFirstOnTheWaitingList() {
        Fixtures.Setup setup = Fixtures.accreditedVienna(Map.of());
        clock.set(JANUARY_10);
        String seated = Fixtures.registered(setup.organisation(), setup.session());
        Fixtures.register(setup.organisation(), setup.session(), Fixtures.delegate("Third"), false)
                .statusCode(409)
                .body("rule", equalTo("quota-reached"))
                .body("quota", equalTo(1));
        String first = Fixtures.register(setup.organisation(), setup.session(), Fixtures.delegate("Waiting One"), true)
                .statusCode(201)
                .body("status", equalTo("WAITLISTED"))
                .extract()
                .path("id");
        String second = Fixtures.register(setup.organisation(), setup.session(), Fixtures.delegate("Waiting Two"), true)
                .statusCode(201)
                .body("status", equalTo("WAITLISTED"))
                .extract()
                .path("id");

        try (KafkaEvents events = KafkaEvents.follow(RegistrationEvents.REGISTRATIONS_TOPIC)) {
            as(Tokens.organisation(setup.organisation()))
                    .contentType(ContentType.JSON)
                    .body(Map.of("reason", "Travel cancelled"))
                    .post("/registrations/{id}/cancellation", seated)
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("CANCELLED"));
            KafkaEvents.Event promoted = events.awaitType(RegistrationEvents.PROMOTED, first);
            assertThat(EventSchemas.validate(promoted.body())).isEmpty();
            assertThat(EventSchemas.validate(events.awaitType(RegistrationEvents.CANCELLED, seated)
                            .body()))
                    .isEmpty();
        }
        as(Tokens.secretariat()).get("/registrations/{id}", first).then().body("status", equalTo("CONFIRMED"));
        as(Tokens.secretariat()).get("/registrations/{id}", second).then().body("status", equalTo("WAITLISTED"));
    }

    @Test
    void aRevokedAccreditationWithdrawsTheOrganisationsRegistrationsWithEvents() {
        Fixtures.Setup setup = Fixtures.accreditedVienna(Map.of());
        clock.set(JANUARY_10);
        String id = Fixtures.registered(setup.organisation(), setup.session());
        try (KafkaEvents events = KafkaEvents.follow(RegistrationEvents.REGISTRATIONS_TOPIC)) {
            Fixtures.revoke(setup.organisation(), setup.body(), Instant.parse("2026-01-11T00:00:00Z"));
            KafkaEvents.Event withdrawn = events.awaitType(RegistrationEvents.WITHDRAWN, id);
            assertThat(withdrawn.data().path("reason").asText()).contains("revoked");
            assertThat(EventSchemas.validate(withdrawn.body())).isEmpty();
        }
        as(Tokens.organisation(setup.organisation()))
                .get("/registrations/{id}", id)
                .then()
                .body("status", equalTo("WITHDRAWN"));
        Fixtures.register(setup.organisation(), setup.session(), Fixtures.delegate("Again"), false)
                .statusCode(409)
                .body("rule", equalTo("not-accredited"));
    }

    @Test
    void anOrganisationCannotReadOrChangeAnothersRegistrations() {
        Fixtures.Setup setup = Fixtures.accreditedVienna(Map.of());
        clock.set(JANUARY_10);
        String id = Fixtures.registered(setup.organisation(), setup.session());
        String intruder = Tokens.organisation(Fixtures.newOrganisationId());
        as(intruder)
                .get("/registrations/{id}", id)
                .then()
                .statusCode(403)
                .body("rule", equalTo("own-organisation-only"));
        as(intruder)
                .contentType(ContentType.JSON)
                .body(Map.of())
                .post("/registrations/{id}/cancellation", id)
                .then()
                .statusCode(403);
        as(intruder)
                .contentType(ContentType.JSON)
                .body(Map.of("delegate", Fixtures.delegate("Impostor")))
                .post("/registrations/{id}/substitution", id)
                .then()
                .statusCode(403);
        as(intruder)
                .queryParam("organisationId", setup.organisation())
                .get("/registrations")
                .then()
                .statusCode(403);
        as(intruder)
                .queryParam("sessionId", setup.session())
                .get("/registrations")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
        as(Tokens.organisation(setup.organisation()))
                .get("/registrations/{id}", id)
                .then()
                .statusCode(200);
    }

    @Test
    void afterTheDeadlineOnlyTheSecretariatSubstitutesOrCancels() {
        Fixtures.Setup setup = Fixtures.accreditedVienna(Map.of());
        clock.set(JANUARY_10);
        String id = Fixtures.registered(setup.organisation(), setup.session());
        as(Tokens.organisation(setup.organisation()))
                .contentType(ContentType.JSON)
                .body(Map.of("delegate", Fixtures.delegate("Substitute")))
                .post("/registrations/{id}/substitution", id)
                .then()
                .statusCode(200)
                .body("delegate.name", equalTo("Substitute"));

        clock.set(Instant.parse("2026-01-23T08:00:00Z"));
        as(Tokens.organisation(setup.organisation()))
                .contentType(ContentType.JSON)
                .body(Map.of())
                .post("/registrations/{id}/cancellation", id)
                .then()
                .statusCode(409)
                .body("rule", equalTo("deadline-passed"));
        as(Tokens.secretariat())
                .contentType(ContentType.JSON)
                .body(Map.of())
                .post("/registrations/{id}/cancellation", id)
                .then()
                .statusCode(200)
                .body("status", equalTo("CANCELLED"));
    }

    @Test
    void theSecretariatConfirmsOrDeclinesWhereTheSessionAsksForConfirmation() {
        Fixtures.Setup setup = Fixtures.accreditedVienna(Map.of("confirmationRequired", true, "delegateQuota", 2));
        clock.set(JANUARY_10);
        String first = Fixtures.register(setup.organisation(), setup.session())
                .statusCode(201)
                .body("status", equalTo("PENDING"))
                .extract()
                .path("id");
        String second = Fixtures.register(setup.organisation(), setup.session(), Fixtures.delegate("Other"), false)
                .statusCode(201)
                .extract()
                .path("id");
        as(Tokens.secretariat())
                .post("/registrations/{id}/confirmation", first)
                .then()
                .statusCode(200)
                .body("status", equalTo("CONFIRMED"));
        as(Tokens.secretariat())
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "Not named in the nomination letter"))
                .post("/registrations/{id}/decline", second)
                .then()
                .statusCode(200)
                .body("status", equalTo("DECLINED"));
        as(Tokens.organisation(setup.organisation()))
                .post("/registrations/{id}/confirmation", first)
                .then()
                .statusCode(403);
        as(Tokens.secretariat())
                .post("/registrations/{id}/confirmation", first)
                .then()
                .statusCode(409)
                .body("rule", equalTo("transition-not-allowed"));
    }

    @Test
    void theEligibilityEndpointNamesEveryReason() {
        clock.set(Instant.parse("2025-11-15T09:00:00Z"));
        Map<String, Object> vienna = Fixtures.vienna(Fixtures.newBodyId());
        vienna.put("nominationLetterRequired", true);
        String session = Fixtures.createSession(vienna);
        String organisation = Fixtures.newOrganisationId();
        as(Tokens.organisation(organisation))
                .get("/sessions/{id}/eligibility", session)
                .then()
                .statusCode(200)
                .body("eligible", equalTo(false))
                .body(
                        "reasons.rule",
                        hasItems("registration-not-open", "not-accredited", "nomination-letter-required"));
        as(Tokens.secretariat())
                .queryParam("organisationId", organisation)
                .get("/sessions/{id}/eligibility", session)
                .then()
                .statusCode(200)
                .body("eligible", equalTo(false));
        as(Tokens.organisation(organisation))
                .queryParam("organisationId", "someone-else")
                .get("/sessions/{id}/eligibility", session)
                .then()
                .statusCode(403);
    }

    @Test
    void aSessionMayAskForANominationLetterCheckedAsAPdf() {
        Fixtures.Setup setup = Fixtures.accreditedVienna(Map.of("nominationLetterRequired", true));
        clock.set(JANUARY_10);
        Fixtures.register(setup.organisation(), setup.session())
                .statusCode(409)
                .body("rule", equalTo("nomination-letter-required"));
        as(Tokens.organisation(setup.organisation()))
                .contentType("application/pdf")
                .body("not a pdf at all".getBytes())
                .put("/sessions/{id}/nomination-letter", setup.session())
                .then()
                .statusCode(415)
                .contentType("application/problem+json")
                .body("rule", equalTo("wrong-type"));
        as(Tokens.organisation(setup.organisation()))
                .contentType("application/pdf")
                .body("%PDF-1.7\n% a header and nothing else, as a truncated upload would be\n".getBytes())
                .put("/sessions/{id}/nomination-letter", setup.session())
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("rule", equalTo("truncated-pdf"));
        as(Tokens.organisation(setup.organisation()))
                .contentType("application/pdf")
                .body("%PDF-1.7\n% a header, an end-of-file marker and nothing between\n%%EOF\n".getBytes())
                .put("/sessions/{id}/nomination-letter", setup.session())
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("rule", equalTo("unreadable-pdf"));
        as(Tokens.organisation(setup.organisation()))
                .contentType("application/pdf")
                .body(Letters.signedLetter("Letter signed by the head of the organisation"))
                .put("/sessions/{id}/nomination-letter", setup.session())
                .then()
                .statusCode(204);
        Fixtures.register(setup.organisation(), setup.session()).statusCode(201);
        as(Tokens.secretariat())
                .get("/sessions/{id}/nomination-letters/{org}", setup.session(), setup.organisation())
                .then()
                .statusCode(200)
                .contentType("application/pdf");
    }

    @Test
    void theSecretariatExportsTheParticipantsAsCsvAndADelegateRegistersOnce() {
        Fixtures.Setup setup = Fixtures.accreditedVienna(Map.of("delegateQuota", 3));
        clock.set(JANUARY_10);
        Map<String, Object> delegate = Fixtures.delegate("Ana \"Quote\" Pérez");
        Fixtures.register(setup.organisation(), setup.session(), delegate, false)
                .statusCode(201);
        Fixtures.register(setup.organisation(), setup.session(), delegate, false)
                .statusCode(409)
                .body("rule", equalTo("delegate-already-registered"));
        as(Tokens.secretariat())
                .get("/sessions/{id}/participants.csv", setup.session())
                .then()
                .statusCode(200)
                .contentType(containsString("text/csv"))
                .body(startsWith("organisation_id,organisation_name,delegate_name,"))
                .body(containsString("\"" + setup.organisation() + "\",\"Organisation " + setup.organisation()
                        + "\",\"Ana \"\"Quote\"\" Pérez\""));
        as(Tokens.organisation(setup.organisation()))
                .get("/sessions/{id}/participants.csv", setup.session())
                .then()
                .statusCode(403);
    }
}

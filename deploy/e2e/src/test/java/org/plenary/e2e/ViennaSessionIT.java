package org.plenary.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.plenary.contracts.AccreditationEvents;
import org.plenary.testing.KafkaEvents;
import org.plenary.testing.Tokens;

/**
 * The January 2026 Vienna session of the Ad Hoc Committee on Cybercrime, played through the services' HTTP
 * APIs as separate processes, step by step. Each run uses its own body, so earlier runs' events on the
 * shared topics do not mix with this one's.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ViennaSessionIT {

    private static final Path ROOT = Path.of(System.getProperty("plenary.root", "../.."))
            .toAbsolutePath()
            .normalize();
    private static final String BODY = "ahc-e2e-" + UUID.randomUUID().toString().substring(0, 8);
    private static final Map<String, String> APPLICATIONS = new HashMap<>();

    private static Path publicKey;
    private static KafkaEvents accreditationEvents;
    private static ServiceProcess accreditation;

    @BeforeAll
    static void startTheSystem() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair keys = generator.generateKeyPair();
        Path dir = Files.createDirectories(ROOT.resolve("deploy/e2e/target/e2e-keys"));
        publicKey = Files.writeString(
                dir.resolve("public.pem"), pem("PUBLIC KEY", keys.getPublic().getEncoded()));
        System.setProperty(
                "smallrye.jwt.sign.key", pem("PRIVATE KEY", keys.getPrivate().getEncoded()));
        System.setProperty("smallrye.jwt.new-token.issuer", "https://plenary.local");

        accreditationEvents = KafkaEvents.follow(AccreditationEvents.APPLICATIONS_TOPIC);
        accreditation = new ServiceProcess(ROOT, "accreditation-service", 18081, "accreditation", publicKey)
                .env("ACCREDITATION_NON_OBJECTION_CHECK_EVERY", "2s")
                .start(true);
    }

    @AfterAll
    static void stopTheSystem() throws Exception {
        if (accreditation != null) {
            accreditation.close();
        }
        if (accreditationEvents != null) {
            accreditationEvents.close();
        }
    }

    private static String pem(String kind, byte[] der) {
        return "-----BEGIN " + kind + "-----\n" + Base64.getMimeEncoder().encodeToString(der) + "\n-----END " + kind
                + "-----\n";
    }

    private static RequestSpecification as(String token, ServiceProcess service) {
        return given().baseUri(service.url()).auth().oauth2(token).contentType(ContentType.JSON);
    }

    private static Map<String, Object> profile(String name, String country, String ecosoc) {
        Map<String, Object> profile = new HashMap<>();
        profile.put("name", name);
        profile.put("country", country);
        profile.put("type", "NGO");
        profile.put("contactEmail", "focal.point@" + name.toLowerCase().replaceAll("[^a-z]", "") + ".example");
        profile.put("ecosocStatus", ecosoc);
        return profile;
    }

    private static String apply(String organisation, Map<String, Object> profile) {
        String id = as(Tokens.organisation(organisation), accreditation)
                .body(Map.of("bodyId", BODY, "organisation", profile))
                .post("/applications")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        APPLICATIONS.put(organisation, id);
        return id;
    }

    @Test
    @Order(1)
    void theSecretariatDefinesTheBody() {
        as(Tokens.secretariat(), accreditation)
                .body(Map.of("id", BODY, "name", "Ad Hoc Committee on Cybercrime (end-to-end run)"))
                .post("/bodies")
                .then()
                .statusCode(201);
    }

    @Test
    @Order(2)
    void organisationsInEcosocStatusAreAccreditedThroughTheFastTrack() {
        for (List<String> org : List.of(
                List.of("hrw", "Human Rights Watch", "US"),
                List.of("access-now", "Access Now", "US"),
                List.of("article19", "ARTICLE 19", "GB"),
                List.of("privacy-international", "Privacy International", "GB"))) {
            String id = apply(org.get(0), profile(org.get(1), org.get(2), "SPECIAL"));
            as(Tokens.secretariat(), accreditation)
                    .post("/applications/{id}/ecosoc-confirmation", id)
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("ACCREDITED"));
        }
    }

    @Test
    @Order(3)
    void othersEnterTheNonObjectionPeriodAndOneIsObjectedToAndRejected() {
        for (List<String> org : List.of(
                List.of("eff", "Electronic Frontier Foundation", "US"),
                List.of("epicenter-works", "epicenter.works", "AT"),
                List.of("r3d", "R3D", "MX"))) {
            String id = apply(org.get(0), profile(org.get(1), org.get(2), null));
            as(Tokens.secretariat(), accreditation)
                    .post("/applications/{id}/clearance", id)
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("NON_OBJECTION"));
        }
        as(Tokens.state("XA"), accreditation)
                .body(Map.of("reason", "Outside the scope of the Convention"))
                .post("/applications/{id}/objections", APPLICATIONS.get("r3d"))
                .then()
                .statusCode(200)
                .body("status", equalTo("OBJECTED"));
        as(Tokens.secretariat(), accreditation)
                .body(Map.of("outcome", "REJECT", "reason", "Decision of the Committee at its 1st meeting"))
                .post("/applications/{id}/decision", APPLICATIONS.get("r3d"))
                .then()
                .statusCode(200)
                .body("status", equalTo("REJECTED"));
    }

    @Test
    @Order(4)
    void thirtyDaysLaterThoseWithoutObjectionAreAccredited() throws Exception {
        // Time passes: the service restarts with its clock 31 days ahead; its job ends the periods.
        accreditation.close();
        accreditation
                .env(
                        "PLENARY_CLOCK_START_AT",
                        Instant.now().plus(Duration.ofDays(31)).toString())
                .start(false);
        org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().baseUri(accreditation.url())
                        .get("/bodies/{b}/accredited-organisations", BODY)
                        .then()
                        .body(
                                "items.organisationId",
                                containsInAnyOrder(
                                        "hrw",
                                        "access-now",
                                        "article19",
                                        "privacy-international",
                                        "eff",
                                        "epicenter-works")));
    }

    @Test
    @Order(5)
    void everyAccreditationReachedKafka() {
        for (String organisation :
                List.of("hrw", "access-now", "article19", "privacy-international", "eff", "epicenter-works")) {
            KafkaEvents.Event accredited = accreditationEvents.awaitType(
                    AccreditationEvents.APPLICATION_ACCREDITED, APPLICATIONS.get(organisation));
            assertThat(accredited.key()).isEqualTo(organisation);
            assertThat(accredited.data().path("bodyId").asText()).isEqualTo(BODY);
        }
        accreditationEvents.awaitType(AccreditationEvents.APPLICATION_REJECTED, APPLICATIONS.get("r3d"));
    }
}

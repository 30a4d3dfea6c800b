package org.plenary.accreditation;

import static org.plenary.testing.Requests.as;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.plenary.testing.Tokens;

/** Bodies, organisations and applications for the tests, each unique to its test. */
public final class Fixtures {

    private Fixtures() {}

    public static String newOrganisationId() {
        return "org-" + UUID.randomUUID();
    }

    /** Defines a body with this policy (null values take the defaults) and returns its id. */
    public static String body(String fastTrack, Integer nonObjectionDays, String disclosure) {
        String id = "body-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = new HashMap<>();
        body.put("id", id);
        body.put("name", "Ad Hoc Committee " + id);
        if (fastTrack != null) {
            body.put("ecosocFastTrack", fastTrack);
        }
        if (nonObjectionDays != null) {
            body.put("nonObjectionDays", nonObjectionDays);
        }
        if (disclosure != null) {
            body.put("objectionDisclosure", disclosure);
        }
        as(Tokens.secretariat())
                .contentType(ContentType.JSON)
                .body(body)
                .post("/bodies")
                .then()
                .statusCode(201);
        return id;
    }

    public static String body() {
        return body(null, null, null);
    }

    public static Map<String, Object> profile(String name, String ecosocStatus) {
        Map<String, Object> profile = new HashMap<>();
        profile.put("name", name);
        profile.put("acronym", "AN");
        profile.put("country", "AT");
        profile.put("type", "NGO");
        profile.put("website", "https://example.org");
        profile.put("contactEmail", "focal.point@example.org");
        profile.put("description", "Digital rights");
        profile.put("ecosocStatus", ecosocStatus);
        return profile;
    }

    /** The ECOSOC list most tests rely on: every organisation's website is the profile's. */
    public static final String ECOSOC_LIST = """
            name,status,year,website
            Human Rights Watch,special,1993,https://example.org
            IFEX,roster,1997,https://example.org
            Privacy International,general,2000,https://example.org
            ARTICLE 19,special,1991,https://example.org
            Derechos Digitales,special,2015,https://example.org
            """;

    /** As the secretariat, imports this ECOSOC list, dated 1 September 2025. */
    public static ValidatableResponse ecosocList(String csv) {
        return as(Tokens.secretariat())
                .contentType("text/csv; charset=UTF-8")
                .body(csv)
                .put("/ecosoc-list?listDate=2025-09-01")
                .then();
    }

    /** Imports {@link #ECOSOC_LIST}. */
    public static void ecosocList() {
        ecosocList(ECOSOC_LIST).statusCode(200);
    }

    public static ValidatableResponse apply(String organisationId, String bodyId, Map<String, Object> profile) {
        return as(Tokens.organisation(organisationId))
                .contentType(ContentType.JSON)
                .body(Map.of("bodyId", bodyId, "organisation", profile))
                .post("/applications")
                .then();
    }

    /** Applies without ECOSOC status and returns the application id. */
    public static String applied(String organisationId, String bodyId) {
        return apply(organisationId, bodyId, profile("Access Now", null))
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** As the secretariat, posts to one of an application's actions. */
    public static ValidatableResponse secretariat(String applicationId, String action, Map<String, ?> body) {
        var request = as(Tokens.secretariat()).contentType(ContentType.JSON);
        if (body != null) {
            request.body(body);
        }
        return request.post("/applications/{id}/" + action, applicationId).then();
    }

    public static ValidatableResponse object(String applicationId, String state, String reason) {
        return as(Tokens.state(state))
                .contentType(ContentType.JSON)
                .body(Map.of("reason", reason))
                .post("/applications/{id}/objections", applicationId)
                .then();
    }
}

package org.plenary.accreditation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.plenary.testing.Requests.as;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.plenary.testing.MovableClock;
import org.plenary.testing.Tokens;

/** The fast track relies on the imported ECOSOC list, never on the applicant's own claim. */
@QuarkusTest
class EcosocListTest {

    private static final String LIST = """
            name,status,year,website
            Open Net Korea,special,2014,https://opennet.or.kr
            "Association for Progressive Communications, APC",general,1995,https://www.apc.org
            """;

    @Inject
    MovableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static Map<String, Object> profile(String name, String website, String claim) {
        Map<String, Object> profile = Fixtures.profile(name, claim);
        profile.put("website", website);
        return profile;
    }

    @Test
    void aSelfDeclaredStatusIsNotFastTrackedButWaitsForTheSecretariat() {
        Fixtures.ecosocList(LIST).statusCode(200);
        String body = Fixtures.body("AUTOMATIC", null, null);
        String id = Fixtures.apply(
                        Fixtures.newOrganisationId(), body, profile("Not Listed", "https://not.listed", "GENERAL"))
                .statusCode(201)
                .body("status", equalTo("SUBMITTED"))
                .body("ecosocMatch", nullValue())
                .body("fastTrackRefused.rule", equalTo("ecosoc-status-unverified"))
                .extract()
                .path("id");
        Fixtures.secretariat(id, "ecosoc-confirmation", null)
                .statusCode(409)
                .contentType("application/problem+json")
                .body("rule", equalTo("ecosoc-status-unverified"));

        // The name alone is not enough: the website must match the entry too.
        Fixtures.apply(
                        Fixtures.newOrganisationId(),
                        body,
                        profile("Open Net Korea", "https://opennet.example", "SPECIAL"))
                .statusCode(201)
                .body("status", equalTo("SUBMITTED"))
                .body("fastTrackRefused.rule", equalTo("ecosoc-status-unverified"));
        given().get("/bodies/{b}/accredited-organisations", body).then().body("total", equalTo(0));
    }

    @Test
    void anApplicantWhoseNameAndWebsiteMatchAnEntryIsFastTrackedAndShowsTheEntry() {
        Fixtures.ecosocList(LIST).statusCode(200);
        String body = Fixtures.body("AUTOMATIC", null, null);
        String org = Fixtures.newOrganisationId();
        Fixtures.apply(
                        org,
                        body,
                        profile("Association for Progressive Communications, APC", "https://www.apc.org", "SPECIAL"))
                .statusCode(201)
                .body("status", equalTo("ACCREDITED"))
                .body("fastTrackRefused", nullValue())
                .body("ecosocMatch.name", equalTo("Association for Progressive Communications, APC"))
                .body("ecosocMatch.status", equalTo("GENERAL"))
                .body("ecosocMatch.yearGranted", equalTo(1995))
                .body("ecosocMatch.listDate", equalTo("2025-09-01"))
                .body("ecosocMatch.matchedBy", equalTo("automatic"));
        given().get("/bodies/{b}/accredited-organisations", body)
                .then()
                .body("items[0].organisationId", equalTo(org))
                .body("items[0].ecosocStatus", equalTo("GENERAL"));
    }

    @Test
    void theSecretariatMatchesAnApplicantToItsEntryOnce() {
        Fixtures.ecosocList(LIST).statusCode(200);
        String body = Fixtures.body();
        String org = Fixtures.newOrganisationId();
        String id = Fixtures.apply(org, body, profile("Open Net Korea (KR)", "https://opennet.or.kr/en", "SPECIAL"))
                .statusCode(201)
                .body("status", equalTo("SUBMITTED"))
                .extract()
                .path("id");
        as(Tokens.organisation(org))
                .contentType("application/json")
                .body(Map.of("name", "Open Net Korea"))
                .post("/applications/{id}/ecosoc-match", id)
                .then()
                .statusCode(403);
        Fixtures.secretariat(id, "ecosoc-match", Map.of("name", "Open Net Korean"))
                .statusCode(422)
                .contentType("application/problem+json")
                .body("rule", equalTo("ecosoc-entry-not-found"))
                .body("violations[0].field", equalTo("name"));
        Fixtures.secretariat(id, "ecosoc-match", Map.of("name", "Open Net Korea"))
                .statusCode(200)
                .body("status", equalTo("ACCREDITED"))
                .body("ecosocMatch.name", equalTo("Open Net Korea"))
                .body("ecosocMatch.matchedBy", equalTo("secretariat"));
        Fixtures.secretariat(id, "ecosoc-match", Map.of("name", "Open Net Korea"))
                .statusCode(409)
                .body("rule", equalTo("transition-not-allowed"));
        as(Tokens.organisation(org))
                .get("/applications/{id}/history", id)
                .then()
                .body("find { it.action == 'FAST_TRACK' }.actorRole", equalTo("secretariat"));

        String unclaimed = Fixtures.applied(Fixtures.newOrganisationId(), body);
        Fixtures.secretariat(unclaimed, "ecosoc-match", Map.of("name", "Open Net Korea"))
                .statusCode(409)
                .body("rule", equalTo("not-in-ecosoc-status"));
    }

    @Test
    void theListIsReplacedByEachImportAndSaysWhatIsLoadedAndWhen() {
        clock.set(Instant.parse("2025-10-01T08:00:00Z"));
        Fixtures.ecosocList(LIST).statusCode(200).body("entries", equalTo(2));
        given().get("/ecosoc-list")
                .then()
                .statusCode(200)
                .body("listDate", equalTo("2025-09-01"))
                .body("importedAt", equalTo("2025-10-01T08:00:00Z"))
                .body("entries", equalTo(2))
                .body("general", equalTo(1))
                .body("special", equalTo(1))
                .body("roster", equalTo(0));

        clock.set(Instant.parse("2025-11-01T08:00:00Z"));
        as(Tokens.secretariat())
                .contentType("text/csv; charset=UTF-8")
                .body("name,status,year,website\nTEDIC,roster,2019,https://www.tedic.org\n")
                .put("/ecosoc-list?listDate=2025-10-15")
                .then()
                .statusCode(200);
        given().get("/ecosoc-list")
                .then()
                .body("listDate", equalTo("2025-10-15"))
                .body("importedAt", equalTo("2025-11-01T08:00:00Z"))
                .body("entries", equalTo(1))
                .body("roster", equalTo(1));
        Fixtures.apply(
                        Fixtures.newOrganisationId(),
                        Fixtures.body("AUTOMATIC", null, null),
                        profile("Open Net Korea", "https://opennet.or.kr", "SPECIAL"))
                .statusCode(201)
                .body("status", equalTo("SUBMITTED"));
    }

    @Test
    void aBadListIsRefusedNamingTheLineAndTheColumnAndTheListInForceStays() {
        Fixtures.ecosocList(LIST).statusCode(200);
        Fixtures.ecosocList("name,status,year\nOpen Net Korea,special,2014\nTEDIC,consultative,2019\n")
                .statusCode(400)
                .contentType("application/problem+json")
                .body("rule", equalTo("ecosoc-list-invalid"))
                .body("line", equalTo(3))
                .body("column", equalTo("status"))
                .body("violations[0].field", equalTo("status"));
        Fixtures.ecosocList("name,status,year\nTEDIC,roster,19x\n")
                .statusCode(400)
                .body("line", equalTo(2))
                .body("column", equalTo("year"));
        Fixtures.ecosocList("name,status\nTEDIC,roster\n")
                .statusCode(400)
                .body("line", equalTo(1))
                .body("column", equalTo("year"));
        Fixtures.ecosocList("name,status,year\nTEDIC,roster\n")
                .statusCode(400)
                .body("line", equalTo(2))
                .body("column", equalTo("year"));
        as(Tokens.secretariat())
                .contentType("text/csv")
                .body(LIST)
                .put("/ecosoc-list")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("listDate"));
        as(Tokens.organisation(Fixtures.newOrganisationId()))
                .contentType("text/csv")
                .body(LIST)
                .put("/ecosoc-list?listDate=2025-09-01")
                .then()
                .statusCode(403);
        given().get("/ecosoc-list").then().body("entries", equalTo(2));
    }
}

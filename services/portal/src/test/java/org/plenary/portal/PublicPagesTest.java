package org.plenary.portal;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.plenary.portal.stub.ServiceStubs;
import org.plenary.portal.stub.StubbedServices;

/** The public pages, over stubbed services answering in the services' own shapes. */
@QuarkusTest
class PublicPagesTest extends StubbedServices {

    private static final String SESSION = "/sessions/" + ServiceStubs.SESSION;

    private static String page(String path) {
        String html = given().get(path)
                .then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .extract()
                .asString();
        assertThat(html.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                .as("a page is at most 100 KB")
                .isLessThan(100 * 1024);
        return html;
    }

    @Test
    void theHomePageListsTheBodiesAndTheirSessionsWithTheTimeLeft() {
        String html = page("/");
        assertThat(html)
                .contains("Ad Hoc Committee on Cybercrime", "Conference of the States Parties")
                .contains("href=\"" + SESSION + "\"")
                .contains("Vienna International Centre, January 26, 2026 to January 30, 2026")
                .contains("closes in 2 days 3 hours")
                .contains("Europe/Vienna");
        assertThat(services.authorizations)
                .as("an anonymous reader's calls carry no token")
                .containsOnly("");
    }

    @Test
    void aSessionShowsItsDeadlineInTheVenuesTimeAndTheReaders() {
        String html = given().cookie("tz", "America/New_York")
                .get(SESSION)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(html)
                .contains("January 22, 2026, 6:00", "(venue time, Europe/Vienna)")
                .contains("January 22, 2026, 12:00", "(your time, America/New_York)")
                .contains("closes in 2 days 3 hours")
                .contains("Organisations accredited to the body");
    }

    @Test
    void theAccreditedListIsSearchedByNameFilteredByTypeAndPaged() {
        assertThat(page("/bodies/ahc-cybercrime/organisations"))
                .contains("25 organisations", "Organisation 01 for Digital Rights", "Page 1 of 2")
                .doesNotContain("Organisation 21 for Digital Rights")
                .contains("href=\"/bodies/ahc-cybercrime/organisations?page=2\"");
        assertThat(page("/bodies/ahc-cybercrime/organisations?page=2"))
                .contains("Organisation 21 for Digital Rights", "Page 2 of 2");
        assertThat(page("/bodies/ahc-cybercrime/organisations?q=07"))
                .contains("1 organisation<", "Organisation 07 for Digital Rights")
                .doesNotContain("Organisation 08");
        assertThat(page("/bodies/ahc-cybercrime/organisations?type=ACADEMIA&q=DIGITAL"))
                .contains("8 organisations", "Organisation 03 for Digital Rights")
                .doesNotContain("Organisation 01 for");
    }

    @Test
    void aCountryIsFilteredByTheServiceAndItsRefusalIsShownNextToTheField() {
        services.json(
                "GET /accreditation/bodies/ahc-cybercrime/accredited-organisations?country=KE&page=0&size=100", """
                {"items":[{"organisationId":"org-1","name":"Kenya Digital Rights","country":"KE","type":"NGO"}],
                 "page":0,"size":100,"total":1}""");
        assertThat(page("/bodies/ahc-cybercrime/organisations?country=ke")).contains("Kenya Digital Rights");
        services.problem(
                "GET /accreditation/bodies/ahc-cybercrime/accredited-organisations?country=KENYA&page=0&size=100",
                400,
                """
                {"type":"urn:plenary:problem:invalid-request","title":"Invalid request","status":400,
                 "detail":"country: must be an ISO 3166-1 alpha-2 code","rule":"invalid-request",
                 "violations":[{"field":"country","message":"must be an ISO 3166-1 alpha-2 code"}]}""");
        String html = given().get("/bodies/ahc-cybercrime/organisations?country=Kenya")
                .then()
                .statusCode(400)
                .extract()
                .asString();
        assertThat(html)
                .contains("<div class=\"error-summary\" role=\"alert\"")
                .contains("<a href=\"#country\">must be an ISO 3166-1 alpha-2 code</a>")
                .contains("<p id=\"country-error\" class=\"error-message\">")
                .contains("aria-describedby=\"country-hint country-error\"")
                .contains("value=\"Kenya\"");
    }

    @Test
    void theTransparencyPageShowsTheStatisticsAndTheDisclosedObjections() {
        services.json("GET /accreditation/bodies/ahc-cybercrime/statistics", """
                {"bodyId":"ahc-cybercrime","objectionDisclosure":"REASON_ONLY",
                 "applications":{"received":12,"accredited":7,"rejected":2,"withdrawn":1,"pending":2,"objected":3},
                 "objections":4,"medianDaysToDecision":31.5,
                 "objectionsDisclosed":[{"state":null,"reason":"Outside the scope of the Convention"}]}""");
        String html = page("/bodies/ahc-cybercrime/transparency");
        assertThat(html)
                .contains("The body discloses the reasons for objections, not the states that made them.")
                .contains("<dt>Received</dt><dd>12</dd>", "<dt>Objected to</dt><dd>3</dd>")
                .contains("<dt>Objections made by states</dt><dd>4</dd>", "31.5")
                .contains("<td>not disclosed</td><td>Outside the scope of the Convention</td>");
    }

    @Test
    void theTransparencyPageSaysSoWhenTheServicePublishesNoStatistics() {
        assertThat(page("/bodies/ahc-cybercrime/transparency"))
                .contains("The statistics of this body are not published yet.");
    }

    @Test
    void theProgrammeIsByDayTimeAndRoomWithTheCalendarLink() {
        String html = page(SESSION + "/programme");
        assertThat(html)
                .contains("January 26, 2026", "Time (Europe/Vienna)", "13:15", "14:05", "Conference Room M3")
                .contains("Human Rights Watch, Electronic Frontier Foundation", "(Hybrid)")
                .contains("href=\"" + SESSION + "/programme.ics\"")
                .doesNotContain("January 27, 2026");
        given().get(SESSION + "/programme.ics")
                .then()
                .statusCode(200)
                .contentType(containsString("text/calendar"))
                .body(containsString("BEGIN:VCALENDAR"));
    }

    @Test
    void aSessionTheSideEventServiceDoesNotKnowYetHasAnEmptyProgramme() {
        services.problem("GET /side-event/sessions/" + ServiceStubs.SESSION + "/programme", 404, "{}");
        assertThat(page(SESSION + "/programme")).contains("No side event is in the programme yet.");
    }

    @Test
    void thePublishedSubmissionsHaveTheirFileAndChecksum() {
        String html = page(SESSION + "/submissions");
        assertThat(html)
                .contains("Rule 17: participation of observers", "Rules of procedure")
                .contains("href=\"/submissions/" + ServiceStubs.SUBMISSION + "/file\"")
                .contains("Download rule-17.pdf (PDF, 2 KB)", "812 words")
                .contains("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
        given().get("/submissions/" + ServiceStubs.SUBMISSION + "/file")
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .header("X-Checksum-SHA256", equalTo("9f86d081"))
                .header("Content-Disposition", containsString("rule-17.pdf"))
                .body(equalTo("%PDF-1.7 test"));
    }

    @Test
    void anUnknownSessionOrBodyIsAPageNotFound() {
        given().get("/sessions/" + java.util.UUID.randomUUID())
                .then()
                .statusCode(404)
                .body(containsString("Page not found"));
        given().get("/sessions/not-a-uuid").then().statusCode(404).body(containsString("Page not found"));
        given().get("/bodies/nothing/transparency").then().statusCode(404).body(containsString("Page not found"));
    }

    @Test
    void aServiceThatFailsIsAPageSayingSoNeverItsError() {
        services.problem(
                "GET /accreditation/bodies",
                500,
                "{\"rule\":\"internal-error\",\"detail\":\"java.lang.IllegalStateException at Foo\"}");
        given().get("/")
                .then()
                .statusCode(503)
                .body(containsString("A service is not answering"))
                .body(not(containsString("IllegalStateException")));
    }
}

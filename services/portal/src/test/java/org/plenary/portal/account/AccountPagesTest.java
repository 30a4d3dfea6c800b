package org.plenary.portal.account;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plenary.portal.stub.ServiceStubs.Answer;
import org.plenary.portal.stub.StubbedServices;

/**
 * The account pages over a stubbed Keycloak: creating an organisation (and a taken name or id refused next to its
 * field, nothing created), a member inviting and removing a colleague, someone no longer a member refused, and
 * the secretariat's accounts with their organisation, disabled and enabled. Every call to Keycloak carries the
 * portal's service-account token.
 */
@QuarkusTest
class AccountPagesTest extends StubbedServices {

    private static final String ADMIN = "/keycloak/admin";
    private static final String ORG_ID = "0b7f1f8e-0000-4000-8000-000000000001";
    private static final String ORGANISATION = """
            {"id":"%s","name":"Digital Rights Watch","alias":"digital-rights-watch","enabled":true,
             "description":"Watching digital rights","attributes":{"website":["https://drw.example"]}}""".formatted(ORG_ID);
    private static final String MEMBERS = """
            [{"id":"focal-point.drw","username":"focal-point.drw","firstName":"Ana","lastName":"Pérez",
              "email":"ana@drw.example","enabled":true,"membershipType":"UNMANAGED"},
             {"id":"colleague-1","username":"colleague.drw","firstName":"Ben","lastName":"Otieno",
              "email":"ben@drw.example","enabled":true,"membershipType":"UNMANAGED"},
             {"id":"invited-1","username":"invited.drw","firstName":"Chloé","lastName":"Martin",
              "email":"chloe@drw.example","enabled":true,"membershipType":"MANAGED"}]""";

    @org.junit.jupiter.api.BeforeEach
    void nothingAskedYet() {
        services.reset();
        services.vienna();
        // The lists are fields: read and cleared here as the stubs' resources write them (through the bean's proxy).
        services.writes.clear();
        services.authorizations.clear();
    }

    private void noOrganisation(String user) {
        services.json("GET " + ADMIN + "/organizations/members/" + user + "/organizations", "[]");
    }

    private void memberOfTheOrganisation(String user) {
        services.json("GET " + ADMIN + "/organizations/members/" + user + "/organizations", "[" + ORGANISATION + "]");
        services.json("GET " + ADMIN + "/organizations/" + ORG_ID + "/members", MEMBERS);
    }

    private static io.restassured.specification.RequestSpecification organisationForm(String name, String alias) {
        return given().formParam("name", name)
                .formParam("alias", alias)
                .formParam("website", "https://drw.example")
                .formParam("description", "Watching digital rights");
    }

    private void theServiceAccountsTokenOnEveryCall() {
        assertThat(services.authorizations).isNotEmpty().allMatch("Bearer service-token"::equals);
    }

    @Test
    @TestSecurity(user = "newcomer.drw", roles = "organisation")
    void aFocalPointOfNoOrganisationGetsTheFormToCreateIt() {
        noOrganisation("newcomer.drw");
        String html =
                given().get("/me/organisation").then().statusCode(200).extract().asString();
        assertThat(html)
                .contains("<h1>Create your organisation</h1>")
                .contains("<label for=\"name\">Name of the organisation</label>")
                .contains("<label for=\"alias\">Identifier</label>", "aria-describedby=\"alias-hint\"");
        theServiceAccountsTokenOnEveryCall();
    }

    @Test
    @TestSecurity(user = "newcomer.drw", roles = "organisation")
    void creatingTheOrganisationMakesTheUserItsMemberThenSignsInAgainForATokenThatNamesIt() {
        noOrganisation("newcomer.drw");
        services.answer(
                "POST " + ADMIN + "/organizations",
                new Answer(
                        201,
                        "application/json",
                        "",
                        Map.of("Location", "http://localhost:8180/admin/realms/plenary/organizations/" + ORG_ID)));
        services.json("GET " + ADMIN + "/organizations/" + ORG_ID, ORGANISATION);
        given().redirects()
                .follow(false)
                .spec(organisationForm("Digital Rights Watch", "digital-rights-watch")
                        .request())
                .post("/me/organisation")
                .then()
                .statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith("/me/organisation/refresh"));
        assertThat(services.writes).hasSize(2);
        assertThat(services.writes.get(0))
                .startsWith("POST /keycloak/admin/organizations {")
                .contains("\"name\":\"Digital Rights Watch\"", "\"alias\":\"digital-rights-watch\"")
                .contains(
                        "\"website\":[\"https://drw.example\"]",
                        "\"redirectUrl\":\"http://localhost:18980/signed-up\"");
        assertThat(services.writes.get(1))
                .isEqualTo("POST /keycloak/admin/organizations/" + ORG_ID + "/members \"newcomer.drw\"");
        theServiceAccountsTokenOnEveryCall();
    }

    @Test
    @TestSecurity(user = "newcomer.drw", roles = "organisation")
    void anIdentifierThatIsTakenIsRefusedNextToItsFieldAndNothingIsCreated() {
        noOrganisation("newcomer.drw");
        services.answer(
                "POST " + ADMIN + "/organizations",
                new Answer(
                        409,
                        "application/json",
                        "{\"errorMessage\":\"A organization with the same alias already exists\"}",
                        Map.of()));
        String html = organisationForm("Digital Rights Watch", "hrw")
                .post("/me/organisation")
                .then()
                .statusCode(409)
                .extract()
                .asString();
        assertThat(html)
                .contains("There is a problem")
                .contains("<a href=\"#alias\">This identifier is taken by another organisation. Choose another.</a>")
                .contains("<p id=\"alias-error\" class=\"error-message\">")
                .contains("aria-describedby=\"alias-hint alias-error\"")
                .contains("value=\"Digital Rights Watch\"", "value=\"hrw\"");
        assertThat(services.writes).hasSize(1);
    }

    @Test
    @TestSecurity(user = "newcomer.drw", roles = "organisation")
    void aNameThatIsTakenIsRefusedNextToItsFieldInFrench() {
        noOrganisation("newcomer.drw");
        services.answer(
                "POST " + ADMIN + "/organizations",
                new Answer(
                        409,
                        "application/json",
                        "{\"errorMessage\":\"A organization with the same name already exists.\"}",
                        Map.of()));
        String html = organisationForm("Human Rights Watch", "hrw-2")
                .cookie("lang", "fr")
                .post("/me/organisation")
                .then()
                .statusCode(409)
                .extract()
                .asString();
        assertThat(html)
                .contains("<html lang=\"fr\"", "Il y a un problème", "<p id=\"name-error\" class=\"error-message\">")
                .contains("Une organisation de ce nom est déjà dans Plenary.");
    }

    @Test
    @TestSecurity(user = "newcomer.drw", roles = "organisation")
    void anIdentifierThatCannotBeOneIsRefusedWithoutAskingKeycloak() {
        noOrganisation("newcomer.drw");
        String html = organisationForm("", "Digital Rights!")
                .post("/me/organisation")
                .then()
                .statusCode(400)
                .extract()
                .asString();
        assertThat(html)
                .contains("<a href=\"#name\">Enter the name of the organisation.</a>")
                .contains("<a href=\"#alias\">The identifier must be 2 to 40 lower-case letters");
        assertThat(services.writes).isEmpty();
    }

    @Test
    @TestSecurity(user = "focal-point.drw", roles = "organisation")
    void aFocalPointWhoHasAnOrganisationCannotCreateAnother() {
        memberOfTheOrganisation("focal-point.drw");
        String html = organisationForm("Another", "another")
                .post("/me/organisation")
                .then()
                .statusCode(409)
                .extract()
                .asString();
        assertThat(html).contains("You are already a focal point of an organisation.");
        assertThat(services.writes).isEmpty();
    }

    @Test
    @TestSecurity(user = "focal-point.drw", roles = "organisation")
    void aMemberSeesTheFocalPointsAndInvitesAColleagueByEmail() {
        memberOfTheOrganisation("focal-point.drw");
        String page =
                given().get("/me/organisation").then().statusCode(200).extract().asString();
        assertThat(page)
                .contains("<h1>Organisation: Digital Rights Watch</h1>", "<code>digital-rights-watch</code>")
                .contains("Ana Pérez (you)", "Ben Otieno", "Remove Ben Otieno")
                .contains("aria-describedby=\"managed-invited-1\"", "Joined by invitation: removing them deletes")
                .doesNotContain("Remove Ana Pérez", "aria-describedby=\"managed-colleague-1\"");
        String html = given().formParam("email", "carla@drw.example")
                .formParam("firstName", "Carla")
                .formParam("lastName", "Núñez")
                .post("/me/organisation/invitations")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(html).contains("An invitation is on its way to carla@drw.example.");
        assertThat(services.writes).hasSize(1);
        assertThat(services.writes.get(0))
                .startsWith("POST /keycloak/admin/organizations/" + ORG_ID + "/members/invite-user ")
                .contains("email=carla%40drw.example", "firstName=Carla", "lastName=N%C3%BA%C3%B1ez");
        theServiceAccountsTokenOnEveryCall();
    }

    @Test
    @TestSecurity(user = "focal-point.drw", roles = "organisation")
    void invitingSomeoneWhoIsAlreadyAFocalPointIsRefusedNextToTheEmail() {
        memberOfTheOrganisation("focal-point.drw");
        String html = given().formParam("email", "BEN@drw.example")
                .post("/me/organisation/invitations")
                .then()
                .statusCode(409)
                .extract()
                .asString();
        assertThat(html)
                .contains("<a href=\"#email\">This person is already a focal point of your organisation.</a>")
                .contains("<p id=\"email-error\" class=\"error-message\">", "value=\"BEN@drw.example\"");
        assertThat(services.writes).isEmpty();
    }

    @Test
    @TestSecurity(user = "focal-point.drw", roles = "organisation")
    void aMemberRemovesAColleagueButNotThemself() {
        memberOfTheOrganisation("focal-point.drw");
        String html = given().post("/me/organisation/members/colleague-1/removal")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(html).contains("Ben Otieno is no longer a focal point of the organisation.");
        assertThat(services.writes)
                .containsExactly("DELETE /keycloak/admin/organizations/" + ORG_ID + "/members/colleague-1 ");
        String managed = given().post("/me/organisation/members/invited-1/removal")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(managed)
                .contains("Chloé Martin is no longer a focal point of the organisation, and their account is deleted.");
        services.writes.remove(1);
        given().post("/me/organisation/members/focal-point.drw/removal").then().statusCode(409);
        given().post("/me/organisation/members/someone-else/removal").then().statusCode(404);
        assertThat(services.writes).hasSize(1);
    }

    @Test
    @TestSecurity(user = "removed.drw", roles = "organisation")
    void someoneWhoIsNoLongerAMemberCanNeitherInviteNorRemove() {
        noOrganisation("removed.drw");
        String html = given().formParam("email", "x@drw.example")
                .post("/me/organisation/invitations")
                .then()
                .statusCode(403)
                .extract()
                .asString();
        assertThat(html).contains("Only a focal point of the organisation may do this");
        given().post("/me/organisation/members/colleague-1/removal").then().statusCode(403);
        assertThat(services.writes).isEmpty();
    }

    @Test
    @TestSecurity(user = "officer", roles = "secretariat")
    void theSecretariatSeesTheAccountsWithTheirOrganisationAndDisablesOne() {
        services.json("GET " + ADMIN + "/users", """
                [{"id":"focal-point.drw","username":"focal-point.drw","firstName":"Ana","lastName":"Pérez",
                  "email":"ana@drw.example","emailVerified":true,"enabled":true},
                 {"id":"newcomer-2","username":"newcomer.two","email":"two@new.example","emailVerified":false,
                  "enabled":false}]""");
        services.json("GET " + ADMIN + "/users/count", "2");
        memberOfTheOrganisation("focal-point.drw");
        noOrganisation("newcomer-2");
        String html =
                given().get("/me/accounts").then().statusCode(200).extract().asString();
        assertThat(html)
                .contains("<p id=\"results-count\">2 accounts</p>")
                .contains("Digital Rights Watch (digital-rights-watch)", "Disable focal-point.drw")
                .contains("two@new.example (e-mail not confirmed)", "<strong>Disabled</strong>", "Enable newcomer.two");
        services.json("GET " + ADMIN + "/users/focal-point.drw", "{\"id\":\"focal-point.drw\",\"username\":\"x\"}");
        given().redirects()
                .follow(false)
                .formParam("enabled", "false")
                .post("/me/accounts/focal-point.drw/enabled")
                .then()
                .statusCode(303);
        assertThat(services.writes).containsExactly("PUT /keycloak/admin/users/focal-point.drw {\"enabled\":false}");
        theServiceAccountsTokenOnEveryCall();
    }

    @Test
    @TestSecurity(user = "focal-point.drw", roles = "organisation")
    void onlyTheSecretariatSeesTheAccounts() {
        String html =
                given().get("/me/accounts").then().statusCode(403).extract().asString();
        assertThat(html).contains("Only the secretariat may see and disable accounts.");
        given().formParam("enabled", "false")
                .post("/me/accounts/colleague-1/enabled")
                .then()
                .statusCode(403);
        assertThat(services.writes).isEmpty();
    }

    @Test
    void signingUpIsKeycloaksRegistrationPageComingBackToThePortal() {
        String location = given().redirects()
                .follow(false)
                .cookie("lang", "es")
                .get("/signup")
                .then()
                .statusCode(303)
                .extract()
                .header("Location");
        assertThat(location)
                .startsWith("http://localhost:1/realms/absent/protocol/openid-connect/registrations?")
                .contains("client_id=plenary-portal", "response_type=code", "ui_locales=es")
                .contains("redirect_uri=http%3A%2F%2Flocalhost%3A18980%2Fsigned-up");
        String html = given().cookie("lang", "es")
                .get("/signed-up")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(html).contains("Su cuenta está lista", "href=\"/me/organisation\"");
    }
}

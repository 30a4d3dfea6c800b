package org.plenary.portal;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.RedirectConfig;
import io.restassured.config.RestAssuredConfig;
import org.junit.jupiter.api.Test;
import org.plenary.portal.stub.ServiceStubs;
import org.plenary.portal.stub.StubbedServices;

/** The language by query, cookie or Accept-Language; the direction; the switch; the time zone preference. */
@QuarkusTest
class LanguagesTest extends StubbedServices {

    private static final RestAssuredConfig NO_REDIRECTS =
            RestAssuredConfig.config().redirect(RedirectConfig.redirectConfig().followRedirects(false));

    @Test
    void theLanguageComesFromAcceptLanguage() {
        String html = given().header("Accept-Language", "de-AT, fr;q=0.8, en;q=0.5")
                .get("/sessions/" + ServiceStubs.SESSION)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(html)
                .contains("<html lang=\"fr\" dir=\"ltr\">")
                .contains("Date limite d&#39;inscription", "se termine dans 2 jours 3 heures")
                .contains("22 janvier 2026", "heure du lieu");
    }

    @Test
    void theCookieOutranksTheHeaderAndTheQueryOutranksTheCookie() {
        assertThat(given().header("Accept-Language", "fr")
                        .cookie("lang", "es")
                        .get("/")
                        .asString())
                .contains(
                        "<html lang=\"es\" dir=\"ltr\">", "Órganos y períodos de sesiones", "cierra en 2 días 3 horas");
        assertThat(given().cookie("lang", "es").get("/?lang=fr").asString())
                .contains("<html lang=\"fr\"", "Organes et sessions");
        assertThat(given().header("Accept-Language", "de").get("/").asString())
                .contains("<html lang=\"en\" dir=\"ltr\">");
    }

    @Test
    void arabicIsRightToLeftAndFallsBackToEnglishWhereItIsPartial() {
        String html = given().cookie("lang", "ar").get("/").asString();
        assertThat(html)
                .contains("<html lang=\"ar\" dir=\"rtl\">")
                .contains("الهيئات والدورات", "الموعد النهائي للتسجيل")
                .as("a text the Arabic bundle lacks is in English")
                .contains("closes in 2 days 3 hours");
    }

    @Test
    void theLanguageLinkSetsTheCookieAndComesBackToThePage() {
        given().config(NO_REDIRECTS)
                .get("/language?lang=fr&return=/sessions/" + ServiceStubs.SESSION)
                .then()
                .statusCode(303)
                .header("Location", containsString("/sessions/" + ServiceStubs.SESSION))
                .cookie("lang", "fr");
        assertThat(given().get("/").asString())
                .contains("href=\"/language?lang=fr&amp;return=%2F\" lang=\"fr\" hreflang=\"fr\">Français</a>");
    }

    @Test
    void theLanguageLinkNeverLeadsOutOfThePortal() {
        for (String elsewhere : new String[] {"https://evil.example/", "//evil.example/", "/\\evil.example"}) {
            given().config(NO_REDIRECTS)
                    .queryParam("lang", "es")
                    .queryParam("return", elsewhere)
                    .get("/language")
                    .then()
                    .statusCode(303)
                    .header("Location", equalTo("http://localhost:18980/"));
        }
    }

    @Test
    void theTimeZoneIsSavedFromThePreferencesForm() {
        given().config(NO_REDIRECTS)
                .formParam("tz", "Africa/Nairobi")
                .formParam("return", "/")
                .post("/preferences")
                .then()
                .statusCode(303)
                .cookie("tz", "Africa/Nairobi");
        assertThat(given().cookie("tz", "Africa/Nairobi")
                        .get("/sessions/" + ServiceStubs.SESSION)
                        .asString())
                .contains("January 22, 2026, 8:00", "(your time, Africa/Nairobi)", "Times in Africa/Nairobi");
        given().config(NO_REDIRECTS)
                .formParam("tz", "Mars/Olympus")
                .formParam("return", "/")
                .post("/preferences")
                .then()
                .cookie("tz", "UTC");
    }
}

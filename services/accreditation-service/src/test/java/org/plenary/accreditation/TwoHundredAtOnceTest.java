package org.plenary.accreditation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.testing.Requests.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plenary.testing.AtOnce;
import org.plenary.testing.Tokens;

/**
 * One state transition of one application at a time, under 200 requests released at the same moment: one
 * application per organisation and body, one clearance, one objection per state.
 */
@QuarkusTest
class TwoHundredAtOnceTest {

    private static final int AT_ONCE = 200;

    private static long count(List<Response> answers, int status) {
        return answers.stream().filter(a -> a.statusCode() == status).count();
    }

    private static List<String> rules(List<Response> answers, int status) {
        return answers.stream()
                .filter(a -> a.statusCode() == status)
                .map(a -> a.<String>path("rule"))
                .distinct()
                .toList();
    }

    @Test
    void twoHundredApplicationsOfOneOrganisationToOneBodyAtOnceLeaveOne() throws Exception {
        String body = Fixtures.body();
        String organisation = Fixtures.newOrganisationId();
        String token = Tokens.organisation(organisation);
        Map<String, Object> profile = Fixtures.profile("Access Now", null);

        List<Response> answers = AtOnce.run(
                AT_ONCE,
                i -> as(token)
                        .contentType(ContentType.JSON)
                        .body(Map.of("bodyId", body, "organisation", profile))
                        .post("/applications"));

        assertThat(count(answers, 201)).isEqualTo(1);
        assertThat(count(answers, 409)).isEqualTo(AT_ONCE - 1);
        assertThat(rules(answers, 409)).containsExactly("application-already-active");
        as(Tokens.secretariat())
                .queryParam("bodyId", body)
                .get("/applications")
                .then()
                .statusCode(200)
                .body("total", org.hamcrest.Matchers.equalTo(1));
    }

    @Test
    void twoHundredClearancesOfOneApplicationAtOnceMoveItOnce() throws Exception {
        String id = Fixtures.applied(Fixtures.newOrganisationId(), Fixtures.body());
        String secretariat = Tokens.secretariat();

        List<Response> answers = AtOnce.run(
                AT_ONCE, i -> as(secretariat).contentType(ContentType.JSON).post("/applications/{id}/clearance", id));

        assertThat(count(answers, 200)).isEqualTo(1);
        assertThat(count(answers, 409)).isEqualTo(AT_ONCE - 1);
        assertThat(rules(answers, 409)).containsExactly("transition-not-allowed");
        List<String> steps = as(secretariat)
                .get("/applications/{id}/history", id)
                .then()
                .statusCode(200)
                .extract()
                .path("to");
        assertThat(steps).containsExactly("SUBMITTED", "NON_OBJECTION");
    }

    @Test
    void twoHundredObjectionsOfOneStateAtOnceRecordOne() throws Exception {
        String id = Fixtures.applied(Fixtures.newOrganisationId(), Fixtures.body());
        Fixtures.secretariat(id, "clearance", null).statusCode(200);

        List<Response> answers = AtOnce.run(
                AT_ONCE,
                i -> as(Tokens.state("NO"))
                        .contentType(ContentType.JSON)
                        .body(Map.of("reason", "Objection " + i))
                        .post("/applications/{id}/objections", id));

        assertThat(count(answers, 200)).isEqualTo(1);
        assertThat(count(answers, 409)).isEqualTo(AT_ONCE - 1);
        assertThat(rules(answers, 409)).containsExactly("already-objected");
        List<Object> objections = as(Tokens.secretariat())
                .get("/applications/{id}", id)
                .then()
                .statusCode(200)
                .extract()
                .path("objections");
        assertThat(objections).hasSize(1);
    }
}

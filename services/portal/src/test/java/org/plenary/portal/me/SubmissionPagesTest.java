package org.plenary.portal.me;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plenary.portal.stub.ServiceStubs;

/** Uploading a written submission, its word count and versions, replacing its file and withdrawing it. */
@QuarkusTest
@TestSecurity(user = "focal-point@article19.test", roles = "organisation")
class SubmissionPagesTest extends FocalPointPagesTestBase {

    private static final String SESSION = ServiceStubs.SESSION.toString();
    private static final String ID = "77777777-7777-4777-8777-777777777777";
    private static final byte[] PDF = "%PDF-1.7 rule 17".getBytes(StandardCharsets.US_ASCII);

    private static io.restassured.specification.RequestSpecification submission(byte[] file) {
        return given().redirects()
                .follow(false)
                .multiPart("title", "Rule 17: participation of observers")
                .multiPart("agendaItem", "Rules of procedure")
                .multiPart("language", "en")
                .multiPart("file", "rule-17.pdf", file, "application/pdf");
    }

    private void aSubmissionInTwoVersions() {
        services.json("GET /submission/submissions/" + ID, """
                {"id":"%s","sessionId":"%s","organisationId":"article19","title":"Rule 17: participation of observers",
                 "agendaItem":"Rules of procedure","language":"en","status":"SUBMITTED","submittedAt":"2026-01-12T10:00:00Z",
                 "file":{"version":2,"fileName":"rule-17-v2.pdf","contentType":"application/pdf","sizeBytes":3000,
                  "sha256":"abc123","wordCount":1234,"uploadedAt":"2026-01-13T10:00:00Z"}}""".formatted(ID, SESSION));
        services.json("GET /submission/submissions/" + ID + "/versions", """
                [{"version":1,"fileName":"rule-17.pdf","contentType":"application/pdf","sizeBytes":2048,"sha256":"9f86d0",
                  "wordCount":812,"uploadedAt":"2026-01-12T10:00:00Z"},
                 {"version":2,"fileName":"rule-17-v2.pdf","contentType":"application/pdf","sizeBytes":3000,"sha256":"abc123",
                  "wordCount":1234,"uploadedAt":"2026-01-13T10:00:00Z"}]""");
        services.json("GET /submission/submissions/" + ID + "/history", """
                [{"number":1,"transition":"submit","status":"SUBMITTED","fileVersion":1,"at":"2026-01-12T10:00:00Z"},
                 {"number":2,"transition":"replace","status":"SUBMITTED","fileVersion":2,"at":"2026-01-13T10:00:00Z"}]""");
    }

    @Test
    void aSubmissionIsUploadedWithItsFileAsItCame() {
        String form = given().get("/me/submissions/new?sessionId=" + SESSION)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(form).contains("enctype=\"multipart/form-data\"", "<option value=\"zh\">Chinese</option>");
        services.answer(
                "POST /submission/sessions/" + SESSION + "/submissions",
                new ServiceStubs.Answer(
                        201, "application/json", "{\"id\":\"" + ID + "\",\"status\":\"SUBMITTED\"}", Map.of()));
        String location = submission(PDF)
                .post("/me/submissions?sessionId=" + SESSION)
                .then()
                .statusCode(303)
                .extract()
                .header("Location");
        assertThat(location).endsWith("/me/submissions/" + ID + "?done=submitted");
        assertThat(services.writes.get(0))
                .contains("name=\"title\"", "Rule 17: participation of observers", "name=\"language\"")
                .contains("filename=\"rule-17.pdf\"", "%PDF-1.7 rule 17");
    }

    @Test
    void theUploadShowsTheSessionsWordLimitInTheReadersLanguage() {
        String english = given().get("/me/submissions/new?sessionId=" + SESSION)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(english)
                .contains("<p class=\"hint\" id=\"file-word-limit\">Word limit for this session: 2,000 words.</p>")
                .contains("<input type=\"file\" id=\"file\" name=\"file\" accept=\"application/pdf,.pdf\""
                        + " aria-describedby=\"file-hint file-word-limit\">");
        String french = given().cookie("lang", "fr")
                .get("/me/submissions/new?sessionId=" + SESSION)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(french).containsPattern("Limite de mots de cette session : 2\\h000 mots\\.");
        String spanish = given().cookie("lang", "es")
                .get("/me/submissions/new?sessionId=" + SESSION)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(spanish).contains("Límite de palabras de esta sesión: 2.000 palabras.");
    }

    @Test
    void aSessionWithoutAWordLimitSaysSoBesideTheUpload() {
        services.json(
                "GET /registration/sessions/" + SESSION,
                ServiceStubs.session().replace("\"submissionWordLimit\":2000", "\"submissionWordLimit\":null"));
        String html = given().get("/me/submissions/new?sessionId=" + SESSION)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(html)
                .contains("<p class=\"hint\" id=\"file-word-limit\">This session sets no word limit.</p>")
                .doesNotContain("Word limit for this session");
    }

    @Test
    void aFileThatIsNotAPdfIsShownNextToTheFileField() {
        services.problem("POST /submission/sessions/" + SESSION + "/submissions", 415, """
                {"status":415,"rule":"wrong-type","title":"Wrong file type",
                 "detail":"The file is not a PDF: its content is text/plain."}""");
        String html = submission("plain words".getBytes(StandardCharsets.US_ASCII))
                .post("/me/submissions?sessionId=" + SESSION)
                .then()
                .statusCode(415)
                .extract()
                .asString();
        assertThat(html)
                .contains("<a href=\"#file\">The file is not a PDF: its content is text/plain.</a>")
                .contains("<p id=\"file-error\" class=\"error-message\">")
                .contains("value=\"Rule 17: participation of observers\"", "<option value=\"en\" selected>");
    }

    @Test
    void aFileRefusedByTheBoundedCheckIsShownNextToTheFileFieldToo() {
        services.problem("POST /submission/sessions/" + SESSION + "/submissions", 422, """
                {"status":422,"rule":"pdf-too-complex","title":"PDF too complex",
                 "detail":"A stream of the PDF inflates to more than 16 MiB."}""");
        String html = submission("%PDF-1.7 bomb".getBytes(StandardCharsets.US_ASCII))
                .post("/me/submissions?sessionId=" + SESSION)
                .then()
                .statusCode(422)
                .extract()
                .asString();
        assertThat(html)
                .contains("<a href=\"#file\">A stream of the PDF inflates to more than 16 MiB.</a>")
                .contains("<p id=\"file-error\" class=\"error-message\">");
    }

    @Test
    void aSubmissionShowsItsWordCountVersionsAndStatus() {
        aSubmissionInTwoVersions();
        String html = given().get("/me/submissions/" + ID)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(html)
                .contains("Awaiting publication", "<dd id=\"word-count\">1234</dd>")
                .contains("<dt>Word limit</dt><dd id=\"word-limit\">2,000</dd>")
                .contains("id=\"file-word-limit\">Word limit for this session: 2,000 words.</p>")
                .contains("<td>rule-17.pdf</td>", "<td>rule-17-v2.pdf</td>", "<td>3 KB</td>")
                .contains(
                        "action=\"/me/submissions/" + ID + "/file\"",
                        "action=\"/me/submissions/" + ID + "/withdrawal\"");
    }

    @Test
    void theSubmissionPageIsInFrenchAndSmall() {
        aSubmissionInTwoVersions();
        String html = given().cookie("lang", "fr")
                .get("/me/submissions/" + ID)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(html).contains("<html lang=\"fr\"", "En attente de publication", "Versions du fichier", "3 Ko");
        assertThat(html.getBytes(StandardCharsets.UTF_8).length).isLessThan(100 * 1024);
    }

    @Test
    void theFileIsReplacedAndASubmissionWithdrawn() {
        aSubmissionInTwoVersions();
        services.json("PUT /submission/submissions/" + ID + "/file", "{\"id\":\"" + ID + "\"}");
        given().redirects()
                .follow(false)
                .multiPart("file", "rule-17-v3.pdf", PDF, "application/pdf")
                .post("/me/submissions/" + ID + "/file")
                .then()
                .statusCode(303);
        assertThat(services.writes.get(0)).contains("filename=\"rule-17-v3.pdf\"");
        services.json("POST /submission/submissions/" + ID + "/withdrawal", "{\"id\":\"" + ID + "\"}");
        String location = given().redirects()
                .follow(false)
                .formParam("note", "Superseded by a joint statement.")
                .post("/me/submissions/" + ID + "/withdrawal")
                .then()
                .statusCode(303)
                .extract()
                .header("Location");
        assertThat(location).endsWith("?done=withdrawn");
        assertThat(services.writes.get(1)).isEqualTo("{\"reason\":\"Superseded by a joint statement.\"}");
    }
}

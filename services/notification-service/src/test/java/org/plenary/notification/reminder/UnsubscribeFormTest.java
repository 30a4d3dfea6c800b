package org.plenary.notification.reminder;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The unsubscribe form answers every body, even one that is no form at all, with a page. */
@QuarkusTest
class UnsubscribeFormTest {

    @Test
    void aBodyThatIsNotPercentEncodingIsAnsweredAsALinkThatDoesNotWork() {
        given().contentType("application/x-www-form-urlencoded")
                .body("%PDF-1.7\n%%EOF")
                .post("/unsubscribe")
                .then()
                .statusCode(400)
                .body(containsString("This link does not work"));
    }

    @Test
    void theTokenIsReadFromTheFormAndAMalformedPairIsSkipped() {
        assertThat(UnsubscribeResource.formValue("a=%ZZ&token=abc%2Bdef", "token"))
                .contains("abc+def");
        assertThat(UnsubscribeResource.formValue("token=%E0%A4%A", "token")).isEmpty();
        assertThat(UnsubscribeResource.formValue("", "token")).isEmpty();
    }
}

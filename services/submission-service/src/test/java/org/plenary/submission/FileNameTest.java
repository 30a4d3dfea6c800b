package org.plenary.submission;

import static org.hamcrest.Matchers.equalTo;
import static org.plenary.testing.Requests.as;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.Assertions;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.plenary.submission.Fixtures.Setup;
import org.plenary.testing.Tokens;

/** A bad multipart file name is refused with a 400 naming the field, and nothing is stored. */
@QuarkusTest
class FileNameTest extends ClockedTest {

    @ConfigProperty(name = "submission.files.directory")
    Path directory;

    @Test
    void aFileNamedSlashOrDotDotOrWithControlCharactersOrTooLongIsRefusedAndNothingIsStored() throws IOException {
        Setup setup = Fixtures.eligible(clock, null, Fixtures.DEADLINE, false);
        String kept = Fixtures.submit(setup.organisation(), setup.session(), Fixtures.pdf(5), "kept.pdf")
                .statusCode(201)
                .extract()
                .path("id");
        List<Path> before = stored();

        for (String name : List.of("/", "..", "a/..", "line\u001bbreak.pdf", "x".repeat(256))) {
            Fixtures.submit(setup.organisation(), setup.session(), Fixtures.pdf(5), name)
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("rule", equalTo("bad-file-name"))
                    .body("violations[0].field", equalTo("file"));
            as(Tokens.organisation(setup.organisation()))
                    .multiPart("file", name, Fixtures.pdf(6), "application/pdf")
                    .put("/submissions/{id}/file", kept)
                    .then()
                    .statusCode(400)
                    .body("rule", equalTo("bad-file-name"));
        }

        Assertions.assertThat(stored()).containsExactlyInAnyOrderElementsOf(before);
        as(Tokens.organisation(setup.organisation()))
                .queryParam("sessionId", setup.session())
                .get("/submissions")
                .then()
                .body("total", equalTo(2));
        as(Tokens.organisation(setup.organisation()))
                .get("/submissions/{id}/versions", kept)
                .then()
                .body("version", org.hamcrest.Matchers.contains(1));
    }

    private List<Path> stored() throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.toList();
        }
    }
}

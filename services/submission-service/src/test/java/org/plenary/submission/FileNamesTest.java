package org.plenary.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.plenary.platform.problem.RuleViolation;
import org.plenary.submission.files.FileNames;

class FileNamesTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "/", "//", "..", ".", "a/..", "dir/", "C:\\docs\\", "bad\u0000.pdf", "tab\t.pdf"})
    void aNameThatCannotBeAFilesIsRefusedNamingTheField(String name) {
        assertThatThrownBy(() -> FileNames.safe("file", name)).isInstanceOfSatisfying(RuleViolation.class, e -> {
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.rule()).isEqualTo("bad-file-name");
            assertThat(e.facts().get("violations").toString()).contains("field=file");
        });
    }

    @Test
    void aNameOver255BytesIsRefusedAndOneOf255IsKept() {
        String limit = "a".repeat(251) + ".pdf";
        assertThat(FileNames.safe("file", limit)).isEqualTo(limit);
        // 128 two-byte letters: 128 characters, 256 bytes.
        assertThatThrownBy(() -> FileNames.safe("file", "é".repeat(128)))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.rule()).isEqualTo("bad-file-name"));
    }

    @Test
    void aGoodNameKeepsItsLastSegmentInSafeCharacters() {
        assertThat(FileNames.safe("file", "../../etc/Rule 17 (draft).pdf")).isEqualTo("Rule_17__draft_.pdf");
        assertThat(FileNames.safe("file", "C:\\docs\\statement.pdf")).isEqualTo("statement.pdf");
        assertThat(FileNames.safe("file", ".hidden")).isEqualTo("submission.pdf");
        assertThat(FileNames.safe("file", "مذكرة.pdf")).isEqualTo("_____.pdf");
    }
}

package org.plenary.platform.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ServedPdfTest {

    @Test
    void aServedNameKeepsOnlySafeCharactersAndIsNeverHiddenNorEmpty() {
        assertThat(ServedPdf.safeName("Rule_17-draft.v2.pdf")).isEqualTo("Rule_17-draft.v2.pdf");
        assertThat(ServedPdf.safeName("a\"; filename=evil.html\r\n.pdf")).isEqualTo("a___filename_evil.html__.pdf");
        assertThat(ServedPdf.safeName("Конвенция.pdf")).isEqualTo("_________.pdf");
        assertThat(ServedPdf.safeName(".htaccess")).isEqualTo("file.pdf");
        assertThat(ServedPdf.safeName("")).isEqualTo("file.pdf");
        assertThat(ServedPdf.safeName(null)).isEqualTo("file.pdf");
    }
}

package org.plenary.accreditation.ecosoc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.plenary.accreditation.application.domain.OrganisationProfile.EcosocStatus;
import org.plenary.platform.problem.RuleViolation;

class EcosocCsvTest {

    @Test
    void readsQuotedNamesAnyColumnOrderAndIgnoresOtherColumns() {
        var rows = EcosocCsv.parse(
                "\uFEFFYear,Name,Status,Country,Website\r\n"
                        + "1995,\"Association for Progressive Communications, \"\"APC\"\"\",General,ZA,\r\n"
                        + "\r\n"
                        + "2014,Open Net Korea,SPECIAL,KR,https://opennet.or.kr\r\n",
                2026);
        assertThat(rows)
                .containsExactly(
                        new EcosocCsv.Row(
                                "Association for Progressive Communications, \"APC\"",
                                EcosocStatus.GENERAL,
                                1995,
                                null),
                        new EcosocCsv.Row("Open Net Korea", EcosocStatus.SPECIAL, 2014, "https://opennet.or.kr"));
    }

    @Test
    void refusesNamingTheLineAndTheColumn() {
        assertRefused("name,status,year\nA,special,1990\nA,roster,1991\n", 3, "name");
        assertRefused("name,status,year\nA,special,2027\n", 2, "year");
        assertRefused("name,status,year\nA,special,1945\n", 2, "year");
        assertRefused("name,status,year\n\"A,special,1990\n", 2, "name");
        assertRefused("name,status,year,website\nA,special,1990,ftp://a\n", 2, "website");
        assertRefused("name,status,year\n", 2, "name");
        assertRefused("", 1, "name");
    }

    private static void assertRefused(String csv, int line, String column) {
        assertThatThrownBy(() -> EcosocCsv.parse(csv, 2026)).isInstanceOfSatisfying(RuleViolation.class, e -> {
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.rule()).isEqualTo("ecosoc-list-invalid");
            assertThat(e.facts()).containsEntry("line", line).containsEntry("column", column);
        });
    }
}

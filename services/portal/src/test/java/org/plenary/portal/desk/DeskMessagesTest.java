package org.plenary.portal.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every text of the secretariat's desk and the states' pages is translated into French and Spanish. */
class DeskMessagesTest {

    private static Properties bundle(String lang) throws IOException {
        Properties properties = new Properties();
        try (Reader in = new InputStreamReader(
                DeskMessagesTest.class.getResourceAsStream("/messages/desk_" + lang + ".properties"),
                StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }

    @Test
    void theFrenchAndSpanishBundlesHaveEveryKeyAndNoOther() throws IOException {
        List<String> keys = Arrays.stream(DeskMessages.class.getDeclaredMethods())
                .map(Method::getName)
                .sorted()
                .toList();
        for (String lang : List.of("fr", "es")) {
            Properties bundle = bundle(lang);
            assertThat(bundle.stringPropertyNames()).as(lang).containsExactlyInAnyOrderElementsOf(keys);
            bundle.forEach((key, value) ->
                    assertThat(value.toString()).as(lang + " " + key).isNotBlank());
        }
    }
}

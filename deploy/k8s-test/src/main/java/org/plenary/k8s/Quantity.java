package org.plenary.k8s;

import java.math.BigDecimal;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Kubernetes resource quantities ("250m", "1", "512Mi", "2Gi") as numbers, to compare requests and limits. */
final class Quantity {

    private static final Pattern FORMAT = Pattern.compile("^([0-9]+(?:\\.[0-9]+)?)(m|k|M|G|T|Ki|Mi|Gi|Ti)?$");
    private static final Map<String, BigDecimal> FACTORS = Map.of(
            "m", new BigDecimal("0.001"),
            "k", BigDecimal.valueOf(1000L),
            "M", BigDecimal.valueOf(1000L * 1000),
            "G", BigDecimal.valueOf(1000L * 1000 * 1000),
            "T", BigDecimal.valueOf(1000L * 1000 * 1000 * 1000),
            "Ki", BigDecimal.valueOf(1024L),
            "Mi", BigDecimal.valueOf(1024L * 1024),
            "Gi", BigDecimal.valueOf(1024L * 1024 * 1024),
            "Ti", BigDecimal.valueOf(1024L * 1024 * 1024 * 1024));

    private Quantity() {}

    /** The quantity's value, or null when it is not a quantity. */
    static BigDecimal parse(Object quantity) {
        if (quantity == null) {
            return null;
        }
        Matcher m = FORMAT.matcher(quantity.toString().trim());
        if (!m.matches()) {
            return null;
        }
        BigDecimal value = new BigDecimal(m.group(1));
        return m.group(2) == null ? value : value.multiply(FACTORS.get(m.group(2)));
    }
}

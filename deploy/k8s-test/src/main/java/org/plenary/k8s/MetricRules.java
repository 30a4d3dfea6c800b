package org.plenary.k8s;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dashboard and the alerts are built on metrics the services really expose: every metric name in a
 * PrometheusRule's expressions and in a Grafana dashboard's queries (a ConfigMap labelled {@code grafana_dashboard})
 * is one of those the platform declares in {@code DeadlineDayMetrics} (which its {@code DeadlineDayMetricsTest}
 * finds in a scrape of {@code /q/metrics}); the alerts watch the outbox, the consumers' lag, the dead letters and the
 * 5xx answers.
 */
final class MetricRules extends Rules {

    static final Path DECLARED =
            Path.of("services/platform/src/main/java/org/plenary/platform/metrics/DeadlineDayMetrics.java");

    private static final Pattern CONSTANT =
            Pattern.compile("public static final String ([A-Z_]+)\\s*=\\s*\"([a-zA-Z_:][a-zA-Z0-9_:]*)\"");
    private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'|`[^`]*`");
    private static final Pattern GROUPING =
            Pattern.compile("\\b(?:by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)");
    private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
    private static final Set<String> KEYWORDS = Set.of(
            "and",
            "or",
            "unless",
            "bool",
            "offset",
            "by",
            "without",
            "on",
            "ignoring",
            "group_left",
            "group_right",
            "inf",
            "nan",
            "Inf",
            "NaN");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern URI_LABEL = Pattern.compile("\\buri\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern JOB_LABEL = Pattern.compile("\\bjob\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern PATH = Pattern.compile("@Path\\(\\s*\"([^\"]*)\"\\s*\\)");

    MetricRules(Rendering r) {
        super(r);
    }

    /** The metric names the services expose, as the platform declares them, by constant. */
    static Map<String, String> exposed(Path root) {
        Map<String, String> names = new java.util.LinkedHashMap<>();
        Path file = root.resolve(DECLARED);
        if (!Files.exists(file)) {
            return names;
        }
        Matcher m = CONSTANT.matcher(Repo.read(file));
        while (m.find()) {
            names.put(m.group(1), m.group(2));
        }
        return names;
    }

    /** The metric names a PromQL expression reads. */
    static Set<String> metricNames(String expression) {
        String text = STRING.matcher(expression).replaceAll(" ");
        text = text.replaceAll("\\{[^}]*}", " ").replaceAll("\\[[^]]*]", " ");
        text = GROUPING.matcher(text).replaceAll(" ");
        Set<String> names = new TreeSet<>();
        Matcher m = IDENTIFIER.matcher(text);
        while (m.find()) {
            String name = m.group();
            int next = m.end();
            while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
                next++;
            }
            boolean function = next < text.length() && text.charAt(next) == '(';
            boolean number = m.start() > 0 && Character.isDigit(text.charAt(m.start() - 1));
            if (!function && !number && !KEYWORDS.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }

    void check() {
        Map<String, String> declared = exposed(repo.root());
        if (declared.isEmpty()) {
            fail("%s declares no metric names", DECLARED);
            return;
        }
        Set<String> exposed = new TreeSet<>(declared.values());
        List<K8sObject> rules = m.ofKind("PrometheusRule");
        if (rules.isEmpty()) {
            fail("No PrometheusRule: nothing alerts on deadline day");
        }
        Set<String> alerted = new TreeSet<>();
        for (K8sObject rule : rules) {
            for (Object group : Yaml.list(rule.raw(), "spec", "groups")) {
                for (Object alert : Yaml.list(group, "rules")) {
                    String name = Yaml.string(alert, "alert") != null
                            ? Yaml.string(alert, "alert")
                            : Yaml.string(alert, "record");
                    String expr = String.valueOf(Yaml.at(alert, "expr"));
                    Set<String> used = metricNames(expr);
                    alerted.addAll(used);
                    for (String metric : used) {
                        if (!exposed.contains(metric)) {
                            fail(
                                    "%s: %s reads %s, which no service exposes (%s)",
                                    rule.id(), name, metric, DECLARED.getFileName());
                        }
                    }
                }
            }
        }
        for (String constant : List.of("OUTBOX_PENDING", "CONSUMER_LAG", "DEAD_LETTERS", "HTTP_REQUESTS")) {
            String metric = declared.get(constant);
            if (!rules.isEmpty() && metric != null && !alerted.contains(metric)) {
                fail("No alert reads %s (%s)", metric, constant);
            }
        }
        List<K8sObject> dashboards = m.ofKind("ConfigMap").stream()
                .filter(c -> c.labels().containsKey("grafana_dashboard"))
                .toList();
        if (dashboards.isEmpty()) {
            fail("No Grafana dashboard (a ConfigMap labelled grafana_dashboard)");
        }
        for (K8sObject dashboard : dashboards) {
            Yaml.strings(dashboard.raw(), "data").forEach((file, text) -> {
                Object json;
                try {
                    json = JSON.readValue(text, Object.class);
                } catch (IOException e) {
                    fail("%s: %s is no JSON: %s", dashboard.id(), file, e.getMessage());
                    return;
                }
                List<String> expressions = new ArrayList<>();
                expressions(json, expressions);
                if (expressions.isEmpty()) {
                    fail("%s: %s has no query", dashboard.id(), file);
                }
                for (String expression : expressions) {
                    checkUriLabels(dashboard.id() + ": " + file, expression);
                    for (String metric : metricNames(expression)) {
                        if (!exposed.contains(metric)) {
                            fail(
                                    "%s: %s queries %s, which no service exposes (%s)",
                                    dashboard.id(), file, metric, DECLARED.getFileName());
                        }
                    }
                }
            });
        }
    }

    /**
     * A query on the HTTP server's requests of one service ({@code job="<service>"}, the ServiceMonitor's job is the
     * Service's name) and one {@code uri="..."} reads a path that service's REST resources declare (the class's
     * {@code @Path} and a method's, as Micrometer's uri label names them): a renamed endpoint empties no panel unseen.
     */
    private void checkUriLabels(String where, String expression) {
        Matcher uri = URI_LABEL.matcher(expression);
        Matcher job = JOB_LABEL.matcher(expression);
        if (!uri.find() || !job.find()) {
            return;
        }
        Set<String> paths = restPaths(job.group(1));
        do {
            if (!paths.contains(uri.group(1))) {
                fail("%s: queries uri %s, which no REST resource of %s declares", where, uri.group(1), job.group(1));
            }
        } while (uri.find());
    }

    /** The request paths a service's REST resources declare: each class's @Path, alone and with each method's. */
    Set<String> restPaths(String service) {
        Set<String> paths = new TreeSet<>();
        repo.source(service).ifPresent(source -> {
            for (String text : source.javaSources()) {
                int classAt = text.indexOf(" class ");
                if (classAt < 0) {
                    continue;
                }
                String base = "";
                Matcher head = PATH.matcher(text.substring(0, classAt));
                while (head.find()) {
                    base = head.group(1);
                }
                if (!base.isEmpty()) {
                    paths.add(join(base, ""));
                }
                Matcher method = PATH.matcher(text.substring(classAt));
                while (method.find()) {
                    paths.add(join(base, method.group(1)));
                }
            }
        });
        return paths;
    }

    private static String join(String base, String path) {
        String joined = ("/" + base + "/" + path).replaceAll("/{2,}", "/");
        return joined.length() > 1 ? joined.replaceAll("/$", "") : joined;
    }

    /** Every "expr" of a dashboard's panels and targets. */
    private static void expressions(Object node, List<String> into) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> {
                if ("expr".equals(key) && value instanceof String text) {
                    into.add(text);
                } else {
                    expressions(value, into);
                }
            });
        } else if (node instanceof List<?> list) {
            list.forEach(item -> expressions(item, into));
        }
    }
}

package org.plenary.k8s;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.AnnotatedMethod;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.fabric8.certmanager.api.model.v1.Certificate;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.Gateway;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRoute;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.openshift.api.model.monitoring.v1.PodMonitor;
import io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads every rendered object into the typed model of its API (the Kubernetes API's, from the fabric8 model; the
 * Strimzi operator's, from its own model), so that a misspelt field, a value of the wrong type or an unknown kind
 * is found before a cluster refuses it. An object of a known API that carries a field its model does not know is
 * a violation, with the path to that field.
 *
 * <p>The CloudNativePG resources have no published model to read them with: they are listed as not checked here
 * (their own rules, in {@link PostgresRules}, still apply).
 */
public final class ApiSchemas {

    /** What the rendered objects may be, each with the model class that reads it. */
    static final Map<String, Class<?>> MODELS = Map.ofEntries(
            Map.entry("v1/ConfigMap", ConfigMap.class),
            Map.entry("v1/Namespace", Namespace.class),
            Map.entry("v1/PersistentVolumeClaim", PersistentVolumeClaim.class),
            Map.entry("v1/Secret", Secret.class),
            Map.entry("v1/Service", Service.class),
            Map.entry("apps/v1/Deployment", Deployment.class),
            Map.entry("autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class),
            Map.entry("policy/v1/PodDisruptionBudget", PodDisruptionBudget.class),
            Map.entry("networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class),
            Map.entry("networking.k8s.io/v1/Ingress", Ingress.class),
            Map.entry("kafka.strimzi.io/v1/Kafka", Kafka.class),
            Map.entry("kafka.strimzi.io/v1/KafkaNodePool", KafkaNodePool.class),
            Map.entry("kafka.strimzi.io/v1/KafkaTopic", KafkaTopic.class),
            Map.entry("kafka.strimzi.io/v1/KafkaUser", KafkaUser.class),
            Map.entry("gateway.networking.k8s.io/v1/Gateway", Gateway.class),
            Map.entry("gateway.networking.k8s.io/v1/HTTPRoute", HTTPRoute.class),
            Map.entry("cert-manager.io/v1/Certificate", Certificate.class),
            Map.entry("monitoring.coreos.com/v1/ServiceMonitor", ServiceMonitor.class),
            Map.entry("monitoring.coreos.com/v1/PodMonitor", PodMonitor.class),
            Map.entry("monitoring.coreos.com/v1/PrometheusRule", PrometheusRule.class));

    /** Known kinds that no model here reads. */
    static final Set<String> UNCHECKED = Set.of(
            "postgresql.cnpg.io/v1/Cluster",
            "postgresql.cnpg.io/v1/Database",
            "postgresql.cnpg.io/v1/ScheduledBackup",
            "barmancloud.cnpg.io/v1/ObjectStore",
            "k8s.keycloak.org/v2alpha1/Keycloak",
            "k8s.keycloak.org/v2alpha1/KeycloakRealmImport");

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** The outcome: what is wrong, and which objects were not checked. */
    public record Result(List<String> violations, List<String> unchecked) {}

    private ApiSchemas() {}

    public static Result check(Manifests manifests) {
        List<String> violations = new ArrayList<>();
        List<String> unchecked = new ArrayList<>();
        for (K8sObject object : manifests.all()) {
            String type = Yaml.string(object.raw(), "apiVersion") + "/" + object.kind();
            Class<?> model = MODELS.get(type);
            if (model == null) {
                if (UNCHECKED.contains(type)) {
                    unchecked.add(object.id());
                } else {
                    violations.add(object.id() + ": no API is known for apiVersion/kind " + type);
                }
                continue;
            }
            Object typed;
            try {
                typed = MAPPER.convertValue(object.raw(), model);
            } catch (IllegalArgumentException e) {
                violations.add(object.id() + ": does not read as " + type + ": " + firstLine(e.getMessage()));
                continue;
            }
            unknownFields(typed, "", violations, object.id());
        }
        return new Result(violations, unchecked);
    }

    /** Walks the typed object; wherever a model kept fields it does not know, each is a violation. */
    private static void unknownFields(Object value, String path, List<String> violations, String id) {
        if (value == null) {
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, item) -> unknownFields(item, path + "." + key, violations, id));
            return;
        }
        if (value instanceof Collection<?> items) {
            int index = 0;
            for (Object item : items) {
                unknownFields(item, path + "[" + index++ + "]", violations, id);
            }
            return;
        }
        String owner = value.getClass().getName();
        if (!owner.startsWith("io.fabric8.") && !owner.startsWith("io.strimzi.")) {
            return;
        }
        BeanDescription bean = MAPPER.getSerializationConfig().introspect(MAPPER.constructType(value.getClass()));
        AnnotatedMethod any = bean.findAnyGetter() instanceof AnnotatedMethod method ? method : null;
        if (any != null) {
            Object extra = invoke(any, value);
            if (extra instanceof Map<?, ?> fields) {
                fields.keySet().forEach(field -> violations.add(id + ": unknown field " + path + "." + field));
            }
        }
        for (BeanPropertyDefinition property : bean.findProperties()) {
            if (property.hasGetter()) {
                unknownFields(invoke(property.getGetter(), value), path + "." + property.getName(), violations, id);
            }
        }
    }

    private static Object invoke(AnnotatedMethod getter, Object target) {
        try {
            return getter.getAnnotated().invoke(target);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + getter.getFullName(), e);
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}

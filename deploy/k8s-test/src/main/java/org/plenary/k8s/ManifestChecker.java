package org.plenary.k8s;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.plenary.k8s.Rendering.PostgresCluster;
import org.plenary.k8s.Rendering.Workload;
import org.plenary.k8s.Repo.ServiceSpec;

/**
 * Checks the objects of a rendered overlay against the repository: what would make a pod crash-loop, never
 * become ready, or lose its data. Every finding is a sentence naming the object and what is wrong;
 * {@link #check} returns them all (an empty list: nothing found).
 *
 * <p>The rules:
 *
 * <ul>
 *   <li>every service of deploy/local/plenary has a Deployment running image plenary/&lt;service&gt;:&lt;version&gt;
 *       built by its Dockerfile.jvm, and a Service that reaches its HTTP port;
 *   <li>startup, readiness and liveness probes call the service's real SmallRye Health paths on the port the
 *       service listens on (quarkus.http.port, or the management port), and the container declares that port;
 *   <li>every environment variable maps to a configuration property the service reads (its
 *       application.properties, the platform's defaults, @ConfigProperty/@ConfigMapping/${...} in its code, a
 *       short list of Quarkus/MicroProfile properties) or to a variable of the image's launcher;
 *   <li>ConfigMap and Secret references resolve (a rendered object has the key; a Secret the overlay does not
 *       render is named in k8s/README.md, where operators learn to create it);
 *   <li>the datasource URLs point at a CloudNativePG read-write service and a database of that cluster, the
 *       service's own; username and password come from the Secret of the database owner's login;
 *   <li>the Kafka bootstrap address is the Strimzi cluster's TLS listener; every topic of deploy/topics.conf,
 *       of a service's {@code topic=} lines and of the event contracts has a KafkaTopic with the same partitions
 *       and cleanup policy; replication factors and min.insync.replicas fit the number of brokers;
 *   <li>non-root, read-only root filesystem, no privilege escalation, no capabilities, a writable /tmp, resource
 *       requests and limits; every directory a service writes to is a writable volume; a ReadWriteOnce volume
 *       is only used by one replica;
 *   <li>a default-deny NetworkPolicy; each service may reach PostgreSQL, Kafka and DNS, is reachable on its HTTP
 *       port (and its management port) only and not from another service, and reaches no other service;
 *       PostgreSQL and the Kafka listener admit it;
 *   <li>health, metrics and the OpenAPI document are on the management interface, a port of their own: the
 *       ingress controller is not admitted there, and no Service port an ingress routes leads to it;
 *   <li>Kafka authorises every request and authenticates every listener; each service connects with TLS against the
 *       cluster CA and logs in as its own KafkaUser, whose ACLs are exactly the topics and groups its code produces
 *       and consumes ({@link KafkaAccessRules});
 *   <li>every datasource verifies PostgreSQL's certificate and name against CloudNativePG's CA (verify-full), and
 *       the cluster refuses connections without TLS ({@link PostgresTlsRules});
 *   <li>the portal, checked like a service, is the one workload that calls services over HTTP: only those its REST
 *       clients name, which admit it; it has no database and no Kafka, signs in with the realm the services trust,
 *       reads its client secret from a Secret ({@link PortalRules});
 *   <li>traffic comes in through one Gateway, HTTPS with a certificate Secret, and an HTTPRoute per application on
 *       a host name of its own, to a Service port leading to its HTTP port and never to a management port; the
 *       NetworkPolicies admit the Gateway's proxy where the routes lead, and nowhere else ({@link RouteRules});
 *   <li>Prometheus scrapes each service's metrics path on its management port (a ServiceMonitor, a NetworkPolicy
 *       admitting it), the Kafka brokers' exporter and the PostgreSQL instances' ({@link MonitoringRules});
 *   <li>every metric name the alerts (PrometheusRule) and the Grafana dashboard read is one the services expose, and
 *       the alerts watch the outbox, the consumers' lag, the dead letters and the 5xx ({@link MetricRules});
 *   <li>scheduled backups name a cluster that archives its WAL to a rendered object store, whose credentials are
 *       Secret references ({@link BackupRules});
 *   <li>an overlay that references one image by digest references them all so ({@link ImageRules});
 *   <li>HorizontalPodAutoscalers and PodDisruptionBudgets name existing Deployments and leave room for a drain;
 *       every replica the overlay can run gets its database connections.
 * </ul>
 */
public final class ManifestChecker {

    private final Repo repo;

    public ManifestChecker(Repo repo) {
        this.repo = repo;
    }

    /** The findings, and what was left out because the service it belongs to does not exist yet. */
    public record Result(List<String> violations, List<String> deferred) {}

    public List<String> check(String renderedYaml) {
        return run(renderedYaml).violations();
    }

    public Result run(String renderedYaml) {
        return run(Manifests.parse(renderedYaml));
    }

    public Result run(Manifests manifests) {
        Rendering r = new Rendering(repo, manifests);
        PostgresRules postgres = new PostgresRules(r);
        KafkaRules kafka = new KafkaRules(r);
        WorkloadRules workloads = new WorkloadRules(r);
        NetworkRules network = new NetworkRules(r);
        KeycloakRules keycloak = new KeycloakRules(r);
        KafkaAccessRules kafkaAccess = new KafkaAccessRules(r);
        PostgresTlsRules postgresTls = new PostgresTlsRules(r);
        PortalRules portal = new PortalRules(r, network);
        MonitoringRules monitoring = new MonitoringRules(r, network);

        checkNamespace(r);
        postgres.readPostgres();
        kafka.readKafka();
        kafka.checkTopics();
        keycloak.checkKeycloak();
        kafkaAccess.checkCluster();
        postgresTls.checkClusters();
        for (ServiceSpec spec : repo.services()) {
            Optional<K8sObject> deployment = manifests.find("Deployment", spec.name());
            if (deployment.isEmpty()) {
                r.fail("Deployment/%s: missing (deploy/local/plenary lists the service)", spec.name());
                continue;
            }
            workloads.workload(spec, deployment.get()).ifPresent(r.workloads::add);
        }
        for (K8sObject deployment : manifests.ofKind("Deployment")) {
            if (repo.services().stream().noneMatch(s -> s.name().equals(deployment.name()))
                    && !deployment.name().equals(PortalRules.PORTAL)) {
                r.fail("%s: no such service in deploy/local/plenary", deployment.id());
            }
        }
        for (Workload w : r.workloads) {
            workloads.checkImage(w);
            workloads.checkProbes(w);
            workloads.checkEnvironment(w);
            workloads.checkSecurity(w);
            workloads.checkVolumes(w);
            workloads.checkServiceObject(w);
            postgres.checkDatasource(w);
            kafka.checkKafkaClient(w);
            network.checkNetwork(w);
            network.checkManagementPort(w);
            keycloak.checkTokenVerification(w);
            kafkaAccess.checkClient(w);
            kafkaAccess.checkAcls(w);
            postgresTls.checkDatasource(w);
            monitoring.checkService(w);
        }
        kafkaAccess.checkUsers();
        r.portal = portal.portal(workloads);
        r.portal.ifPresent(w -> {
            workloads.checkImage(w);
            workloads.checkProbes(w);
            workloads.checkEnvironment(w);
            workloads.checkSecurity(w);
            workloads.checkVolumes(w);
            workloads.checkServiceObject(w);
            portal.checkNoDatabaseNoKafka(w);
            portal.checkSignIn(w);
            portal.checkCalls(w);
            monitoring.checkService(w);
        });
        new RouteRules(r, network).check();
        monitoring.checkDataLayer();
        new MetricRules(r).check();
        new BackupRules(r).check();
        new ImageRules(r).check();
        network.checkDefaultDeny();
        network.checkKeycloakNetwork();
        workloads.checkScaling();
        postgres.checkConnectionBudget();
        checkReferencedSecrets(r);
        return new Result(List.copyOf(r.violations), List.copyOf(r.deferred));
    }

    /** Every object in one namespace, which the overlay renders (a generator can miss the namespace). */
    private static void checkNamespace(Rendering r) {
        Set<String> used = new TreeSet<>();
        for (K8sObject o : r.m.all()) {
            if (!o.kind().equals("Namespace")) {
                used.add(String.valueOf(o.namespace()));
            }
        }
        if (used.size() != 1 || used.contains("null")) {
            r.fail(
                    "All objects belong in one namespace; found %s (a generator without the overlay's namespace?)",
                    used);
        }
        r.namespace = used.isEmpty() ? "default" : used.iterator().next();
        if (r.m.ofKind("Namespace").stream().noneMatch(n -> n.name().equals(r.namespace))) {
            r.fail("Namespace/%s: not rendered, but every object is in it", r.namespace);
        }
    }

    /** A Secret the overlay does not render is created by the cluster's operators: k8s/README.md must say so. */
    private static void checkReferencedSecrets(Rendering r) {
        for (PostgresCluster cluster : r.postgres.values()) {
            for (String secret : cluster.loginSecrets().values()) {
                if (r.m.find("Secret", secret).isEmpty()) {
                    r.externalSecrets.add(secret);
                }
            }
        }
        Set<String> undocumented = new LinkedHashSet<>();
        for (String secret : r.externalSecrets) {
            if (!Pattern.compile("\\b" + Pattern.quote(secret) + "\\b")
                    .matcher(r.repo.k8sReadme())
                    .find()) {
                undocumented.add(secret);
            }
        }
        for (String secret : undocumented) {
            r.fail("Secret/%s is referenced but neither rendered nor documented in k8s/README.md", secret);
        }
    }
}

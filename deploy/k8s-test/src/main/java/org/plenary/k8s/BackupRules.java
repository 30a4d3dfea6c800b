package org.plenary.k8s;

import java.util.List;
import java.util.Optional;

/**
 * Kept safe: the PostgreSQL clusters' backups, through CloudNativePG's Barman Cloud plugin. Every ScheduledBackup
 * names a rendered Cluster, runs on a six-field schedule, and backs up by the plugin the cluster archives its WAL
 * with; that cluster's plugin names a rendered ObjectStore, which has a destination, a retention policy and its
 * credentials by Secret reference (rendered, or documented in k8s/README.md). {@link #backedUp} tells whether a
 * cluster has both the base backups and the WAL archive.
 */
final class BackupRules extends Rules {

    static final String PLUGIN = "barman-cloud.cloudnative-pg.io";

    BackupRules(Rendering r) {
        super(r);
    }

    void check() {
        for (K8sObject backup : m.ofKind("ScheduledBackup")) {
            String cluster = Yaml.string(backup.raw(), "spec", "cluster", "name");
            Optional<K8sObject> target = m.find("Cluster", String.valueOf(cluster));
            if (target.isEmpty()) {
                fail("%s: backs up Cluster/%s, which is not rendered", backup.id(), cluster);
                continue;
            }
            String schedule = String.valueOf(Yaml.string(backup.raw(), "spec", "schedule"));
            if (schedule.trim().split("\\s+").length != 6) {
                fail("%s: schedule \"%s\" is not CloudNativePG's six fields (seconds first)", backup.id(), schedule);
            }
            String method = Yaml.string(backup.raw(), "spec", "method");
            String plugin = Yaml.string(backup.raw(), "spec", "pluginConfiguration", "name");
            if (!"plugin".equals(method) || !PLUGIN.equals(plugin)) {
                fail(
                        "%s: method %s, plugin %s: the backups go to object storage by the Barman Cloud plugin (%s)",
                        backup.id(), method, plugin, PLUGIN);
                continue;
            }
            if (walArchiver(target.get()).isEmpty()) {
                fail(
                        "%s: %s archives no WAL through %s: a base backup alone cannot be recovered to a point in"
                                + " time",
                        backup.id(), target.get().id(), PLUGIN);
            }
        }
        for (K8sObject cluster : m.ofKind("Cluster")) {
            walArchiver(cluster).ifPresent(plugin -> {
                String store = Yaml.string(plugin, "parameters", "barmanObjectName");
                Optional<K8sObject> objectStore = m.find("ObjectStore", String.valueOf(store));
                if (objectStore.isEmpty()) {
                    fail("%s: archives to ObjectStore/%s, which is not rendered", cluster.id(), store);
                    return;
                }
                checkObjectStore(objectStore.get());
            });
        }
    }

    /** Whether the cluster has scheduled base backups and a WAL archive on object storage. */
    boolean backedUp(String cluster) {
        Optional<K8sObject> object = m.find("Cluster", cluster);
        return object.isPresent()
                && walArchiver(object.get()).isPresent()
                && m.ofKind("ScheduledBackup").stream()
                        .anyMatch(b -> cluster.equals(Yaml.string(b.raw(), "spec", "cluster", "name")));
    }

    private Optional<Object> walArchiver(K8sObject cluster) {
        return Yaml.list(cluster.raw(), "spec", "plugins").stream()
                .filter(p -> PLUGIN.equals(Yaml.string(p, "name")) && Yaml.isTrue(p, "isWALArchiver"))
                .findFirst();
    }

    private void checkObjectStore(K8sObject store) {
        Object configuration = Yaml.at(store.raw(), "spec", "configuration");
        String destination = Yaml.string(configuration, "destinationPath");
        if (destination == null || !destination.matches("^(s3|gs|https)://.+")) {
            fail("%s: destinationPath %s is no object storage address", store.id(), destination);
        }
        if (Yaml.string(store.raw(), "spec", "retentionPolicy") == null) {
            fail("%s: no retentionPolicy: backups and WAL pile up for ever", store.id());
        }
        boolean credentials = false;
        for (String provider : List.of("s3Credentials", "azureCredentials", "googleCredentials")) {
            Object section = Yaml.at(configuration, provider);
            if (section == null) {
                continue;
            }
            credentials = true;
            if (provider.equals("s3Credentials") && Yaml.isTrue(section, "inheritFromIAMRole")) {
                continue;
            }
            for (Object reference : Yaml.map(section).values()) {
                String secret = Yaml.string(reference, "name");
                String key = Yaml.string(reference, "key");
                if (secret == null || key == null) {
                    fail("%s: %s holds a value, not a Secret reference (name, key)", store.id(), provider);
                    continue;
                }
                Optional<K8sObject> rendered = m.find("Secret", secret);
                if (rendered.isEmpty()) {
                    r.externalSecrets.add(secret);
                } else if (!secretData(rendered.get()).containsKey(key)) {
                    fail("%s: Secret/%s has no key %s", store.id(), secret, key);
                }
            }
        }
        if (!credentials) {
            fail("%s: no credentials for the object store", store.id());
        }
    }
}

package org.plenary.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Kept safe: production backs PostgreSQL up to object storage, nightly base backups and the WAL archive, through
 * CloudNativePG's Barman Cloud plugin, credentials by Secret reference. Each case changes one thing in the rendered
 * production overlay, which passes, and expects the checker to name it.
 */
class BackupsTest {

    @Test
    void production_backs_postgres_up_with_its_wal_archive_and_small_does_not() {
        Manifests production = Overlays.manifests("production");
        Rendering rendering = new Rendering(Overlays.REPO, production);

        assertThat(new BackupRules(rendering).backedUp("plenary-postgres")).isTrue();
        assertThat(Yaml.string(
                        Doctored.object(production, "ObjectStore", "plenary-backups")
                                .raw(),
                        "spec",
                        "configuration",
                        "s3Credentials",
                        "accessKeyId",
                        "name"))
                .isEqualTo("plenary-backup-s3");
        assertThat(new BackupRules(new Rendering(Overlays.REPO, Overlays.manifests("small")))
                        .backedUp("plenary-postgres"))
                .isFalse();
    }

    @Test
    void a_backup_without_the_wal_archive_or_of_another_cluster_fails_the_check() {
        List<String> violations = production(m -> {
            Map<String, Object> plugin = Doctored.map(Doctored.list(
                            Doctored.object(m, "Cluster", "plenary-postgres").raw(), "spec", "plugins")
                    .get(0));
            plugin.put("isWALArchiver", false);
        });

        assertThat(violations)
                .anySatisfy(v -> assertThat(v)
                        .contains("ScheduledBackup/plenary-postgres-nightly: Cluster/plenary-postgres archives no WAL"
                                + " through barman-cloud.cloudnative-pg.io"));

        List<String> other = production(m -> {
            Map<String, Object> spec = Doctored.map(
                    Doctored.object(m, "ScheduledBackup", "plenary-postgres-nightly")
                            .raw(),
                    "spec");
            Doctored.map(spec, "cluster").put("name", "postgres");
            spec.put("schedule", "0 2 * * *");
        });

        assertThat(other)
                .contains("ScheduledBackup/plenary-postgres-nightly: backs up Cluster/postgres, which is not rendered");
    }

    @Test
    void a_wrong_schedule_or_method_fails_the_check() {
        List<String> violations = production(m -> {
            Map<String, Object> spec = Doctored.map(
                    Doctored.object(m, "ScheduledBackup", "plenary-postgres-nightly")
                            .raw(),
                    "spec");
            spec.put("schedule", "0 2 * * *");
        });
        assertThat(violations)
                .anySatisfy(v -> assertThat(v)
                        .contains("schedule \"0 2 * * *\" is not CloudNativePG's six fields (seconds first)"));

        List<String> snapshot = production(m -> Doctored.map(
                        Doctored.object(m, "ScheduledBackup", "plenary-postgres-nightly")
                                .raw(),
                        "spec")
                .put("method", "volumeSnapshot"));
        assertThat(snapshot)
                .anySatisfy(
                        v -> assertThat(v).contains("method volumeSnapshot, plugin barman-cloud.cloudnative-pg.io"));
    }

    @Test
    void credentials_written_in_the_object_store_or_an_undocumented_secret_fail_the_check() {
        List<String> inline = production(m -> Doctored.map(
                        Doctored.object(m, "ObjectStore", "plenary-backups").raw(),
                        "spec",
                        "configuration",
                        "s3Credentials")
                .put("accessKeyId", "AKIA-not-a-reference"));
        assertThat(inline)
                .anySatisfy(v -> assertThat(v)
                        .contains("ObjectStore/plenary-backups: s3Credentials holds a value, not a Secret reference"));

        List<String> undocumented = production(m -> Doctored.map(
                        Doctored.object(m, "ObjectStore", "plenary-backups").raw(),
                        "spec",
                        "configuration",
                        "s3Credentials",
                        "secretAccessKey")
                .put("name", "backup-keys"));
        assertThat(undocumented)
                .contains("Secret/backup-keys is referenced but neither rendered nor documented in k8s/README.md");

        List<String> store = production(m -> Doctored.map(
                        Doctored.object(m, "ObjectStore", "plenary-backups").raw(), "spec")
                .remove("retentionPolicy"));
        assertThat(store).contains("ObjectStore/plenary-backups: no retentionPolicy: backups and WAL pile up for ever");
    }

    private static List<String> production(java.util.function.Consumer<Manifests> change) {
        Manifests manifests = Overlays.manifests("production");
        change.accept(manifests);
        return new ManifestChecker(Overlays.REPO).run(manifests).violations();
    }
}

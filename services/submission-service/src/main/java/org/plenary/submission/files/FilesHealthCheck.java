package org.plenary.submission.files;

import io.smallrye.health.api.Wellness;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * "Submission files" in {@code /q/health/well}: what the last sweep found. DOWN while a row names a file the store
 * does not have (a store that lost files needs an operator); files without a row are removed, and only counted.
 */
@Wellness
@ApplicationScoped
public class FilesHealthCheck implements HealthCheck {

    private final FileSweep sweep;

    public FilesHealthCheck(FileSweep sweep) {
        this.sweep = sweep;
    }

    @Override
    public HealthCheckResponse call() {
        return sweep.last()
                .map(report -> HealthCheckResponse.named("Submission files")
                        .status(report.rowsWithoutFile().isEmpty())
                        .withData("lastSweep", report.at().toString())
                        .withData("filesChecked", report.filesChecked())
                        .withData("orphansRemoved", sweep.orphansRemoved())
                        .withData("rowsWithoutFile", report.rowsWithoutFile().size())
                        .build())
                .orElseGet(() -> HealthCheckResponse.named("Submission files")
                        .up()
                        .withData("swept", false)
                        .build());
    }
}

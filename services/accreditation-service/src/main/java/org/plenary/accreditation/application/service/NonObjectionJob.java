package org.plenary.accreditation.application.service;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** Ends non-objection periods: on each run, every application whose period ended without objection is accredited. */
@ApplicationScoped
public class NonObjectionJob {

    private static final Logger LOG = Logger.getLogger(NonObjectionJob.class);

    private final ApplicationService applications;

    public NonObjectionJob(ApplicationService applications) {
        this.applications = applications;
    }

    @Scheduled(
            every = "${accreditation.non-objection.check-every:60s}",
            identity = "non-objection-period-end",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> run() {
        return applications
                .accreditAfterNonObjection()
                .invoke(count -> {
                    if (count > 0) {
                        LOG.infof("Accredited %d application(s) whose non-objection period ended", count);
                    }
                })
                .onFailure()
                .invoke(e -> LOG.warnf("Non-objection job failed, will run again: %s", e.getMessage()))
                .onFailure()
                .recoverWithNull()
                .replaceWithVoid();
    }
}

package org.plenary.registration.accreditation;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.plenary.contracts.AccreditationEvents;
import org.plenary.platform.inbox.TopicReplay;

/**
 * Rebuilds the accreditation projection from the topic: at start-up when the table is empty (a new database,
 * a lost one), and on demand.
 */
@ApplicationScoped
public class ProjectionRebuild {

    private final TopicReplay replay;
    private final TopicReplay.Projection accreditations;

    public ProjectionRebuild(TopicReplay replay, AccreditationProjection projection) {
        this.replay = replay;
        this.accreditations = new TopicReplay.Projection(
                "accreditation",
                () -> Accreditation.count(),
                AccreditationEvents.APPLICATIONS_TOPIC,
                AccreditationProjection.CONSUMER,
                projection::apply);
    }

    void onStart(@Observes StartupEvent start) {
        replay.rebuildEmptyInBackground(List.of(accreditations));
    }

    /**
     * Reads the accreditation topic from the beginning to its current end and applies every event. Blocks: call
     * it from a worker thread.
     *
     * @return how many records it read
     */
    public int rebuild() {
        return replay.rebuild(accreditations);
    }
}

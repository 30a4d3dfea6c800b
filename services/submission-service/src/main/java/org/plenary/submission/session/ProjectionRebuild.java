package org.plenary.submission.session;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.plenary.contracts.AccreditationEvents;
import org.plenary.contracts.RegistrationEvents;
import org.plenary.platform.inbox.TopicReplay;

/**
 * Rebuilds this service's copies of sessions and accreditations from their topics: at start-up, each copy that
 * is empty (a new database, a lost one); and on demand.
 */
@ApplicationScoped
public class ProjectionRebuild {

    private final TopicReplay replay;
    private final TopicReplay.Projection sessions;
    private final TopicReplay.Projection accreditations;

    public ProjectionRebuild(TopicReplay replay, Projections projections) {
        this.replay = replay;
        this.sessions = new TopicReplay.Projection(
                "session",
                () -> SessionCopy.count(),
                RegistrationEvents.SESSIONS_TOPIC,
                Projections.SESSIONS,
                projections::applySession);
        this.accreditations = new TopicReplay.Projection(
                "accreditation",
                () -> AccreditationCopy.count(),
                AccreditationEvents.APPLICATIONS_TOPIC,
                Projections.ACCREDITATIONS,
                projections::applyAccreditation);
    }

    void onStart(@Observes StartupEvent start) {
        replay.rebuildEmptyInBackground(List.of(sessions, accreditations));
    }

    /** Replays the session topic; blocks. */
    public int rebuildSessions() {
        return replay.rebuild(sessions);
    }

    /** Replays the accreditation topic; blocks. */
    public int rebuildAccreditations() {
        return replay.rebuild(accreditations);
    }
}

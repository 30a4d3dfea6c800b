package org.plenary.submission.session;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.plenary.contracts.AccreditationEvents;
import org.plenary.contracts.RegistrationEvents;
import org.plenary.platform.inbox.TopicReplay;

/**
 * Rebuilds this service's copies of sessions, accreditations and bodies' policies from their topics: at start-up, each copy that
 * is empty (a new database, a lost one); and on demand.
 */
@ApplicationScoped
public class ProjectionRebuild {

    private final TopicReplay replay;
    private final TopicReplay.Projection sessions;
    private final TopicReplay.Projection accreditations;
    private final TopicReplay.Projection bodies;

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
        this.bodies = new TopicReplay.Projection(
                "body",
                () -> BodyPolicyCopy.count(),
                AccreditationEvents.BODIES_TOPIC,
                Projections.BODIES,
                projections::applyBody);
    }

    void onStart(@Observes StartupEvent start) {
        replay.rebuildEmptyInBackground(List.of(sessions, accreditations, bodies));
    }

    /** Replays the session topic; blocks. */
    public int rebuildSessions() {
        return replay.rebuild(sessions);
    }

    /** Replays the accreditation topic; blocks. */
    public int rebuildAccreditations() {
        return replay.rebuild(accreditations);
    }

    /** Replays the body topic; blocks. */
    public int rebuildBodies() {
        return replay.rebuild(bodies);
    }
}

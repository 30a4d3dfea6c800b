package org.plenary.sideevent.session.messaging;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.plenary.contracts.AccreditationEvents;
import org.plenary.contracts.RegistrationEvents;
import org.plenary.platform.inbox.TopicReplay;
import org.plenary.sideevent.session.domain.AccreditationCopy;
import org.plenary.sideevent.session.domain.RegistrationCopy;
import org.plenary.sideevent.session.domain.SessionCopy;

/**
 * Rebuilds this service's copies of sessions, registrations and accreditations from their topics: at start-up, each
 * copy that is empty (a new database, a lost one), sessions first; and on demand.
 */
@ApplicationScoped
public class ProjectionRebuild {

    private final TopicReplay replay;
    private final TopicReplay.Projection sessions;
    private final TopicReplay.Projection registrations;
    private final TopicReplay.Projection accreditations;

    public ProjectionRebuild(
            TopicReplay replay,
            SessionConsumer sessionConsumer,
            RegistrationConsumer registrationConsumer,
            AccreditationConsumer accreditationConsumer) {
        this.replay = replay;
        this.sessions = new TopicReplay.Projection(
                "session",
                () -> SessionCopy.count(),
                RegistrationEvents.SESSIONS_TOPIC,
                SessionConsumer.CONSUMER,
                sessionConsumer::apply);
        this.registrations = new TopicReplay.Projection(
                "registration",
                () -> RegistrationCopy.count(),
                RegistrationEvents.REGISTRATIONS_TOPIC,
                RegistrationConsumer.CONSUMER,
                registrationConsumer::apply);
        this.accreditations = new TopicReplay.Projection(
                "accreditation",
                () -> AccreditationCopy.count(),
                AccreditationEvents.APPLICATIONS_TOPIC,
                AccreditationConsumer.CONSUMER,
                accreditationConsumer::apply);
    }

    void onStart(@Observes StartupEvent start) {
        replay.rebuildEmptyInBackground(List.of(sessions, registrations, accreditations));
    }

    /** Replays the session topic; blocks. */
    public int rebuildSessions() {
        return replay.rebuild(sessions);
    }

    /** Replays the registration topic; blocks. */
    public int rebuildRegistrations() {
        return replay.rebuild(registrations);
    }

    /** Replays the accreditation topic; blocks. */
    public int rebuildAccreditations() {
        return replay.rebuild(accreditations);
    }
}

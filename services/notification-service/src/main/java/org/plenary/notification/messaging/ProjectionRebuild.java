package org.plenary.notification.messaging;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.plenary.contracts.AccreditationEvents;
import org.plenary.contracts.RegistrationEvents;
import org.plenary.contracts.SideEventEvents;
import org.plenary.contracts.SubmissionEvents;
import org.plenary.platform.inbox.TopicReplay;

/**
 * Rebuilds this service's copies (organisations' contacts and accreditations, sessions, registrations, proposals and
 * submissions) from their
 * topics: at start-up, each copy that is empty, sessions first; and on demand. A rebuild applies the projections
 * alone, under inbox names of their own: it never mails anyone (the live consumers write the mails).
 */
@ApplicationScoped
public class ProjectionRebuild {

    private final TopicReplay replay;
    private final TopicReplay.Projection sessions;
    private final TopicReplay.Projection bodies;
    private final TopicReplay.Projection contacts;
    private final TopicReplay.Projection registrations;
    private final TopicReplay.Projection proposals;
    private final TopicReplay.Projection submissions;

    public ProjectionRebuild(
            TopicReplay replay,
            SessionConsumer sessionConsumer,
            AccreditationConsumer accreditationConsumer,
            RegistrationConsumer registrationConsumer,
            ProposalConsumer proposalConsumer,
            SubmissionConsumer submissionConsumer,
            BodyConsumer bodyConsumer) {
        this.replay = replay;
        this.bodies = new TopicReplay.Projection(
                "body",
                () -> count("body_copy"),
                AccreditationEvents.BODIES_TOPIC,
                BodyConsumer.CONSUMER,
                bodyConsumer::apply);
        this.sessions = new TopicReplay.Projection(
                "session",
                () -> count("session_copy"),
                RegistrationEvents.SESSIONS_TOPIC,
                SessionConsumer.PROJECTION,
                sessionConsumer::apply);
        this.contacts = new TopicReplay.Projection(
                "organisation-contact",
                () -> count("organisation_contact"),
                AccreditationEvents.APPLICATIONS_TOPIC,
                AccreditationConsumer.PROJECTION,
                accreditationConsumer::project);
        this.registrations = new TopicReplay.Projection(
                "registration",
                () -> count("registration_copy"),
                RegistrationEvents.REGISTRATIONS_TOPIC,
                RegistrationConsumer.PROJECTION,
                registrationConsumer::project);
        this.proposals = new TopicReplay.Projection(
                "proposal",
                () -> count("proposal_copy"),
                SideEventEvents.PROPOSALS_TOPIC,
                ProposalConsumer.PROJECTION,
                proposalConsumer::project);
        this.submissions = new TopicReplay.Projection(
                "submission",
                () -> count("submission_copy"),
                SubmissionEvents.SUBMISSIONS_TOPIC,
                SubmissionConsumer.PROJECTION,
                submissionConsumer::project);
    }

    private static Uni<Long> count(String table) {
        return Panache.getSession()
                .chain(s -> s.createNativeQuery("select count(*) from " + table, Long.class)
                        .getSingleResult());
    }

    void onStart(@Observes StartupEvent start) {
        replay.rebuildEmptyInBackground(List.of(sessions, bodies, contacts, registrations, proposals, submissions));
    }

    /** Replays the session topic; blocks. */
    public int rebuildSessions() {
        return replay.rebuild(sessions);
    }

    /** Replays the accreditation topic into the contacts and accreditations; blocks. */
    public int rebuildContacts() {
        return replay.rebuild(contacts);
    }

    /** Replays the registration topic; blocks. */
    public int rebuildRegistrations() {
        return replay.rebuild(registrations);
    }
}

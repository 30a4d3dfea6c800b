package org.plenary.registration.registration;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.plenary.platform.security.Actor;
import org.plenary.registration.session.Session;

/**
 * The changes one transaction makes to a session's registrations, in order. {@link RegistrationJournal} turns
 * each into an event once the whole change is done, so that every event tells the state after the transaction.
 */
public final class RegistrationChanges {

    /**
     * One change: its type, the registration, the status it had before (null when new), who made it and why (the
     * registration's reason as the change left it).
     */
    record Change(String type, Registration registration, Registration.Status from, Actor actor, String reason) {}

    /** Who heads an organisation's delegation is settled with this delegate named (or none), by this actor. */
    record Head(Registration named, Actor actor) {}

    private final Session session;
    private final List<Change> changes = new ArrayList<>();
    private final Map<String, Head> heads = new HashMap<>();

    public RegistrationChanges(Session session) {
        this.session = session;
    }

    public Session session() {
        return session;
    }

    /** Notes a change of the registration, from the status it had before (null when new). */
    public void add(String type, Registration registration, Registration.Status from, Actor actor) {
        changes.add(new Change(type, registration, from, actor, registration.reason));
    }

    /**
     * Has {@link RegistrationJournal} settle who heads the organisation's delegation with this delegate named head
     * (null: the head stays, or the role passes on), the actor making any change that follows; by default the
     * journal settles it as the system.
     */
    void settleHead(String organisationId, Registration named, Actor actor) {
        heads.put(organisationId, new Head(named, actor));
    }

    Head head(String organisationId) {
        return heads.get(organisationId);
    }

    List<Change> changes() {
        return changes;
    }

    /** Whether the registration has a change other than of its head of delegation, whose event tells it all. */
    boolean hasOtherChange(Change change) {
        return changes.stream()
                .anyMatch(c -> c != change
                        && c.registration() == change.registration()
                        && !c.type().equals(org.plenary.contracts.RegistrationEvents.HEAD_OF_DELEGATION_CHANGED));
    }
}

package org.plenary.registration.registration;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.plenary.registration.session.Session;
import org.plenary.registration.session.VenueTime;

/**
 * The rules of registering one delegate for a session, as plain Java: it takes the facts and the time and
 * returns the outcome with every reason, so the register and eligibility endpoints answer alike.
 */
public final class RegistrationPolicy {

    /** What the policy needs to know. */
    public record Facts(
            Session session,
            Instant now,
            boolean accreditedNow,
            Instant accreditedAt,
            boolean suspended,
            int organisationSeats,
            int sessionSeats,
            boolean delegateAlreadyRegistered,
            boolean nominationLetterUploaded,
            boolean joinWaitingList) {}

    /** One rule that stands in the way, with the facts the caller needs. */
    public record Reason(String rule, String detail, Map<String, Object> facts) {}

    public enum Outcome {
        REGISTER,
        WAITLIST,
        REFUSE
    }

    /** The outcome; {@code late} for a registration after the deadline under ACCEPT_LATE. */
    public record Decision(Outcome outcome, boolean late, List<Reason> reasons) {}

    private RegistrationPolicy() {}

    public static Decision decide(Facts f) {
        Session s = f.session();
        ZoneId zone = s.zone();
        List<Reason> refusals = new ArrayList<>();
        boolean late = false;
        if (!f.now().isBefore(s.endsAt())) {
            refusals.add(new Reason(
                    "session-over",
                    "The session ended on " + s.endDate + ".",
                    Map.of("endDate", s.endDate.toString())));
        } else if (f.now().isBefore(s.registrationOpensAt)) {
            refusals.add(new Reason(
                    "registration-not-open",
                    "Registration opens at " + VenueTime.inVenue(s.registrationOpensAt, zone) + " (venue time).",
                    instantFacts("opensAt", s.registrationOpensAt, zone)));
        } else if (!f.now().isBefore(s.registrationDeadline)) {
            if (s.latePolicy == Session.LatePolicy.ACCEPT_LATE) {
                late = true;
            } else {
                refusals.add(new Reason(
                        "deadline-passed",
                        "Registration closed at " + VenueTime.inVenue(s.registrationDeadline, zone) + " (" + s.timeZone
                                + "), " + s.registrationDeadline + " UTC.",
                        instantFacts("deadline", s.registrationDeadline, zone)));
            }
        }
        if (f.suspended()) {
            refusals.add(new Reason(
                    "organisation-suspended",
                    "The organisation's accreditation to " + s.bodyId
                            + " is suspended: it registers no delegate until it is reinstated.",
                    Map.of("bodyId", s.bodyId)));
        } else if (s.participation == Session.Participation.ACCREDITATION_ONLY) {
            boolean byCutoff = f.accreditedNow()
                    && (s.accreditationCutoff == null
                            || (f.accreditedAt() != null && !f.accreditedAt().isAfter(s.accreditationCutoff)));
            if (!byCutoff) {
                Map<String, Object> facts = new LinkedHashMap<>();
                facts.put("bodyId", s.bodyId);
                if (s.accreditationCutoff != null) {
                    facts.putAll(instantFacts("accreditationCutoff", s.accreditationCutoff, zone));
                }
                refusals.add(new Reason(
                        "not-accredited",
                        "Only organisations accredited to " + s.bodyId
                                + (s.accreditationCutoff == null ? "" : " by " + s.accreditationCutoff)
                                + " may register for this session.",
                        facts));
            }
        }
        if (f.delegateAlreadyRegistered()) {
            refusals.add(new Reason(
                    "delegate-already-registered",
                    "This delegate is already in the organisation's delegation to the session.",
                    Map.of()));
        }
        if (s.nominationLetterRequired && !f.nominationLetterUploaded()) {
            refusals.add(new Reason(
                    "nomination-letter-required",
                    "The session asks for the organisation's nomination letter (a PDF signed by its head) first.",
                    Map.of()));
        }
        List<Reason> full = new ArrayList<>();
        if (f.organisationSeats() >= s.delegateQuota) {
            full.add(new Reason(
                    "quota-reached",
                    "The organisation has registered its quota of " + s.delegateQuota + " delegate(s).",
                    Map.of("quota", s.delegateQuota)));
        }
        if (s.seats != null && f.sessionSeats() >= s.seats) {
            full.add(new Reason(
                    "session-full", "All " + s.seats + " seats of the session are taken.", Map.of("seats", s.seats)));
        }
        if (!refusals.isEmpty() || (!full.isEmpty() && !f.joinWaitingList())) {
            refusals.addAll(full);
            return new Decision(Outcome.REFUSE, late, refusals);
        }
        return new Decision(full.isEmpty() ? Outcome.REGISTER : Outcome.WAITLIST, late, full);
    }

    private static Map<String, Object> instantFacts(String name, Instant instant, ZoneId zone) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put(name, instant.toString());
        facts.put(name + "Venue", VenueTime.inVenue(instant, zone));
        facts.put("timeZone", zone.getId());
        return facts;
    }
}

package org.plenary.registration.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.plenary.registration.registration.RegistrationPolicy.Facts;
import org.plenary.registration.registration.RegistrationPolicy.Outcome;
import org.plenary.registration.session.Session;
import org.plenary.registration.session.VenueTime;

class RegistrationPolicyTest {

    private static final ZoneId VIENNA = ZoneId.of("Europe/Vienna");

    private static Session vienna() {
        Session s = new Session();
        s.bodyId = "ahc";
        s.timeZone = "Europe/Vienna";
        s.startDate = LocalDate.of(2026, 1, 26);
        s.endDate = LocalDate.of(2026, 1, 30);
        s.registrationOpensAt = VenueTime.parse("2025-12-01T00:00", VIENNA, "opens");
        s.registrationDeadline = VenueTime.parse("2026-01-22T18:00", VIENNA, "deadline");
        s.participation = Session.Participation.ACCREDITATION_ONLY;
        s.delegateQuota = 1;
        s.latePolicy = Session.LatePolicy.REFUSE;
        return s;
    }

    private static Facts at(Session s, Instant now) {
        return new Facts(s, now, true, Instant.parse("2025-06-01T00:00:00Z"), false, 0, 0, false, false, false);
    }

    @Test
    void theDeadlineIsSixPmViennaTimeOneSecondBeforeIsInAndOneSecondAfterIsOut() {
        Session s = vienna();
        assertThat(s.registrationDeadline).isEqualTo(Instant.parse("2026-01-22T17:00:00Z"));
        assertThat(RegistrationPolicy.decide(at(s, Instant.parse("2026-01-22T16:59:59Z")))
                        .outcome())
                .isEqualTo(Outcome.REGISTER);
        var after = RegistrationPolicy.decide(at(s, Instant.parse("2026-01-22T17:00:01Z")));
        assertThat(after.outcome()).isEqualTo(Outcome.REFUSE);
        assertThat(after.reasons().get(0).rule()).isEqualTo("deadline-passed");
        assertThat(after.reasons().get(0).facts())
                .containsEntry("deadline", "2026-01-22T17:00:00Z")
                .containsEntry("deadlineVenue", "2026-01-22T18:00+01:00");
    }

    @Test
    void aDateAloneMeansTheLastSecondOfThatDayInTheVenueAcrossADaylightSavingChange() {
        // Summer time starts in Vienna on 29 March 2026: that day ends at 21:59:59 UTC, not 22:59:59.
        Session s = vienna();
        s.endDate = LocalDate.of(2026, 4, 2);
        s.registrationDeadline = VenueTime.parse("2026-03-29", VIENNA, "deadline");
        assertThat(s.registrationDeadline).isEqualTo(Instant.parse("2026-03-29T21:59:59Z"));
        assertThat(RegistrationPolicy.decide(at(s, Instant.parse("2026-03-29T21:59:58Z")))
                        .outcome())
                .isEqualTo(Outcome.REGISTER);
        assertThat(RegistrationPolicy.decide(at(s, Instant.parse("2026-03-29T22:00:00Z")))
                        .reasons())
                .extracting(RegistrationPolicy.Reason::rule)
                .containsExactly("deadline-passed");
    }

    @Test
    void lateRegistrationsAreTakenMarkedLateWhereTheSessionAcceptsThem() {
        Session s = vienna();
        s.latePolicy = Session.LatePolicy.ACCEPT_LATE;
        var decision = RegistrationPolicy.decide(at(s, Instant.parse("2026-01-23T09:00:00Z")));
        assertThat(decision.outcome()).isEqualTo(Outcome.REGISTER);
        assertThat(decision.late()).isTrue();
        assertThat(RegistrationPolicy.decide(at(s, Instant.parse("2026-01-31T09:00:00Z")))
                        .reasons())
                .extracting(RegistrationPolicy.Reason::rule)
                .containsExactly("session-over");
    }

    @Test
    void beforeOpeningNotAccreditedByTheCutOffAndAFullQuotaAreAllNamed() {
        Session s = vienna();
        s.accreditationCutoff = Instant.parse("2025-11-30T22:59:59Z");
        Facts facts = new Facts(
                s,
                Instant.parse("2025-11-15T09:00:00Z"),
                true,
                Instant.parse("2025-12-05T00:00:00Z"),
                false,
                1,
                0,
                true,
                false,
                false);
        assertThat(RegistrationPolicy.decide(facts).reasons())
                .extracting(RegistrationPolicy.Reason::rule)
                .containsExactly(
                        "registration-not-open", "not-accredited", "delegate-already-registered", "quota-reached");
    }

    @Test
    void aFullQuotaOffersTheWaitingListWhenAskedAndOpenSessionsNeedNoAccreditation() {
        Session s = vienna();
        s.participation = Session.Participation.OPEN;
        s.seats = 10;
        Instant now = Instant.parse("2026-01-10T09:00:00Z");
        assertThat(RegistrationPolicy.decide(new Facts(s, now, false, null, false, 1, 3, false, false, true))
                        .outcome())
                .isEqualTo(Outcome.WAITLIST);
        assertThat(RegistrationPolicy.decide(new Facts(s, now, false, null, false, 0, 10, false, false, false))
                        .reasons())
                .extracting(RegistrationPolicy.Reason::rule)
                .containsExactly("session-full");
        assertThat(RegistrationPolicy.decide(new Facts(s, now, false, null, false, 0, 3, false, false, false))
                        .outcome())
                .isEqualTo(Outcome.REGISTER);
    }

    @Test
    void aSuspendedOrganisationIsRefusedUnderItsOwnRuleInEverySessionOfTheBody() {
        Session s = vienna();
        Instant now = Instant.parse("2026-01-10T09:00:00Z");
        var suspended =
                new Facts(s, now, false, Instant.parse("2025-06-01T00:00:00Z"), true, 0, 0, false, false, false);
        assertThat(RegistrationPolicy.decide(suspended).outcome()).isEqualTo(Outcome.REFUSE);
        assertThat(RegistrationPolicy.decide(suspended).reasons())
                .extracting(RegistrationPolicy.Reason::rule)
                .containsExactly("organisation-suspended");
        s.participation = Session.Participation.OPEN;
        assertThat(RegistrationPolicy.decide(suspended).reasons())
                .extracting(RegistrationPolicy.Reason::rule)
                .containsExactly("organisation-suspended");
    }
}

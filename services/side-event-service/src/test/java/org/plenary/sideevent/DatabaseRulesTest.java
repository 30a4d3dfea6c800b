package org.plenary.sideevent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.sideevent.db.DatabaseRules;
import org.plenary.testing.MovableClock;

/**
 * The database holds the rules by itself: writes that go around the service's checks (another replica's bug, a
 * hand-made fix in psql) are refused by its constraints.
 */
@QuarkusTest
class DatabaseRulesTest {

    @Inject
    MovableClock clock;

    private UUID session;
    private UUID room;
    private UUID slot;
    private String organisation;
    private UUID approved;

    @BeforeEach
    void anApprovedEvent() {
        clock.set(Fixtures.NOW);
        session = Fixtures.session();
        room = Fixtures.room(session, "Conference Room M3", 50);
        slot = Fixtures.slot(session, Fixtures.TUESDAY_LUNCH);
        organisation = Fixtures.eligibleOrganisation(session);
        approved = Fixtures.proposed(organisation, session, 40);
        Fixtures.approve(approved, room, slot).statusCode(200);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** Approves behind the service's back, with the allocation columns as given. */
    private static String approveBySql(UUID proposal, UUID room, String roomCapacity, UUID slot, int place, int limit) {
        Throwable failure = catchThrowable(() -> Db.execute("update proposal p set status = 'APPROVED',"
                + " room_id = r.id, room_key = r.room_key, room_capacity = " + roomCapacity + ","
                + " slot_id = s.id, starts_at = s.starts_at, ends_at = s.ends_at,"
                + " organiser_seq = " + place + ", organiser_limit = " + limit
                + " from room r, slot s where p.id = '" + proposal + "' and r.id = '" + room + "' and s.id = '" + slot
                + "'"));
        assertThat(failure).as("the database refuses it").isNotNull();
        return DatabaseRules.violatedConstraint(failure).orElseThrow(() -> new AssertionError(failure));
    }

    @Test
    void aSecondEventInTheRoomAtAnOverlappingTime() {
        UUID other = Fixtures.proposed(Fixtures.eligibleOrganisation(session), session, 10);
        assertThat(approveBySql(other, room, "r.capacity", slot, 1, 1)).isEqualTo("proposal_room_no_overlap");
        UUID overlapping = UUID.fromString(Fixtures.addSlot(session, Fixtures.TUESDAY_LUNCH.plusSeconds(49 * 60), 50)
                .statusCode(201)
                .extract()
                .path("id"));
        assertThat(approveBySql(other, room, "r.capacity", overlapping, 1, 1)).isEqualTo("proposal_room_no_overlap");
    }

    @Test
    void moreExpectedAttendanceThanTheRoomHoldsEvenWhenTheRoomShrinksLater() {
        UUID boardroom = Fixtures.room(session, "Boardroom B", 30);
        UUID other = Fixtures.proposed(Fixtures.eligibleOrganisation(session), session, 31);
        assertThat(approveBySql(other, boardroom, "r.capacity", slot, 1, 1)).isEqualTo("proposal_fits_room");
        assertThat(approveBySql(other, boardroom, "100", slot, 1, 1))
                .as("a made-up capacity does not match the room's")
                .isEqualTo("proposal_room_fk");
        Throwable shrink = catchThrowable(() -> Db.execute("update room set capacity = 39 where id = '" + room + "'"));
        assertThat(DatabaseRules.violatedConstraint(shrink)).contains("proposal_fits_room");
    }

    @Test
    void moreApprovedEventsThanTheOrganisersLimit() {
        UUID boardroom = Fixtures.room(session, "Boardroom B", 30);
        UUID second = Fixtures.proposed(organisation, session, 10);
        assertThat(approveBySql(second, boardroom, "r.capacity", slot, 1, 1)).isEqualTo("proposal_organiser_place");
        assertThat(approveBySql(second, boardroom, "r.capacity", slot, 2, 1))
                .isEqualTo("proposal_within_organiser_limit");
        assertThat(approveBySql(second, boardroom, "r.capacity", slot, 2, 2))
                .as("a made-up limit does not match the session's")
                .isEqualTo("proposal_limit_fk");
    }
}

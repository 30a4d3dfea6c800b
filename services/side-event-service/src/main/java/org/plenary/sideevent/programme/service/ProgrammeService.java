package org.plenary.sideevent.programme.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.plenary.sideevent.programme.domain.IcsCalendar;
import org.plenary.sideevent.programme.rest.ProgrammeView;
import org.plenary.sideevent.programme.rest.ProgrammeView.Day;
import org.plenary.sideevent.programme.rest.ProgrammeView.Item;
import org.plenary.sideevent.proposal.domain.Proposal;
import org.plenary.sideevent.proposal.domain.ProposalPolicy;
import org.plenary.sideevent.proposal.domain.ProposalStatus;
import org.plenary.sideevent.session.domain.SessionCopy;
import org.plenary.sideevent.session.service.SessionService;
import org.plenary.sideevent.venue.domain.Room;

/** The public programme of a session: its approved side events, as JSON and as an iCalendar feed. */
@ApplicationScoped
public class ProgrammeService {

    private static final DateTimeFormatter CLOCK_TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final SessionService sessions;
    private final Clock clock;

    public ProgrammeService(SessionService sessions, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    @WithSession
    public Uni<ProgrammeView> programme(UUID sessionId) {
        return load(sessionId).map(loaded -> {
            ZoneId zone = loaded.session().zone();
            Map<LocalDate, List<Item>> byDay = new LinkedHashMap<>();
            for (Proposal p : loaded.events()) {
                Room room = loaded.rooms().get(p.allocation.roomId);
                byDay.computeIfAbsent(p.allocation.startsAt.atZone(zone).toLocalDate(), d -> new ArrayList<>())
                        .add(new Item(
                                p.id,
                                p.title,
                                p.description,
                                p.format,
                                p.organisationId,
                                loaded.name(p.organisationId),
                                p.coOrganisations,
                                p.coOrganisations.stream().map(loaded::name).toList(),
                                p.coMemberStates,
                                room.id,
                                room.name,
                                ProposalPolicy.venueTime(p.allocation.startsAt, zone),
                                ProposalPolicy.venueTime(p.allocation.endsAt, zone),
                                CLOCK_TIME.format(p.allocation.startsAt.atZone(zone)),
                                CLOCK_TIME.format(p.allocation.endsAt.atZone(zone)),
                                p.allocation.startsAt,
                                p.allocation.endsAt));
            }
            SessionCopy session = loaded.session();
            return new ProgrammeView(
                    session.id,
                    session.title,
                    session.venue,
                    session.timeZone,
                    byDay.entrySet().stream()
                            .map(day -> new Day(day.getKey(), day.getValue()))
                            .toList());
        });
    }

    @WithSession
    public Uni<String> calendar(UUID sessionId) {
        return load(sessionId).map(loaded -> {
            SessionCopy session = loaded.session();
            List<IcsCalendar.Event> events = loaded.events().stream()
                    .map(p -> {
                        Room room = loaded.rooms().get(p.allocation.roomId);
                        return new IcsCalendar.Event(
                                p.id + "@side-event-service.plenary",
                                p.allocation.startsAt,
                                p.allocation.endsAt,
                                p.title,
                                room.name + ", " + session.venue,
                                description(p, loaded),
                                p.decidedAt);
                    })
                    .toList();
            return IcsCalendar.write("Side events: " + session.title, session.timeZone, clock.instant(), events);
        });
    }

    private static String description(Proposal p, Loaded loaded) {
        StringBuilder text = new StringBuilder(p.description);
        text.append("\n\nOrganised by ").append(loaded.nameOrId(p.organisationId));
        if (!p.coOrganisations.isEmpty()) {
            text.append(" with ")
                    .append(String.join(
                            ", ",
                            p.coOrganisations.stream().map(loaded::nameOrId).toList()));
        }
        if (!p.coMemberStates.isEmpty()) {
            text.append("; co-organising member states: ").append(String.join(", ", p.coMemberStates));
        }
        text.append(". Format: ")
                .append(p.format.name().toLowerCase().replace('_', ' '))
                .append('.');
        return text.toString();
    }

    private record Loaded(
            SessionCopy session, List<Proposal> events, Map<UUID, Room> rooms, Map<String, String> names) {

        /** The organisation's name, as accredited to the body; null when no registration event named it. */
        String name(String organisationId) {
            return names.get(organisationId);
        }

        String nameOrId(String organisationId) {
            return names.getOrDefault(organisationId, organisationId);
        }
    }

    /** The organisation names the session's registration events carried, the latest for each organisation. */
    private static Uni<Map<String, String>> names(UUID sessionId) {
        return Panache.getSession()
                .chain(s -> s.createQuery(
                                "select r.organisationId, r.organisationName from RegistrationCopy r"
                                        + " where r.sessionId = ?1 and r.organisationName is not null"
                                        + " order by r.lastEventAt",
                                Object[].class)
                        .setParameter(1, sessionId)
                        .getResultList())
                .map(rows -> {
                    Map<String, String> names = new HashMap<>();
                    rows.forEach(row -> names.put((String) row[0], (String) row[1]));
                    return names;
                });
    }

    private Uni<Loaded> load(UUID sessionId) {
        return sessions.find(sessionId)
                .chain(session -> Proposal.<Proposal>list(
                                "sessionId = ?1 and status = ?2", sessionId, ProposalStatus.APPROVED)
                        .chain(events -> Room.<Room>list("sessionId", sessionId)
                                .chain(rooms -> names(sessionId).map(names -> {
                                    Map<UUID, Room> byId =
                                            rooms.stream().collect(Collectors.toMap(r -> r.id, Function.identity()));
                                    List<Proposal> ordered = events.stream()
                                            .sorted(Comparator.comparing((Proposal p) -> p.allocation.startsAt)
                                                    .thenComparing(p -> byId.get(p.allocation.roomId).name)
                                                    .thenComparing(p -> p.id))
                                            .toList();
                                    return new Loaded(session, ordered, byId, names);
                                }))));
    }
}

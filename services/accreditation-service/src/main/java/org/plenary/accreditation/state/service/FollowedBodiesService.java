package org.plenary.accreditation.state.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.plenary.accreditation.body.Body;
import org.plenary.accreditation.state.FollowedBody;
import org.plenary.accreditation.state.rest.FollowedBodiesRequest;
import org.plenary.accreditation.state.rest.FollowedBodiesView;
import org.plenary.platform.problem.RuleViolation;
import org.plenary.platform.security.Caller;

/**
 * The bodies each member state follows. A state's focal points choose them; the list of applications open to
 * objection that they read shows those bodies' applications. Following is the state's, not the person's: every
 * focal point of a state sees the same bodies.
 */
@ApplicationScoped
public class FollowedBodiesService {

    private final Caller caller;
    private final Clock clock;

    public FollowedBodiesService(Caller caller, Clock clock) {
        this.caller = caller;
        this.clock = clock;
    }

    @WithSession
    public Uni<FollowedBodiesView> followed() {
        String state = caller.requireStateCode();
        return view(state);
    }

    /**
     * Replaces the bodies the calling state follows. Every identifier must name a defined body; the first that does
     * not is refused ({@code unknown-body}, naming its place in the list) and nothing changes.
     */
    @WithTransaction
    public Uni<FollowedBodiesView> follow(FollowedBodiesRequest request) {
        String state = caller.requireStateCode();
        Set<String> wanted = new LinkedHashSet<>(request.bodyIds());
        Uni<Set<String>> known = wanted.isEmpty()
                ? Uni.createFrom().item(Set.of())
                : Body.<Body>list("id in ?1", List.copyOf(wanted))
                        .map(bodies -> bodies.stream().map(b -> b.id).collect(Collectors.toSet()));
        return known.chain(existing -> {
            List<String> ids = request.bodyIds();
            for (int i = 0; i < ids.size(); i++) {
                if (!existing.contains(ids.get(i))) {
                    throw RuleViolation.refused(
                                    "unknown-body",
                                    "Unknown body",
                                    "No body " + ids.get(i) + " is defined; a state follows defined bodies only.")
                            .with("bodyId", ids.get(i))
                            .with(
                                    "violations",
                                    List.of(Map.of("field", "bodyIds[" + i + "]", "message", "is not a defined body")));
                }
            }
            List<FollowedBody> rows = new ArrayList<>();
            wanted.forEach(body -> rows.add(FollowedBody.of(state, body, clock.instant())));
            return FollowedBody.delete("id.stateCode", state)
                    .chain(() -> rows.isEmpty() ? Uni.createFrom().voidItem() : FollowedBody.persist(rows))
                    .chain(() -> view(state));
        });
    }

    private Uni<FollowedBodiesView> view(String state) {
        return FollowedBody.<FollowedBody>list("id.stateCode", Sort.by("id.bodyId"), state)
                .map(rows -> new FollowedBodiesView(
                        state, rows.stream().map(row -> row.id.bodyId()).toList()));
    }
}

package org.plenary.notification.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.plenary.contracts.EventSchemas;
import org.plenary.notification.config.NotificationConfig;
import org.plenary.platform.problem.RuleViolation;
import org.plenary.platform.security.Caller;
import org.plenary.platform.security.Roles;

/**
 * Webhook subscriptions. An organisation registers endpoints for itself only and sees only its own; the secretariat
 * registers endpoints for every organisation's events or for one's, and sees all. The secret that signs deliveries
 * is shown once, in the answer to the registration (or to its replacement).
 */
@Path("/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SECRETARIAT, Roles.ORGANISATION})
public class WebhookResource {

    /** The event types a webhook may ask for: those of the topics this service consumes. */
    static final List<String> TYPE_PREFIXES = List.of(
            "accreditation.application.",
            "registration.session.",
            "registration.registration.",
            "sideevent.proposal.",
            "submission.submission.");

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String VIEW = "json_build_object('id', w.id, 'organisationId', w.organisation_id,"
            + " 'url', w.url, 'eventTypes', string_to_array(w.event_types, ','), 'createdAt', w.created_at)::text";

    private final Caller caller;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final NotificationConfig config;

    public WebhookResource(Caller caller, ObjectMapper mapper, Clock clock, NotificationConfig config) {
        this.caller = caller;
        this.mapper = mapper;
        this.clock = clock;
        this.config = config;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> register(
            @NotNull(message = "a subscription (url, eventTypes) is required") @Valid WebhookRequest request) {
        String organisationId = caller.isSecretariat() ? blankToNull(request.organisationId()) : ownOnly(request);
        checkUrl(request.url());
        for (String type : request.eventTypes()) {
            boolean known = "*".equals(type)
                    || (EventSchemas.isKnown(type) && TYPE_PREFIXES.stream().anyMatch(type::startsWith));
            if (!known) {
                throw RuleViolation.invalid("eventTypes", "unknown event type: " + type);
            }
        }
        UUID id = UUID.randomUUID();
        String secret = newSecret();
        return Panache.withTransaction(() -> Panache.getSession()
                        .chain(session -> session.createNativeQuery("insert into webhook_subscription (id,"
                                        + " organisation_id, created_by, url, event_types, secret, created_at) values"
                                        + " (:id, :organisation, :by, :url, :types, :secret, :at)")
                                .setParameter("id", id)
                                .setParameter("organisation", organisationId)
                                .setParameter("by", caller.actor().subject())
                                .setParameter("url", request.url())
                                .setParameter("types", String.join(",", request.eventTypes()))
                                .setParameter("secret", secret)
                                .setParameter("at", clock.instant())
                                .executeUpdate()))
                .chain(() -> one(id))
                .map(view -> {
                    ((ObjectNode) view).put("secret", secret);
                    return Response.created(URI.create("/webhooks/" + id))
                            .entity(view)
                            .build();
                });
    }

    @GET
    public Uni<JsonNode> list() {
        String scope = caller.isSecretariat() ? null : caller.requireOrganisationId();
        return Panache.withSession(() -> Panache.getSession()
                        .chain(session -> session.createNativeQuery(
                                        "select " + VIEW + " from webhook_subscription w"
                                                + " where cast(:scope as text) is null or w.organisation_id = :scope"
                                                + " order by w.created_at",
                                        String.class)
                                .setParameter("scope", scope)
                                .getResultList()))
                .map(this::items);
    }

    @GET
    @Path("/{id}/deliveries")
    public Uni<JsonNode> deliveries(@PathParam("id") UUID id) {
        return owned(id)
                .chain(() -> Panache.withSession(() -> Panache.getSession()
                        .chain(session -> session.createNativeQuery(
                                        "select json_build_object('id', d.id, 'eventId', d.event_id, 'eventType',"
                                                + " d.event_type, 'attempts', d.attempts, 'deliveredAt',"
                                                + " d.delivered_at, 'givenUpAt', d.given_up_at, 'lastAttemptAt',"
                                                + " d.last_attempt_at, 'lastStatus', nullif(d.last_status, -1),"
                                                + " 'lastAnswer', d.last_answer, 'nextAttemptAt',"
                                                + " case when d.delivered_at is null and d.given_up_at is null"
                                                + " then d.next_attempt_at end)::text from webhook_delivery d"
                                                + " where d.subscription_id = :id order by d.created_at desc limit 100",
                                        String.class)
                                .setParameter("id", id)
                                .getResultList())))
                .map(this::items);
    }

    /**
     * A new secret for the subscription, shown this once. The one before keeps signing deliveries beside it for
     * {@code notification.webhooks.rotation-grace} (default a day): each delivery then carries both signatures.
     */
    @POST
    @Path("/{id}/secret")
    public Uni<JsonNode> rotateSecret(@PathParam("id") UUID id) {
        String secret = newSecret();
        java.time.Instant until = clock.instant().plus(config.webhooks().rotationGrace());
        return owned(id)
                .chain(() -> Panache.withTransaction(() -> Panache.getSession()
                        .chain(session -> session.createNativeQuery("update webhook_subscription set"
                                        + " previous_secret = secret, previous_secret_until = :until,"
                                        + " secret = :secret where id = :id")
                                .setParameter("until", until)
                                .setParameter("secret", secret)
                                .setParameter("id", id)
                                .executeUpdate())))
                .chain(() -> one(id))
                .map(view -> {
                    ((ObjectNode) view).put("secret", secret).put("previousSecretValidUntil", until.toString());
                    return view;
                });
    }

    private static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    @DELETE
    @Path("/{id}")
    public Uni<Response> delete(@PathParam("id") UUID id) {
        return owned(id)
                .chain(() -> Panache.withTransaction(() -> Panache.getSession()
                        .chain(session -> session.createNativeQuery("delete from webhook_subscription where id = :id")
                                .setParameter("id", id)
                                .executeUpdate())))
                .map(ignored -> Response.noContent().build());
    }

    private Uni<JsonNode> one(UUID id) {
        return Panache.withSession(() -> Panache.getSession()
                        .chain(session -> session.createNativeQuery(
                                        "select " + VIEW + " from webhook_subscription w where w.id = :id",
                                        String.class)
                                .setParameter("id", id)
                                .getResultList()))
                .map(rows -> {
                    if (rows.isEmpty()) {
                        throw RuleViolation.notFound("webhook", id);
                    }
                    return read(rows.get(0));
                });
    }

    /** The subscription, if the caller may see it: its organisation's, or the secretariat. */
    private Uni<JsonNode> owned(UUID id) {
        return one(id).invoke(view -> {
            if (caller.isSecretariat()) {
                return;
            }
            String organisation = view.path("organisationId").asText(null);
            if (organisation == null || !organisation.equals(caller.requireOrganisationId())) {
                throw RuleViolation.notFound("webhook", id);
            }
        });
    }

    private String ownOnly(WebhookRequest request) {
        String own = caller.requireOrganisationId();
        if (request.organisationId() != null && !request.organisationId().isBlank()) {
            caller.requireOwnOrSecretariat(request.organisationId());
        }
        return own;
    }

    private void checkUrl(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw RuleViolation.invalid("url", "not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        boolean localhost = "localhost".equals(uri.getHost()) || "127.0.0.1".equals(uri.getHost());
        boolean allowed = ("https".equals(scheme) && uri.getHost() != null)
                || ("http".equals(scheme) && localhost && config.webhooks().allowHttpLocalhost());
        if (!allowed || uri.getUserInfo() != null) {
            throw RuleViolation.invalid("url", "must be an https address");
        }
        if (PublicAddresses.notPublic(
                        uri.getHost(), localhost && config.webhooks().allowHttpLocalhost())
                .isPresent()) {
            throw RuleViolation.invalid(
                    "url",
                    "must be an address on the public Internet, not in a private, loopback or link-local network");
        }
    }

    private JsonNode items(List<String> rows) {
        ObjectNode answer = mapper.createObjectNode();
        var items = answer.putArray("items");
        rows.forEach(row -> items.add(read(row)));
        return answer;
    }

    private JsonNode read(String row) {
        try {
            return mapper.readTree(row);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}

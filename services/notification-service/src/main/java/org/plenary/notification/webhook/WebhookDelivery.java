package org.plenary.notification.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.jboss.logging.Logger;
import org.plenary.notification.config.NotificationConfig;

/**
 * Delivers the pending webhook deliveries: a {@code POST} of the CloudEvent ({@code application/cloudevents+json}),
 * signed ({@link WebhookSignature}), to the subscription's URL. A 2xx answer delivers it; any other answer, or none,
 * is kept as the last answer and the delivery tried again after a back-off that doubles up to
 * {@code notification.webhooks.max-back-off}, until {@code notification.webhooks.max-attempts}. Rows are claimed
 * {@code FOR UPDATE SKIP LOCKED} with a lease, as mails are.
 */
@ApplicationScoped
public class WebhookDelivery {

    private static final Logger LOG = Logger.getLogger(WebhookDelivery.class);
    private static final Clock REAL_TIME = Clock.systemUTC();
    private static final int ANSWER_KEPT = 2000;

    private static final String CLAIM = "with due as (select id from webhook_delivery where delivered_at is null"
            + " and given_up_at is null and next_attempt_at <= :now order by created_at limit 20"
            + " for update skip locked)"
            + " update webhook_delivery d set next_attempt_at = :lease, attempts = d.attempts + 1 from due"
            + " where d.id = due.id returning json_build_object('id', d.id, 'attempts', d.attempts, 'payload', d.payload,"
            + " 'url', (select w.url from webhook_subscription w where w.id = d.subscription_id),"
            + " 'secret', (select w.secret from webhook_subscription w where w.id = d.subscription_id),"
            + " 'previousSecret', (select w.previous_secret from webhook_subscription w where w.id = d.subscription_id"
            + " and w.previous_secret_until > :now))::text";

    private final ObjectMapper mapper;
    private final NotificationConfig.Webhooks config;
    private final HttpClient http;

    public WebhookDelivery(ObjectMapper mapper, NotificationConfig config) {
        this.mapper = mapper;
        this.config = config.webhooks();
        this.http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Scheduled(
            every = "${notification.webhooks.poll-interval:5s}",
            delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            identity = "webhook-delivery")
    void scheduledPass() {
        try {
            while (deliverDue() == 20) {
                // a full batch: more is waiting
            }
        } catch (RuntimeException e) {
            LOG.warnf("Webhook delivery pass failed, the next one tries again: %s", e.getMessage());
        }
    }

    /** Claims the due deliveries and tries each; returns how many it claimed. Blocks. */
    public int deliverDue() {
        Instant now = REAL_TIME.instant();
        List<String> rows = await(() -> Panache.withTransaction(() -> Panache.getSession()
                .chain(session -> session.createNativeQuery(CLAIM, String.class)
                        .setParameter("now", now)
                        .setParameter("lease", now.plus(Duration.ofMinutes(1)))
                        .getResultList())));
        List<JsonNode> claimed = new ArrayList<>();
        for (String row : rows) {
            try {
                claimed.add(mapper.readTree(row));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        claimed.forEach(this::attempt);
        return claimed.size();
    }

    private void attempt(JsonNode delivery) {
        UUID id = UUID.fromString(delivery.path("id").asText());
        String payload = delivery.path("payload").asText();
        long timestamp = REAL_TIME.instant().getEpochSecond();
        Integer status = null;
        String answer;
        URI url = URI.create(delivery.path("url").asText());
        boolean loopbackAllowed =
                config.allowHttpLocalhost() && ("localhost".equals(url.getHost()) || "127.0.0.1".equals(url.getHost()));
        Optional<java.net.InetAddress> inside = PublicAddresses.notPublic(url.getHost(), loopbackAllowed);
        if (inside.isPresent()) {
            answer = "not sent: " + url.getHost() + " resolves to "
                    + inside.get().getHostAddress() + ", which is not on the public Internet";
        } else {
            try {
                HttpResponse<String> response = http.send(
                        HttpRequest.newBuilder(url)
                                .timeout(Duration.ofSeconds(10))
                                .header("Content-Type", "application/cloudevents+json; charset=UTF-8")
                                .header(WebhookSignature.TIMESTAMP, String.valueOf(timestamp))
                                .header(
                                        WebhookSignature.HEADER,
                                        WebhookSignature.signatures(
                                                delivery.path("secret").asText(),
                                                delivery.path("previousSecret").asText(null),
                                                timestamp,
                                                payload))
                                .header("X-Plenary-Delivery", id.toString())
                                .POST(HttpRequest.BodyPublishers.ofString(payload, StandardCharsets.UTF_8))
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                status = response.statusCode();
                answer = response.body();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                answer = "interrupted";
            } catch (Exception e) {
                answer = e.getClass().getSimpleName() + ": " + e.getMessage();
            }
        }
        if (answer != null && answer.length() > ANSWER_KEPT) {
            answer = answer.substring(0, ANSWER_KEPT);
        }
        boolean delivered = status != null && status >= 200 && status < 300;
        int attempts = delivery.path("attempts").asInt();
        boolean givingUp = !delivered && attempts >= config.maxAttempts();
        Instant now = REAL_TIME.instant();
        Integer finalStatus = status;
        String finalAnswer = answer;
        await(() -> Panache.withTransaction(() -> Panache.getSession()
                .chain(session -> session.createNativeQuery("update webhook_delivery set last_attempt_at = :now,"
                                + " last_status = cast(:status as integer), last_answer = :answer,"
                                + " delivered_at = case when :delivered then cast(:now as timestamptz) end,"
                                + " given_up_at = case when :givingUp then cast(:now as timestamptz) end,"
                                + " next_attempt_at = :next where id = :id")
                        .setParameter("now", now)
                        .setParameter("status", finalStatus == null ? -1 : finalStatus)
                        .setParameter("answer", finalAnswer == null ? "" : finalAnswer)
                        .setParameter("delivered", delivered)
                        .setParameter("givingUp", givingUp)
                        .setParameter("next", now.plus(backOff(attempts)))
                        .setParameter("id", id)
                        .executeUpdate())));
        if (!delivered) {
            LOG.debugf("Webhook delivery %s failed (attempt %d): %s %s", id, attempts, status, answer);
        }
    }

    Duration backOff(int attempts) {
        long factor = 1L << Math.min(Math.max(attempts - 1, 0), 20);
        Duration wait = config.backOff().multipliedBy(factor);
        return wait.compareTo(config.maxBackOff()) > 0 ? config.maxBackOff() : wait;
    }

    private static <T> T await(Supplier<Uni<T>> uni) {
        try {
            return VertxContextSupport.subscribeAndAwait(uni);
        } catch (Throwable e) {
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e);
        }
    }
}

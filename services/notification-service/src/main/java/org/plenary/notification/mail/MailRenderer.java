package org.plenary.notification.mail;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.plenary.notification.config.NotificationConfig;
import org.plenary.notification.reminder.UnsubscribeTokens;

/**
 * Renders a mail with Qute: the kind's subject and text in the recipient's language ({@code templates/mail/en.txt},
 * {@code fr.txt}, {@code es.txt}, one fragment per kind), laid out as plain text and as HTML
 * ({@code templates/mail/layout.txt}, {@code layout.html}), with a link into the portal.
 */
@ApplicationScoped
public class MailRenderer {

    private final Engine engine;
    private final NotificationConfig config;
    private final UnsubscribeTokens tokens;

    public MailRenderer(Engine engine, NotificationConfig config, UnsubscribeTokens tokens) {
        this.engine = engine;
        this.config = config;
        this.tokens = tokens;
    }

    /** The unsubscribe link of a non-essential mail, null for an essential one. */
    public String unsubscribeLink(PendingMail mail) {
        if (mail.essential() || mail.organisationId() == null) {
            return null;
        }
        return config.publicUrl() + "/unsubscribe?token="
                + tokens.sign(mail.organisationId(), mail.kind().unsubscribeCategory()) + "&lang=" + mail.language();
    }

    public RenderedMail render(PendingMail mail) {
        String language = mail.language();
        Locale locale = Locale.forLanguageTag(language);
        Map<String, Object> facts = facts(mail, locale);
        Template texts = engine.getTemplate("mail/" + language + ".txt");
        String subject = fragment(texts, mail.kind().fragment() + "_subject", facts)
                .replaceAll("\\s+", " ")
                .strip();
        List<String> paragraphs = Arrays.stream(
                        fragment(texts, mail.kind().fragment(), facts).strip().split("\\n\\s*\\n"))
                .map(p -> p.strip().replaceAll("\\s*\\n\\s*", " "))
                .filter(p -> !p.isEmpty())
                .toList();
        String link = config.portalUrl() + mail.kind().portalPath(mail.sessionId());
        Map<String, Object> layout = new HashMap<>();
        layout.put("lang", language);
        layout.put("subject", subject);
        layout.put("paragraphs", paragraphs);
        layout.put("link", link);
        layout.put("linkLabel", fragment(texts, "link_label", facts).strip());
        layout.put("footer", fragment(texts, "footer", facts).strip());
        layout.put("unsubscribe", unsubscribeLink(mail));
        layout.put(
                "unsubscribeLabel", fragment(texts, "unsubscribe_label", facts).strip());
        String text =
                with(engine.getTemplate("mail/layout.txt").instance(), layout).render();
        String html =
                with(engine.getTemplate("mail/layout.html").instance(), layout).render();
        String ics = mail.kind() == MailKind.SIDE_EVENT_APPROVED ? Ics.of(mail, facts) : null;
        return new RenderedMail(subject, text, html, ics);
    }

    private static String fragment(Template template, String id, Map<String, Object> facts) {
        Template fragment = template.getFragment(id);
        if (fragment == null) {
            throw new IllegalStateException("no fragment " + id + " in " + template.getId());
        }
        return with(fragment.instance(), facts).render();
    }

    private static TemplateInstance with(TemplateInstance instance, Map<String, Object> data) {
        data.forEach(instance::data);
        return instance;
    }

    /** What the templates may say, formatted for the recipient's language. */
    static Map<String, Object> facts(PendingMail mail, Locale locale) {
        JsonNode data = mail.data();
        JsonNode session = mail.session();
        DateTimeFormatter day =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm", locale);
        Map<String, Object> facts = new HashMap<>();
        for (String key : List.of(
                "periodEnds",
                "session",
                "venue",
                "timeZone",
                "startDate",
                "endDate",
                "deadline",
                "room",
                "slotDay",
                "slotStart",
                "slotEnd",
                "startsAt",
                "endsAt",
                "ownTimeZone",
                "deadlineOwn",
                "periodEndsOwn",
                "slotOwn",
                "applicationList")) {
            facts.put(key, null);
        }
        facts.put("organisation", organisationName(mail));
        facts.put("to", why(mail));
        facts.put("kind", mail.kind().name());
        ZoneId own = ownZone(mail);
        if (own != null) {
            facts.put("ownTimeZone", own.getId());
        }
        facts.put("body", text(data, "bodyId"));
        // An objection's reason only where the body's disclosure policy gives it to the organisation.
        facts.put("reason", mail.reasonDisclosed() ? text(data, "reason") : null);
        facts.put("title", text(data, "title"));
        facts.put("agendaItem", text(data, "agendaItem"));
        facts.put("delegate", text(data.path("delegate"), "name"));
        facts.put("rank", text(data, "waitlistPosition"));
        facts.put("hoursBefore", text(data, "hoursBefore"));
        for (String count : List.of("applications", "registrations", "proposals", "submissions")) {
            facts.put(count, data.path(count).isNumber() ? data.path(count).asLong() : null);
        }
        facts.put(
                "date",
                data.hasNonNull("date")
                        ? day.format(LocalDate.parse(data.path("date").asText()))
                        : null);
        Instant periodEnds = instant(data, "nonObjectionEndsAt");
        if (periodEnds != null) {
            facts.put(
                    "periodEnds",
                    day.format(periodEnds.atZone(ZoneId.of("UTC"))) + " "
                            + time.format(periodEnds.atZone(ZoneId.of("UTC"))) + " UTC");
            if (own != null && !own.equals(ZoneId.of("UTC"))) {
                facts.put(
                        "periodEndsOwn",
                        day.format(periodEnds.atZone(own)) + " " + time.format(periodEnds.atZone(own)));
            }
        }
        ZoneId zone = ZoneId.of("UTC");
        if (session != null && !session.isNull()) {
            zone = ZoneId.of(session.path("time_zone").asText("UTC"));
            facts.put("session", text(session, "title"));
            facts.put("venue", text(session, "venue"));
            facts.put("timeZone", zone.getId());
            facts.put(
                    "startDate",
                    day.format(LocalDate.parse(session.path("start_date").asText())));
            facts.put(
                    "endDate",
                    day.format(LocalDate.parse(session.path("end_date").asText())));
            Instant deadline = instant(session, "registration_deadline");
            if (deadline != null) {
                facts.put("deadline", day.format(deadline.atZone(zone)) + " " + time.format(deadline.atZone(zone)));
                ZoneId utc = ZoneId.of("UTC");
                facts.put("deadlineUtc", day.format(deadline.atZone(utc)) + " " + time.format(deadline.atZone(utc)));
                if (own != null && !own.equals(zone)) {
                    facts.put(
                            "deadlineOwn", day.format(deadline.atZone(own)) + " " + time.format(deadline.atZone(own)));
                }
            }
        }
        JsonNode allocation = data.path("allocation");
        if (allocation.isObject()) {
            ZonedDateTime starts =
                    Instant.parse(allocation.path("startsAt").asText()).atZone(zone);
            ZonedDateTime ends =
                    Instant.parse(allocation.path("endsAt").asText()).atZone(zone);
            facts.put("room", text(allocation, "roomName"));
            facts.put("slotDay", day.format(starts));
            facts.put("slotStart", time.format(starts));
            facts.put("slotEnd", time.format(ends));
            facts.put("startsAt", starts.toInstant());
            facts.put("endsAt", ends.toInstant());
            if (own != null && !own.equals(zone)) {
                facts.put(
                        "slotOwn",
                        day.format(starts.withZoneSameInstant(own)) + " "
                                + time.format(starts.withZoneSameInstant(own)) + "–"
                                + time.format(ends.withZoneSameInstant(own)));
            }
        }
        JsonNode applications = data.path("applications");
        if (applications.isArray()) {
            List<String> lines = new java.util.ArrayList<>();
            for (JsonNode application : applications) {
                Instant ends = instant(application, "endsAt");
                lines.add(text(application, "organisation") + " (" + text(application, "bodyId") + "): "
                        + day.format(ends.atZone(ZoneId.of("UTC"))) + " " + time.format(ends.atZone(ZoneId.of("UTC")))
                        + " UTC"
                        + (own != null && !own.equals(ZoneId.of("UTC"))
                                ? ", " + day.format(ends.atZone(own)) + " " + time.format(ends.atZone(own)) + " "
                                        + own.getId()
                                : ""));
            }
            facts.put("applicationList", lines);
        }
        return facts;
    }

    /** Why the recipient gets the mail, for its footer: contact, member, delegate, state or secretariat. */
    private static String why(PendingMail mail) {
        return switch (mail.kind()) {
            case DELEGATE_CONFIRMED -> "delegate";
            case STATES_LIST -> "state";
            case SECRETARIAT_DIGEST -> "secretariat";
            default -> {
                String contact = mail.contact() == null
                        ? null
                        : mail.contact().path("email").asText(null);
                yield contact != null && contact.equalsIgnoreCase(mail.address()) ? "contact" : "member";
            }
        };
    }

    private static ZoneId ownZone(PendingMail mail) {
        if (mail.recipientTimeZone() == null) {
            return null;
        }
        try {
            return ZoneId.of(mail.recipientTimeZone());
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static String organisationName(PendingMail mail) {
        if (mail.contact() != null && mail.contact().hasNonNull("name")) {
            return mail.contact().path("name").asText();
        }
        String named = text(mail.data(), "organisationName");
        return named != null ? named : mail.organisationId();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText();
    }

    private static Instant instant(JsonNode node, String field) {
        String value = text(node, field);
        if (value == null) {
            return null;
        }
        // PostgreSQL's JSON writes timestamptz as 2026-01-22T17:00:00+00:00.
        return java.time.OffsetDateTime.parse(value).toInstant();
    }
}

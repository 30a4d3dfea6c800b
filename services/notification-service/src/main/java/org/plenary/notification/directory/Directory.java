package org.plenary.notification.directory;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.plenary.notification.config.NotificationConfig;

/**
 * Who the people behind an organisation or a state are, read from the identity provider when a mail is sent (never
 * while an event is consumed): an organisation's focal points are the enabled members with an address of its
 * Keycloak Organization (alias = the organisation's id); a state's focal points are the enabled users with the
 * {@code state} attribute. Each with the language ({@code locale}) and the time zone ({@code zoneinfo}) of their
 * account. Blocks: callers run it off the event loop. With {@code notification.directory.enabled=false} nobody is
 * known this way, and mail goes to the organisation's contact address alone.
 */
@ApplicationScoped
public class Directory {

    private static final Set<String> LANGUAGES = Set.of("en", "fr", "es");
    private static final Pattern STATE = Pattern.compile("[A-Z]{2}");
    private static final int PAGE = 100;

    private final KeycloakDirectoryApi keycloak;
    private final NotificationConfig.Directory config;

    public Directory(@RestClient KeycloakDirectoryApi keycloak, NotificationConfig config) {
        this.keycloak = keycloak;
        this.config = config.directory();
    }

    public boolean enabled() {
        return config.enabled();
    }

    /** The organisation's focal points; none when Keycloak has no such organization. Throws when Keycloak fails. */
    public List<Recipient> focalPoints(String organisationId) {
        if (!config.enabled() || organisationId == null) {
            return List.of();
        }
        String id = organizationId(organisationId);
        if (id == null) {
            return List.of();
        }
        List<Recipient> recipients = new ArrayList<>();
        for (int first = 0; first < config.maxPeople(); first += PAGE) {
            List<KeycloakDirectoryApi.Person> page = keycloak.members(id, first, PAGE, false);
            page.stream()
                    .map(person -> recipient(person, null))
                    .filter(r -> r != null)
                    .forEach(recipients::add);
            if (page.size() < PAGE) {
                break;
            }
        }
        return recipients;
    }

    /** Every state's focal points. Throws when Keycloak fails. */
    public List<Recipient> stateFocalPoints() {
        if (!config.enabled()) {
            return List.of();
        }
        List<Recipient> recipients = new ArrayList<>();
        for (int first = 0; first < config.maxPeople(); first += PAGE) {
            List<KeycloakDirectoryApi.Person> page = keycloak.users(first, PAGE, false);
            for (KeycloakDirectoryApi.Person person : page) {
                String state = person.attribute("state");
                if (state != null && STATE.matcher(state).matches()) {
                    Recipient recipient = recipient(person, state);
                    if (recipient != null) {
                        recipients.add(recipient);
                    }
                }
            }
            if (page.size() < PAGE) {
                break;
            }
        }
        return recipients;
    }

    private String organizationId(String alias) {
        // Keycloak's search matches names, aliases and domains in part: the alias is then compared exactly.
        for (int first = 0; first < config.maxPeople(); first += PAGE) {
            List<KeycloakDirectoryApi.Organization> page = keycloak.organizations(alias, first, PAGE, true);
            for (KeycloakDirectoryApi.Organization organization : page) {
                if (alias.equals(organization.alias())) {
                    return organization.enabled() ? organization.id() : null;
                }
            }
            if (page.size() < PAGE) {
                break;
            }
        }
        return null;
    }

    private static Recipient recipient(KeycloakDirectoryApi.Person person, String state) {
        if (!person.enabled() || person.email() == null || person.email().isBlank()) {
            return null;
        }
        String locale = person.attribute("locale");
        String language =
                locale == null ? null : locale.toLowerCase(Locale.ROOT).split("[-_]")[0];
        return new Recipient(
                person.email().strip(),
                language != null && LANGUAGES.contains(language) ? language : null,
                zone(person.attribute("zoneinfo")),
                state);
    }

    private static ZoneId zone(String value) {
        if (value == null) {
            return null;
        }
        try {
            return ZoneId.of(value);
        } catch (DateTimeException e) {
            return null;
        }
    }
}

package org.plenary.portal.web;

import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

/**
 * Who reads the page and how they want it: the language (the {@code lang} query parameter, else the {@code lang}
 * cookie, else {@code Accept-Language}, else English), its writing direction, the reader's time zone (the
 * {@code tz} query parameter or cookie, else UTC). Templates read it as
 * {@code inject:reader}.
 */
@RequestScoped
@Named("reader")
public class Reader {

    /** The languages the portal speaks; the first is the default. Arabic is partial and falls back to English. */
    public static final List<String> LANGUAGES = List.of("en", "fr", "es", "ar");

    private static final List<String> RIGHT_TO_LEFT = List.of("ar");

    private String lang;
    private ZoneId zone;
    private String path;

    private Clock clock;

    Reader() {}

    @Inject
    public Reader(HttpServerRequest request, Clock clock) {
        this.clock = clock;
        this.lang =
                chooseLanguage(request.getParam("lang"), cookie(request, "lang"), request.getHeader("Accept-Language"));
        this.zone = chooseZone(request.getParam("tz"), cookie(request, "tz"));
        this.path = request.path();
    }

    private static String cookie(HttpServerRequest request, String name) {
        Cookie cookie = request.getCookie(name);
        return cookie == null ? null : cookie.getValue();
    }

    /** The language by the order above; only one of {@link #LANGUAGES}. */
    public static String chooseLanguage(String query, String cookie, String acceptLanguage) {
        for (String candidate : new String[] {query, cookie}) {
            if (candidate != null && LANGUAGES.contains(candidate)) {
                return candidate;
            }
        }
        if (acceptLanguage != null && !acceptLanguage.isBlank()) {
            try {
                for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                    String language = range.getRange().split("-")[0].toLowerCase(Locale.ROOT);
                    if (LANGUAGES.contains(language)) {
                        return language;
                    }
                }
            } catch (IllegalArgumentException e) {
                // An unreadable header counts as none.
            }
        }
        return LANGUAGES.get(0);
    }

    /** The reader's zone by the order above; an unknown zone counts as none. */
    public static ZoneId chooseZone(String query, String cookie) {
        for (String candidate : new String[] {query, cookie}) {
            if (candidate != null && !candidate.isBlank()) {
                try {
                    return ZoneId.of(candidate.trim());
                } catch (DateTimeException e) {
                    // try the next one
                }
            }
        }
        return ZoneId.of("UTC");
    }

    public String lang() {
        return lang;
    }

    public Locale locale() {
        return Locale.forLanguageTag(lang);
    }

    public String dir() {
        return RIGHT_TO_LEFT.contains(lang) ? "rtl" : "ltr";
    }

    public ZoneId zone() {
        return zone;
    }

    public String zoneId() {
        return zone.getId();
    }

    /** The link that switches this page to {@code language} (and comes back here). */
    public String switchTo(String language) {
        return "/language?lang=" + language + "&return=" + URLEncoder.encode(path, StandardCharsets.UTF_8);
    }

    /** The link to the preferences page that comes back here. */
    public String preferences() {
        return "/preferences?return=" + URLEncoder.encode(path, StandardCharsets.UTF_8);
    }

    public List<String> languages() {
        return LANGUAGES;
    }

    /** The page in the reader's language. */
    public TemplateInstance render(TemplateInstance page) {
        return page.setLocale(locale());
    }

    /** An instant in the venue's zone and the reader's, with the time left. */
    public Moment moment(Instant at, String venueZone) {
        ZoneId venue;
        try {
            venue = venueZone == null ? ZoneId.of("UTC") : ZoneId.of(venueZone);
        } catch (DateTimeException e) {
            venue = ZoneId.of("UTC");
        }
        return Moment.of(at, venue, zone, locale(), clock.instant());
    }

    /** A calendar date in the reader's language. */
    public String date(LocalDate date) {
        return date == null
                ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                        .withLocale(locale())
                        .format(date);
    }
}

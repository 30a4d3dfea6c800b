package org.plenary.notification.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The notification service's settings ({@code notification.*}). */
@ConfigMapping(prefix = "notification")
public interface NotificationConfig {

    /** The portal's address, which mails link into. */
    @WithDefault("http://localhost:8080")
    String portalUrl();

    /** This service's public address, where the unsubscribe links of non-essential mail point. */
    @WithDefault("http://localhost:8085")
    String publicUrl();

    Mail mail();

    Reminders reminders();

    Unsubscribe unsubscribe();

    Webhooks webhooks();

    Digest digest();

    Directory directory();

    StatesList statesList();

    interface Directory {

        /**
         * Whether organisations' and states' focal points are read from Keycloak (Admin REST API, the service's own
         * service account; {@code quarkus.rest-client.keycloak-directory.url}). Off: mail goes to organisations'
         * contact addresses alone and states get no list.
         */
        @WithDefault("true")
        boolean enabled();

        /** The most people read for one organisation, or states' focal points in all. */
        @WithDefault("1000")
        int maxPeople();
    }

    interface StatesList {

        /** Whether states' focal points get the list of applications whose non-objection period ends soon. */
        @WithDefault("true")
        boolean enabled();

        /** The days ahead the list looks at. */
        @WithDefault("P7D")
        Duration ahead();

        /** From what time of day the list goes out (once a day), in {@link Digest#timeZone()}. */
        @WithDefault("07:00")
        String at();

        /** How often the job looks whether the day's list is due. */
        @WithDefault("60s")
        String checkEvery();
    }

    interface Digest {

        /** The secretariat's address for the daily digest; none: no digest. */
        java.util.Optional<String> to();

        /** From what time of day the digest goes out. */
        @WithDefault("07:00")
        String at();

        /** The time zone of {@link #at()}. */
        @WithDefault("Europe/Vienna")
        java.time.ZoneId timeZone();

        /** How often the job looks whether the day's digest is due. */
        @WithDefault("60s")
        String checkEvery();
    }

    interface Webhooks {

        /** The first wait after a failed delivery; it doubles with each failure, up to {@link #maxBackOff()}. */
        @WithDefault("PT2S")
        Duration backOff();

        /** The longest wait between two attempts at one delivery. */
        @WithDefault("PT10M")
        Duration maxBackOff();

        /** After this many failed attempts a delivery is given up (its last answer stays visible). */
        @WithDefault("20")
        int maxAttempts();

        /** How often pending deliveries are looked for. */
        @WithDefault("5s")
        String pollInterval();

        /** How long a replaced secret keeps signing deliveries beside the new one. */
        @WithDefault("PT24H")
        Duration rotationGrace();

        /** Whether http://localhost endpoints are accepted (tests only); every other endpoint must be HTTPS. */
        @WithDefault("false")
        boolean allowHttpLocalhost();
    }

    interface Reminders {

        /** How long before a session's registration deadline organisations that have not registered are reminded. */
        @WithDefault("PT72H,PT24H")
        java.util.List<Duration> before();

        /** How often the reminders are looked for. */
        @WithDefault("60s")
        String checkEvery();
    }

    interface Unsubscribe {

        /** The key that signs unsubscribe links (HMAC-SHA256): set it (env UNSUBSCRIBE_SECRET) in every deployment. */
        @WithDefault("local-only-unsubscribe-secret")
        String secret();
    }

    interface Mail {

        /** How often the sender looks for mail to send. */
        @WithDefault("5s")
        String pollInterval();

        /** How many mails one pass of the sender sends at most. */
        @WithDefault("20")
        int batchSize();

        /** The first wait after a failed send; it doubles with each failure, up to {@link #maxBackOff()}. */
        @WithDefault("PT1S")
        Duration backOff();

        /** The longest wait between two attempts at one mail. */
        @WithDefault("PT5M")
        Duration maxBackOff();

        /** How long a mail claimed by a sender is left to it before another may try it. */
        @WithDefault("PT2M")
        Duration lease();

        /** Facts older than this when they are consumed are not mailed about (a long history replayed). */
        @WithDefault("P2D")
        Duration maxFactAge();
    }
}

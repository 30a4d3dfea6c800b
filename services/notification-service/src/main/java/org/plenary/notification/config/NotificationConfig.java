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

    Mail mail();

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

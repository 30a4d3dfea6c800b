package org.plenary.notification;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import org.plenary.testing.TcpProxy;

/**
 * Puts the real SMTP server (GreenMail on localhost:3025, started by {@code deploy/local/plenary infra}) behind a
 * {@link TcpProxy}, which a test cuts to show that mail waits while the server is away, and restores.
 */
public class SmtpOutage implements QuarkusTestResourceLifecycleManager {

    private static volatile TcpProxy proxy;

    @Override
    public Map<String, String> start() {
        proxy = new TcpProxy("localhost", Mailbox.SMTP_PORT);
        proxy.open();
        return Map.of("quarkus.mailer.port", String.valueOf(proxy.port()));
    }

    /** The SMTP server is away: connections are cut and refused. */
    public static void cut() {
        proxy.close();
    }

    /** The SMTP server is back. */
    public static void restore() {
        proxy.open();
    }

    @Override
    public void stop() {
        if (proxy != null) {
            proxy.close();
        }
    }
}

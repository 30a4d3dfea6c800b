package org.plenary.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.ext.mail.SMTPException;
import java.net.ConnectException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plenary.notification.mail.SmtpFailures;

/** Which SMTP failures last (an address refused, 5xx) and which pass (tried again). */
class SmtpFailuresTest {

    @Test
    void aFiveHundredAnswerIsARefusalForGoodAndAnythingElsePasses() {
        SMTPException refused = new SMTPException("RCPT", 550, List.of("5.1.1 no such mailbox"), true);
        SMTPException busy = new SMTPException("RCPT", 421, List.of("4.3.2 try again later"), false);
        assertThat(SmtpFailures.isPermanent(new RuntimeException(refused))).isTrue();
        assertThat(SmtpFailures.reply(refused)).startsWith("550");
        assertThat(SmtpFailures.isPermanent(busy)).isFalse();
        assertThat(SmtpFailures.isPermanent(new RuntimeException(new ConnectException("Connection refused"))))
                .isFalse();
        assertThat(SmtpFailures.reply(new RuntimeException(new ConnectException("Connection refused"))))
                .isEqualTo("ConnectException: Connection refused");
    }
}

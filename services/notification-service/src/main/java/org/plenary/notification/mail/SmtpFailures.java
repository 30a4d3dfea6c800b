package org.plenary.notification.mail;

import io.vertx.ext.mail.SMTPException;

/**
 * Tells a refusal that lasts (an SMTP 5xx answer: no such mailbox, address rejected) from a failure that passes
 * (the server unreachable, a 4xx answer, a time-out), which is tried again.
 */
public final class SmtpFailures {

    private SmtpFailures() {}

    /** Whether the SMTP server refused for good. */
    public static boolean isPermanent(Throwable failure) {
        SMTPException smtp = smtp(failure);
        return smtp != null && smtp.getReplyCode() >= 500 && smtp.getReplyCode() < 600;
    }

    /** The server's answer, or the failure's message. */
    public static String reply(Throwable failure) {
        SMTPException smtp = smtp(failure);
        if (smtp != null) {
            return smtp.getReplyCode() + " " + smtp.getReplyMessage();
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static SMTPException smtp(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SMTPException smtp) {
                return smtp;
            }
        }
        return null;
    }
}

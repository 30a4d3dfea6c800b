package org.plenary.notification.mail;

/**
 * Every kind of mail the service sends. Each has a subject and a text fragment in each language's template
 * ({@code templates/mail/<language>.txt}, fragment {@code <id>_subject} and {@code <id>}).
 */
public enum MailKind {
    APPLICATION_RECEIVED(false, "/me"),
    INFORMATION_REQUESTED(false, "/me"),
    CLEARED(false, "/me"),
    OBJECTED(false, "/me"),
    ACCREDITED(false, "/me"),
    REJECTED(false, "/me"),
    SUSPENDED(false, "/me"),
    REINSTATED(false, "/me"),
    REVOKED(false, "/me"),
    REGISTRATION_RECEIVED(true, "/me/sessions/{session}/eligibility"),
    REGISTRATION_CONFIRMED(true, "/me/sessions/{session}/eligibility"),
    REGISTRATION_DECLINED(true, "/me/sessions/{session}/eligibility"),
    WAITLISTED(true, "/me/sessions/{session}/eligibility"),
    PROMOTED(true, "/me/sessions/{session}/eligibility"),
    REGISTRATION_WITHDRAWN(true, "/me/sessions/{session}/eligibility"),
    SIDE_EVENT_APPROVED(true, "/sessions/{session}/programme"),
    SIDE_EVENT_REJECTED(true, "/me"),
    SIDE_EVENT_CANCELLED(true, "/sessions/{session}/programme"),
    SUBMISSION_PUBLISHED(true, "/sessions/{session}/submissions"),
    SUBMISSION_DECLINED(true, "/me"),
    /** Not essential: it carries an unsubscribe link. */
    REGISTRATION_REMINDER(true, "/me/sessions/{session}/eligibility"),
    /** To the secretariat, not essential. */
    SECRETARIAT_DIGEST(false, "/me"),
    /** To the delegate, at their own address: their registration is confirmed, with the session's dates and venue. */
    DELEGATE_CONFIRMED(true, "/sessions/{session}/programme"),
    /** To a state's focal point, not essential: the applications whose non-objection period ends within days. */
    STATES_LIST(false, "/");

    private final boolean aboutSession;
    private final String portalPath;

    MailKind(boolean aboutSession, String portalPath) {
        this.aboutSession = aboutSession;
        this.portalPath = portalPath;
    }

    /** Whether the mail tells the session's facts (title, dates, venue, time zone): it waits for the session. */
    public boolean aboutSession() {
        return aboutSession;
    }

    /** The page of the portal the mail links to, {@code {session}} standing for the session's id. */
    public String portalPath(String sessionId) {
        return portalPath.replace("{session}", sessionId == null ? "" : sessionId);
    }

    /** The category an unsubscribe link of this kind of mail stops. */
    public String unsubscribeCategory() {
        return switch (this) {
            case SECRETARIAT_DIGEST -> "digest";
            case STATES_LIST -> "states-list";
            default -> "reminders";
        };
    }

    /** The template fragment's id. */
    public String fragment() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

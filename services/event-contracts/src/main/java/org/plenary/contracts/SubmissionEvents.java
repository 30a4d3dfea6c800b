package org.plenary.contracts;

/**
 * The submission service's topic and event types. Each type has a JSON Schema at {@code schemas/<type>.json}
 * in this module; {@code deploy/topics.conf} declares the topic.
 */
public final class SubmissionEvents {

    /** Written submissions, keyed by organisation id so that one organisation's events stay in order. */
    public static final String SUBMISSIONS_TOPIC = "submission.submission.events";

    public static final String SUBMITTED = "submission.submission.submitted";
    public static final String REPLACED = "submission.submission.replaced";
    public static final String WITHDRAWN = "submission.submission.withdrawn";
    public static final String PUBLISHED = "submission.submission.published";
    public static final String DECLINED = "submission.submission.declined";

    private SubmissionEvents() {}
}

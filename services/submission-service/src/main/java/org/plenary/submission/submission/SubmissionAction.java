package org.plenary.submission.submission;

import static org.plenary.submission.submission.Submission.Status.DECLINED;
import static org.plenary.submission.submission.Submission.Status.PUBLISHED;
import static org.plenary.submission.submission.Submission.Status.SUBMITTED;
import static org.plenary.submission.submission.Submission.Status.WITHDRAWN;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.plenary.contracts.SubmissionEvents;
import org.plenary.platform.problem.RuleViolation;
import org.plenary.submission.submission.Submission.Status;

/**
 * Every transition of a submission: the statuses it may start from, the status it leads to, and the event it emits
 * (whose last word names the transition in the history). The one place that says which move is allowed when.
 */
public enum SubmissionAction {
    SUBMIT("be filed", EnumSet.noneOf(Status.class), SUBMITTED, SubmissionEvents.SUBMITTED),
    REPLACE("be replaced", EnumSet.of(SUBMITTED), SUBMITTED, SubmissionEvents.REPLACED),
    PUBLISH("be published", EnumSet.of(SUBMITTED), PUBLISHED, SubmissionEvents.PUBLISHED),
    DECLINE("be declined", EnumSet.of(SUBMITTED), DECLINED, SubmissionEvents.DECLINED),
    WITHDRAW("be withdrawn", EnumSet.of(SUBMITTED, PUBLISHED), WITHDRAWN, SubmissionEvents.WITHDRAWN);

    private final String verb;
    private final Set<Status> from;
    private final Status to;
    private final String eventType;

    SubmissionAction(String verb, Set<Status> from, Status to, String eventType) {
        this.verb = verb;
        this.from = from;
        this.to = to;
        this.eventType = eventType;
    }

    public Status target() {
        return to;
    }

    public String eventType() {
        return eventType;
    }

    /** The transition's name in the submission's history: SUBMITTED, REPLACED, PUBLISHED, DECLINED, WITHDRAWN. */
    public String recorded() {
        return eventType.substring(eventType.lastIndexOf('.') + 1).toUpperCase(Locale.ROOT);
    }

    public boolean allowedFrom(Status status) {
        return from.contains(status);
    }

    /** Refuses the action, naming the rule, unless a submission in this status allows it. */
    public void check(Status current) {
        if (!allowedFrom(current)) {
            throw RuleViolation.conflict(
                            "transition-not-allowed",
                            "Not allowed in the submission's status",
                            "A submission that is " + current + " cannot " + verb + "; allowed from " + from + ".")
                    .with("currentStatus", current)
                    .with("action", name())
                    .with("allowedFrom", from);
        }
    }
}

package org.plenary.submission.submission;

import java.time.Instant;
import org.plenary.platform.security.Actor;

/** One entry of a submission's history. */
public record TransitionView(
        int number,
        String transition,
        Submission.Status status,
        int fileVersion,
        Actor actor,
        String reason,
        Instant at) {

    public static TransitionView of(SubmissionTransition t) {
        return new TransitionView(
                t.id.number(),
                t.transition,
                t.status,
                t.fileVersion,
                new Actor(t.actorRole, t.actorSubject),
                t.reason,
                t.at);
    }
}

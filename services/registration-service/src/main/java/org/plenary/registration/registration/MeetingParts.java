package org.plenary.registration.registration;

import java.util.List;
import java.util.Optional;
import org.plenary.platform.problem.RuleViolation;
import org.plenary.registration.session.SessionRequest.MeetingPart;

/** Which of a session's meeting parts a delegate is registered for: those stakeholders may attend, and no other. */
final class MeetingParts {

    private MeetingParts() {}

    /**
     * The parts asked for, or every part stakeholders may attend when none is named.
     *
     * @throws RuleViolation 400 for a part the session does not have, 409 {@code meeting-part-closed} for one
     *     stakeholders may not attend
     */
    static List<String> choose(List<MeetingPart> parts, List<String> requested) {
        if (requested == null || requested.isEmpty()) {
            return parts.stream()
                    .filter(MeetingPart::stakeholdersMayAttend)
                    .map(MeetingPart::name)
                    .toList();
        }
        for (String name : requested) {
            Optional<MeetingPart> part =
                    parts.stream().filter(p -> p.name().equals(name.strip())).findFirst();
            if (part.isEmpty()) {
                throw RuleViolation.invalid("meetingParts", "the session has no meeting part \"" + name + "\"");
            }
            if (!part.get().stakeholdersMayAttend()) {
                throw RuleViolation.conflict(
                                "meeting-part-closed",
                                "Meeting part closed to stakeholders",
                                "Stakeholders may not attend " + part.get().name() + ".")
                        .with("part", part.get().name())
                        .with("openParts", choose(parts, null));
            }
        }
        return requested.stream().map(String::strip).distinct().toList();
    }
}

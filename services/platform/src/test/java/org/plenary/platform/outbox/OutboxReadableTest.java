package org.plenary.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Schema messages name the request's fields as the caller wrote them, never the event's envelope. */
class OutboxReadableTest {

    @Test
    void aPointerIntoTheDataBecomesTheFieldPath() {
        assertThat(Outbox.readable("/data/meetingParts/0: null found, object expected"))
                .isEqualTo("meetingParts[0]: null found, object expected");
        assertThat(Outbox.readable("/data/meetingParts/1/name: integer found, string expected"))
                .isEqualTo("meetingParts[1].name: integer found, string expected");
        assertThat(Outbox.readable("$.data.title: is missing but it is required"))
                .isEqualTo("title: is missing but it is required");
        assertThat(Outbox.readable("/data: required property 'id' not found"))
                .isEqualTo("(body): required property 'id' not found");
    }
}

package org.plenary.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plenary.portal.client.Refusal;

/** Where a service's field is shown on a form, lists' elements included. */
class FormErrorsTest {

    private static Refusal refusing(String field, String message) {
        return new Refusal(
                400,
                "invalid-request",
                field + ": " + message,
                List.of(new Refusal.FieldError(field, message)),
                List.of());
    }

    @Test
    void aFieldOfAnObjectIsShownAtItsInput() {
        FormErrors errors = FormErrors.of(refusing("delegate.email", "must be a well-formed email address"));
        assertThat(errors.message("delegate-email")).isEqualTo("must be a well-formed email address");
        assertThat(errors.summary())
                .containsExactly(new FormErrors.Item("delegate-email", "must be a well-formed email address"));
    }

    @Test
    void anElementOfAListTheFormDoesNotKnowIsShownAtTheListsGroup() {
        assertThat(FormErrors.of(refusing("memberStates[0]", "must not be null"))
                        .message("memberStates"))
                .isEqualTo("must not be null");
        assertThat(FormErrors.of(refusing("meetingParts[2].name", "must not be blank"))
                        .message("meetingParts"))
                .isEqualTo("must not be blank");
        assertThat(FormErrors.of(refusing("names[a]", "must be a number")).message("names"))
                .isEqualTo("must be a number");
    }

    @Test
    void anElementWithAnInputOfItsOwnIsShownThere() {
        Map<String, FormErrors.ListInputs> lists =
                Map.of("preferredSlots", FormErrors.ListInputs.eachElement(i -> "slot-" + (i + 1)));
        FormErrors errors =
                FormErrors.of(refusing("preferredSlots[0].start", "must be in the future"), Map.of(), lists);
        assertThat(errors.message("slot-1")).isEqualTo("must be in the future");
        assertThat(errors.has("preferredSlots")).isFalse();
    }

    @Test
    void anElementOfAListInOneInputIsNamedByTheValueSent() {
        Map<String, FormErrors.ListInputs> lists =
                Map.of("coOrganisers.memberStates", FormErrors.ListInputs.oneInput(List.of("AT", "A1")));
        FormErrors errors = FormErrors.of(
                refusing("coOrganisers.memberStates[1]", "must be an ISO 3166-1 alpha-2 code such as AT"),
                Map.of(),
                lists);
        assertThat(errors.message("coOrganisers-memberStates"))
                .isEqualTo("A1: must be an ISO 3166-1 alpha-2 code such as AT");
        // An index beyond what was sent, or not an index, names no element.
        assertThat(FormErrors.of(refusing("coOrganisers.memberStates[9]", "must not be null"), Map.of(), lists)
                        .message("coOrganisers-memberStates"))
                .isEqualTo("must not be null");
        assertThat(FormErrors.of(refusing("coOrganisers.memberStates[-1]", "must not be null"), Map.of(), lists)
                        .message("coOrganisers-memberStates"))
                .isEqualTo("must not be null");
    }
}

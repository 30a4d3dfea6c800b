package org.plenary.notification.reminder;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The unsubscribe page's words, in English here and in French and Spanish in {@code messages/unsubscribe_fr.properties}
 * and {@code unsubscribe_es.properties}: for each kind of non-essential mail, what stopping it means.
 */
@MessageBundle(value = "unsubscribe", locale = "en")
public interface UnsubscribeMessages {

    @Message("Plenary: stop a mail")
    String title();

    @Message("Stop reminders?")
    String ask_reminders();

    @Message("Your organisation will no longer be reminded of registration deadlines. Mail about its accreditation,"
            + " registrations, side events and submissions still comes.")
    String explain_reminders();

    @Message("Stop reminders")
    String button_reminders();

    @Message("You will receive no more reminders")
    String done_reminders();

    @Message("Stop the daily digest?")
    String ask_digest();

    @Message("This address will no longer get the secretariat's daily digest of what waits for it.")
    String explain_digest();

    @Message("Stop the digest")
    String button_digest();

    @Message("You will receive no more digests")
    String done_digest();

    @Message("Stop the states' list?")
    String ask_states_list();

    @Message("Your state's focal points will no longer get the daily list of applications whose non-objection period"
            + " ends within a week. Objections can still be made in Plenary.")
    String explain_states_list();

    @Message("Stop the list")
    String button_states_list();

    @Message("Your state will receive no more lists")
    String done_states_list();

    @Message("This link does not work")
    String invalid();

    @Message("The unsubscribe link is incomplete or was not made by Plenary. Copy the whole link from the mail.")
    String explain_invalid();
}

package org.plenary.portal.me;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every text of the focal point's pages (accreditation, registration, side events, submissions), in English;
 * {@code messages/fp_fr.properties} and {@code fp_es.properties} translate all of them (Arabic falls back to
 * English). Templates read them as {@code fp:key}; the shared texts stay in the {@code msg} bundle.
 */
@MessageBundle(value = "fp", locale = "en")
public interface FocalPointMessages {

    @Message("Choose…")
    String choose();

    @Message("Yes")
    String yes();

    @Message("No")
    String no();

    @Message("Reason")
    String reason();

    @Message("Organisation")
    String organisation();

    @Message("Reason (optional)")
    String note_optional();

    @Message("History")
    String history();

    @Message("When")
    String history_when();

    @Message("What")
    String history_what();

    @Message("By")
    String history_who();

    @Message(
            "{#when role}{#is 'organisation'}Your organisation{#is 'secretariat'}The secretariat{#is 'state'}A member state{#is 'system'}Plenary{#else}{role ?: ''}{/when}")
    String actor(String role);

    @Message(
            "{#when what}{#is 'applied'}Your application has been sent.{#is 'answered'}Your answer has been sent to the secretariat.{#is 'withdrawn'}Withdrawn.{#is 'letter'}The nomination letter has been uploaded.{#is 'cancelled'}The registration has been cancelled.{#is 'substituted'}The delegate has been substituted.{#is 'proposed'}Your side event has been proposed.{#is 'edited'}Your side event has been changed.{#is 'submitted'}Your submission has been uploaded.{#is 'replaced'}A new version of the file has been uploaded.{#else}Done.{/when}")
    String done(String what);

    @Message("Uploading may take a while on a slow connection: keep this page open until the next page appears.")
    String upload_notice();

    @Message("There is no session to choose at the moment.")
    String sessions_none();

    @Message("What you can do")
    String dashboard_actions();

    @Message("Apply for accreditation")
    String dashboard_apply();

    @Message("Your side events")
    String dashboard_side_events();

    @Message("Your written submissions")
    String dashboard_submissions();

    @Message("Open")
    String dashboard_open();

    @Message("Apply for accreditation")
    String apply_title();

    @Message(
            "Your organisation applies to a body, not to one session. The secretariat reviews the application; an organisation in consultative status with ECOSOC may be accredited on the fast track.")
    String apply_intro();

    @Message("Body")
    String apply_body();

    @Message("accreditation closed")
    String apply_body_closed();

    @Message("Name of the organisation")
    String apply_name();

    @Message("Acronym (optional)")
    String apply_acronym();

    @Message("Country")
    String apply_country();

    @Message("The two-letter ISO code, for example KE for Kenya.")
    String apply_country_hint();

    @Message("Type of organisation")
    String apply_type();

    @Message("Website (optional)")
    String apply_website();

    @Message("Contact e-mail")
    String apply_email();

    @Message("Description (optional)")
    String apply_description();

    @Message("Consultative status with ECOSOC")
    String apply_ecosoc();

    @Message("The secretariat checks it against the list UN DESA publishes.")
    String apply_ecosoc_hint();

    @Message("None")
    String apply_ecosoc_none();

    @Message("Send the application")
    String apply_submit();

    @Message(
            "{#when type}{#is 'NGO'}Non-governmental organisation{#is 'ACADEMIA'}Academia{#is 'PRIVATE_SECTOR'}Private sector{#is 'OTHER'}Other{#else}{type}{/when}")
    String organisation_type(String type);

    @Message("{#when status}{#is 'GENERAL'}General{#is 'SPECIAL'}Special{#is 'ROSTER'}Roster{#else}{status}{/when}")
    String ecosoc_status(String status);

    @Message("Your application to {body}")
    String application_title(String body);

    @Message("Objection period ends")
    String application_non_objection_ends();

    @Message("Fast track")
    String application_fast_track();

    @Message("Objections")
    String application_objections();

    @Message("Objection by {state}")
    String application_objection_by(String state);

    @Message("A member state objected")
    String application_objection_anonymous();

    @Message("The secretariat asks for more information")
    String application_information_requested();

    @Message("Your answer")
    String application_answer();

    @Message("Send the answer")
    String application_answer_submit();

    @Message("Withdraw the application")
    String application_withdraw();

    @Message("Withdraw")
    String application_withdraw_submit();

    @Message("Nomination letter: {session}")
    String letter_title(String session);

    @Message(
            "This session asks for your organisation's nomination letter, a PDF signed by its head naming its delegates, before you register them.")
    String letter_required();

    @Message("This session does not ask for a nomination letter; you may still upload one.")
    String letter_optional();

    @Message("Nomination letter (PDF)")
    String letter_file();

    @Message("A PDF signed by the head of your organisation. A new upload keeps the earlier versions.")
    String letter_hint();

    @Message("Upload the letter")
    String letter_submit();

    @Message("Registration of {name}")
    String registration_title(String name);

    @Message("late")
    String registration_late();

    @Message("Confirmation")
    String registration_confirmation();

    @Message("The secretariat has not confirmed it yet.")
    String registration_awaiting_confirmation();

    @Message("Waiting list")
    String registration_waitlist_rank();

    @Message("number {rank} in the session")
    String registration_rank(Integer rank);

    @Message("number {rank} of your organisation")
    String registration_rank_in_organisation(Integer rank);

    @Message("E-mail")
    String registration_email();

    @Message("Registered")
    String registration_registered_at();

    @Message("Seats")
    String registration_seats();

    @Message("{quota} {#if quota == 1}delegate{#else}delegates{/if} per organisation")
    String registration_quota(int quota);

    @Message("{seats} seats in the session")
    String registration_session_seats(Integer seats);

    @Message("Substitute another delegate")
    String substitute_title();

    @Message(
            "Another delegate may take this one's place: the organisation may put one before the registration deadline, the secretariat at any time.")
    String substitute_intro();

    @Message("Substitute")
    String substitute_submit();

    @Message("Cancel this registration")
    String cancel_title();

    @Message("Cancel the registration")
    String cancel_submit();

    @Message("Your side events")
    String proposals_title();

    @Message("Your organisation has proposed no side event yet.")
    String proposals_none();

    @Message("Propose a side event")
    String proposals_propose();

    @Message("Propose a side event for {session}")
    String proposals_propose_for(String session);

    @Message("Side event at {session}")
    String proposal_form_title(String session);

    @Message("Proposal deadline")
    String proposal_deadline();

    @Message("Title")
    String proposal_title();

    @Message("Description")
    String proposal_description();

    @Message("Format")
    String proposal_format();

    @Message(
            "{#when format}{#is 'IN_PERSON'}In person{#is 'HYBRID'}Hybrid{#is 'ONLINE'}Online{#else}{format ?: ''}{/when}")
    String proposal_format_value(String format);

    @Message("Expected attendance")
    String proposal_attendance();

    @Message("Co-organising organisations")
    String proposal_co_organisers();

    @Message("Organisations accredited to the body; each must be registered for the session too.")
    String proposal_co_organisers_hint();

    @Message("Co-organising member states (optional)")
    String proposal_member_states();

    @Message("Two-letter ISO codes, separated by commas, for example AT, CL.")
    String proposal_member_states_hint();

    @Message("Preferred slots")
    String proposal_slots();

    @Message("{#when n}{#is 1}First choice{#is 2}Second choice{#else}Third choice{/when}")
    String proposal_slot_choice(int n);

    @Message("Send the proposal")
    String proposal_submit();

    @Message("Room")
    String proposal_room();

    @Message("Slot")
    String proposal_slot();

    @Message("Change the proposal")
    String proposal_edit();

    @Message(
            "{#when status}{#is 'PENDING'}Awaiting the secretariat{#is 'APPROVED'}Approved: in the programme{#is 'REJECTED'}Rejected{#is 'WITHDRAWN'}Withdrawn{#is 'CANCELLED'}Cancelled{#else}{status ?: ''}{/when}")
    String proposal_status(String status);

    @Message("Your written submissions")
    String submissions_title();

    @Message("Your organisation has uploaded no written submission yet.")
    String submissions_none();

    @Message("Upload a written submission")
    String submissions_upload();

    @Message("Upload a written submission for {session}")
    String submissions_upload_for(String session);

    @Message("Written submission to {session}")
    String submission_form_title(String session);

    @Message("Submission deadline")
    String submission_deadline();

    @Message("Title")
    String submission_title();

    @Message("Agenda item")
    String submission_agenda_item();

    @Message("Language")
    String submission_language();

    @Message("File (PDF)")
    String submission_file();

    @Message("New version of the file (PDF)")
    String submission_new_file();

    @Message("A PDF with a text layer; the service counts its words against the session's limit.")
    String submission_file_hint();

    @Message("Word limit")
    String submission_word_limit_label();

    @Message("Word limit for this session: {words} words.")
    String submission_word_limit(String words);

    @Message("This session sets no word limit.")
    String submission_no_word_limit();

    @Message("Upload the submission")
    String submission_submit();

    @Message("Words")
    String submission_words();

    @Message("Versions of the file")
    String submission_versions();

    @Message("Version")
    String submission_version();

    @Message("Size")
    String submission_size();

    @Message("Uploaded")
    String submission_uploaded();

    @Message("Replace the file")
    String submission_replace();

    @Message("Upload the new version")
    String submission_replace_submit();

    @Message("Withdraw the submission")
    String submission_withdraw();

    @Message("Withdraw")
    String submission_withdraw_submit();

    @Message("{kb} KB")
    String kilobytes(long kb);

    @Message(
            "{#when status}{#is 'SUBMITTED'}Awaiting publication{#is 'PUBLISHED'}Published{#is 'DECLINED'}Declined{#is 'WITHDRAWN'}Withdrawn{#else}{status ?: ''}{/when}")
    String submission_status(String status);

    @Message(
            "{#when code}{#is 'ar'}Arabic{#is 'zh'}Chinese{#is 'en'}English{#is 'fr'}French{#is 'ru'}Russian{#is 'es'}Spanish{#else}{code ?: ''}{/when}")
    String un_language(String code);
}

package org.plenary.portal.desk;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every text of the secretariat's desk and the states' focal points' pages, in English; {@code messages/desk_fr.properties}
 * and {@code desk_es.properties} translate all of them (Arabic falls back to English). Templates read them as
 * {@code desk:key}.
 */
@MessageBundle(value = "desk", locale = "en")
public interface DeskMessages {

    @Message("The desk")
    String nav_label();

    @Message("The secretariat's desk")
    String home_title();

    @Message("Applications waiting for review")
    String home_review();

    @Message("Applications awaiting the body's decision after an objection")
    String home_objected();

    @Message("Accreditation desk")
    String queue_title();

    @Message(
            "Applications for accreditation, oldest first. Choose one to see its profile, its ECOSOC list match and what can be done with it.")
    String queue_intro();

    @Message("Applications for accreditation, oldest first")
    String queue_caption();

    @Message("Body")
    String body();

    @Message("All bodies")
    String all_bodies();

    @Message("Status")
    String status();

    @Message("All statuses")
    String all_statuses();

    @Message("Organisation's name or acronym")
    String search_organisation();

    @Message("Search")
    String search();

    @Message("Show")
    String show();

    @Message("{#if total == 1}1 application{#else}{total} applications{/if}")
    String queue_count(long total);

    @Message("No application matches.")
    String queue_none();

    @Message("Organisation")
    String organisation();

    @Message("Received")
    String submitted();

    @Message("Waiting")
    String age();

    @Message("{#if days == 0}less than a day{#else if days == 1}1 day{#else}{days} days{/if}")
    String age_days(long days);

    @Message("ECOSOC")
    String ecosoc();

    @Message("on the list ({status})")
    String ecosoc_matched(String status);

    @Message("claimed ({status}), not matched")
    String ecosoc_claimed(String status);

    @Message("none claimed")
    String ecosoc_none();

    @Message("Application of {name}")
    String application_title(String name);

    @Message("Profile")
    String profile();

    @Message("Website")
    String website();

    @Message("Description")
    String description();

    @Message("Consultative status claimed")
    String ecosoc_claim();

    @Message("ECOSOC list")
    String ecosoc_list();

    @Message("Matched to the entry {name}: {status} status since {year} (list of {listDate}).")
    String ecosoc_entry(String name, String status, Object year, Object listDate);

    @Message("Matched automatically: the name and the website are exactly the entry's.")
    String ecosoc_matched_automatically();

    @Message("Matched by the secretariat.")
    String ecosoc_matched_by_secretariat();

    @Message("Not matched to the ECOSOC list.")
    String ecosoc_no_match();

    @Message("What can be done")
    String actions();

    @Message(
            "{#when action}{#is 'ecosoc-confirmation'}Confirm the ECOSOC status{#is 'ecosoc-match'}Match to the ECOSOC list{#is 'information-request'}Request information{#is 'clearance'}Clear for the non-objection period{#is 'rejection'}Reject{#is 'decision'}Record the body's decision{#is 'suspension'}Suspend{#is 'reinstatement'}Reinstate{#is 'revocation'}Revoke{#else}{action}{/when}")
    String action_title(String action);

    @Message(
            "{#when action}{#is 'ecosoc-confirmation'}Confirm the status{#is 'ecosoc-match'}Match{#is 'information-request'}Send the request{#is 'clearance'}Clear{#is 'rejection'}Reject{#is 'decision'}Record the decision{#is 'suspension'}Suspend{#is 'reinstatement'}Reinstate{#is 'revocation'}Revoke{#else}{action}{/when}")
    String action_submit(String action);

    @Message("Name exactly as in the ECOSOC list")
    String ecosoc_match_name();

    @Message("The body decided to")
    String decision_outcome();

    @Message("accredit")
    String decision_accredit();

    @Message("reject")
    String decision_reject();

    @Message(
            "{#when what}{#is 'ecosoc-confirmation'}The ECOSOC status is confirmed.{#is 'ecosoc-match'}The application is matched to the ECOSOC list.{#is 'information-request'}The request for information has been sent.{#is 'clearance'}The non-objection period has started.{#is 'rejection'}The application is rejected.{#is 'decision'}The body's decision is recorded.{#is 'suspension'}The accreditation is suspended.{#is 'reinstatement'}The accreditation is reinstated.{#is 'revocation'}The accreditation is revoked.{#is 'objected'}Your objection has been recorded.{#else}Done.{/when}")
    String done(String what);

    @Message("Applications open to objection")
    String state_title();

    @Message(
            "The applications for accreditation in their non-objection period, with the time left. Your state may object to each once, giving its reason.")
    String state_intro();

    @Message("{#if total == 1}1 application open to objection{#else}{total} applications open to objection{/if}")
    String state_count(long total);

    @Message("No application of this body is open to objection.")
    String state_none();

    @Message("{name}: open to objection")
    String state_application_title(String name);

    @Message("Your state's objection")
    String state_your_objection();

    @Message("Object to this application")
    String state_object();

    @Message("Your state's reason")
    String state_object_reason();

    @Message(
            "The secretariat reads it in full; what the organisation and the public learn of it follows the body's disclosure policy.")
    String state_object_hint();

    @Message("Object")
    String state_object_submit();

    @Message("Your state's objections")
    String state_objections_title();

    @Message("{#if total == 1}1 objection{#else}{total} objections{/if}")
    String state_objections_count(long total);

    @Message("Your state has made no objection.")
    String state_objections_none();

    @Message("What became of it")
    String state_outcome();

    @Message(
            "{#when status}{#is 'OBJECTED'}Awaiting the body's decision{#is 'ACCREDITED'}Accredited{#is 'REJECTED'}Rejected{#is 'WITHDRAWN'}Withdrawn by the organisation{#is 'SUSPENDED'}Accredited, then suspended{#is 'REVOKED'}Accredited, then revoked{#else}{status}{/when}")
    String state_outcome_of(String status);

    @Message("Side events")
    String side_events_title();

    @Message("Session")
    String session();

    @Message("{#if total == 1}1 session{#else}{total} sessions{/if}")
    String sessions_count(long total);

    @Message("Pages")
    String side_events_pages();

    @Message("The session's side events")
    String session_nav_label();

    @Message("Allocation board")
    String board_title();

    @Message(
            "Each room at each time of day, the days as columns. Choose a pending proposal in a cell to approve it into that room and slot; the side-event service decides whether it fits.")
    String board_intro();

    @Message("Rooms and slots by day")
    String board_caption();

    @Message("The session has no room or no slot yet.")
    String board_empty();

    @Message("Proposal to place in {room} on {day} at {time}")
    String board_cell_label(String room, java.time.LocalDate day, String time);

    @Message("Choose the proposal to place here.")
    String board_choose_proposal();

    @Message("Approve here")
    String board_approve();

    @Message("Pending proposals")
    String board_pending();

    @Message("No proposal is waiting.")
    String board_pending_none();

    @Message("Place it on the allocation board")
    String board_place();

    @Message("{capacity} seats")
    String seats(int capacity);

    @Message("Time")
    String time();

    @Message("Day")
    String day();

    @Message("Label")
    String label();

    @Message("Proposals")
    String proposals_title();

    @Message("{#if total == 1}1 proposal{#else}{total} proposals{/if}")
    String proposals_count(long total);

    @Message("Proposal")
    String proposal();

    @Message("Proposed")
    String proposed();

    @Message("Expected attendance")
    String attendance();

    @Message("Co-organisers")
    String co_organisers();

    @Message(
            "{#when status}{#is 'PENDING'}Pending{#is 'APPROVED'}Approved{#is 'REJECTED'}Rejected{#is 'WITHDRAWN'}Withdrawn{#is 'CANCELLED'}Cancelled{#else}{status ?: ''}{/when}")
    String proposal_status(String status);

    @Message("Reject the proposal")
    String proposal_reject();

    @Message("Rooms and slots")
    String venue_title();

    @Message("Rooms")
    String rooms();

    @Message("No room yet.")
    String rooms_none();

    @Message("Room")
    String room();

    @Message("Capacity")
    String capacity();

    @Message("Equipment")
    String equipment();

    @Message("Equipment (optional, separated by commas)")
    String equipment_hint();

    @Message("Add a room")
    String room_add();

    @Message("Slots")
    String slots();

    @Message("No slot yet.")
    String slots_none();

    @Message("The standard 50-minute slots of every meeting day")
    String slots_standard();

    @Message("Add the standard slots")
    String slots_add();

    @Message(
            "{#when period}{#is 'MORNING'}Morning (09:00){#is 'LUNCH'}Lunch (13:15){#is 'EVENING'}Evening (18:15){#else}{period}{/when}")
    String period(String period);

    @Message(
            "{#when what}{#is 'approved'}The side event is approved into its room and slot.{#is 'rejected'}The proposal is rejected.{#is 'room'}The room has been added.{#is 'slots'}The standard slots have been added.{#else}Done.{/when}")
    String side_done(String what);

    @Message("Written submissions")
    String submissions_title();

    @Message("{#if total == 1}1 submission{#else}{total} submissions{/if}")
    String submissions_count(long total);

    @Message("Submission")
    String submission();

    @Message("All sessions")
    String all_sessions();

    @Message("version {version}")
    String version(int version);

    @Message("Publish")
    String submission_publish();

    @Message("Decline")
    String submission_decline();

    @Message(
            "{#when what}{#is 'published'}The submission is published.{#is 'declined'}The submission is declined.{#else}Done.{/when}")
    String submission_done(String what);

    @Message("Registrations")
    String registrations_title();

    @Message("{#if total == 1}1 participant{#else}{total} participants{/if}")
    String registrations_count(long total);

    @Message("Download the participants (CSV)")
    String registrations_csv();

    @Message("The waiting list")
    String registrations_waiting_list();

    @Message("Organisation (identifier)")
    String registrations_organisation_id();

    @Message("Choose")
    String registrations_tick();

    @Message("Delegate")
    String registrations_delegate();

    @Message("head of delegation")
    String registrations_head();

    @Message("Waiting-list place")
    String registrations_rank();

    @Message("Late")
    String registrations_late();

    @Message("Reason (required to decline)")
    String registrations_reason();

    @Message("Confirm the ticked participants")
    String registrations_confirm();

    @Message("Decline the ticked participants")
    String registrations_decline();

    @Message(
            "{#when what}{#is 'confirmed'}The ticked participants are confirmed.{#is 'declined'}The ticked participants are declined.{#else}Done.{/when}")
    String registrations_done(String what);
}

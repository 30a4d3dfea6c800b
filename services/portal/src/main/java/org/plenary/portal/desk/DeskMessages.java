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
            "{#when what}{#is 'ecosoc-confirmation'}The ECOSOC status is confirmed.{#is 'ecosoc-match'}The application is matched to the ECOSOC list.{#is 'information-request'}The request for information has been sent.{#is 'clearance'}The non-objection period has started.{#is 'rejection'}The application is rejected.{#is 'decision'}The body's decision is recorded.{#is 'suspension'}The accreditation is suspended.{#is 'reinstatement'}The accreditation is reinstated.{#is 'revocation'}The accreditation is revoked.{#is 'objected'}Your objection has been recorded.{#is 'followed'}The bodies your state follows are saved.{#else}Done.{/when}")
    String done(String what);

    @Message("Applications open to objection")
    String state_title();

    @Message(
            "The applications for accreditation in their non-objection period, with the time left. Your state may object to each once, giving its reason.")
    String state_intro();

    @Message("{#if total == 1}1 application open to objection{#else}{total} applications open to objection{/if}")
    String state_count(long total);

    @Message("No application in the bodies your state follows is open to objection.")
    String state_none();

    @Message("Your state follows no body yet. Choose below the bodies whose applications your state reviews.")
    String state_follows_none();

    @Message("The bodies your state follows")
    String state_followed();

    @Message("Bodies")
    String state_followed_legend();

    @Message("Every focal point of your state sees the applications of the bodies ticked here.")
    String state_followed_hint();

    @Message("Save the bodies followed")
    String state_follow_submit();

    @Message("No body is defined yet.")
    String state_no_bodies();

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
            "{#when what}{#is 'confirmed'}The ticked participants are confirmed.{#is 'declined'}The ticked participants are declined.{#is 'registered'}The delegate is registered on the organisation's behalf.{#else}Done.{/when}")
    String registrations_done(String what);

    @Message("Sessions")
    String sessions_title();

    @Message("Each session of a body: its dates, deadlines and rules of participation. Choose one to change it.")
    String sessions_intro();

    @Message("Create a session")
    String session_new();

    @Message("A new session")
    String session_new_title();

    @Message("Change the session: {title}")
    String session_edit_title(String title);

    @Message("{#when what}{#is 'created'}The session is created.{#is 'saved'}The session is saved.{#else}Done.{/when}")
    String sessions_done(String what);

    @Message("Body")
    String session_body();

    @Message("The body's identifier (for example ahc-cybercrime). A session stays with its body.")
    String session_body_hint();

    @Message("Title")
    String session_title();

    @Message("Venue")
    String session_venue();

    @Message("The venue's time zone")
    String session_time_zone();

    @Message("A region, such as Europe/Vienna or America/New_York: every time below is read in it.")
    String session_time_zone_hint();

    @Message("First day")
    String session_start_date();

    @Message("Last day")
    String session_end_date();

    @Message("A date: 2026-01-26.")
    String session_date_hint();

    @Message("Registration opens")
    String session_opens();

    @Message("Registration deadline")
    String session_deadline();

    @Message("In venue time, as the venue's clocks show it: 2026-01-22T18:00, or a date alone for 23:59:59 that day.")
    String session_time_hint();

    @Message("Who may register")
    String session_participation();

    @Message(
            "{#when value}{#is 'ACCREDITATION_ONLY'}Only organisations accredited to the body{#is 'OPEN'}Any organisation (open){#else}{value}{/when}")
    String session_participation_value(String value);

    @Message("Accreditation cut-off")
    String session_cutoff();

    @Message("For a session of accredited organisations only: those accredited by then may register. In venue time.")
    String session_cutoff_hint();

    @Message("Delegates per organisation")
    String session_quota();

    @Message("Seats for stakeholders")
    String session_seats();

    @Message("Leave blank for no limit.")
    String session_seats_hint();

    @Message("After the deadline")
    String session_late();

    @Message(
            "{#when value}{#is 'REFUSE'}Refuse a registration{#is 'ACCEPT_LATE'}Accept it, marked late{#else}{value}{/when}")
    String session_late_value(String value);

    @Message("The secretariat confirms each registration")
    String session_confirmation();

    @Message("A nomination letter is required")
    String session_letter();

    @Message("Meeting parts")
    String session_parts();

    @Message("The plenary, subsidiary bodies and so on; a blank row is left out.")
    String session_parts_hint();

    @Message("Meeting part {n}")
    String session_part_name(int n);

    @Message("Stakeholders may attend")
    String session_part_attend();

    @Message("Side-event proposal deadline")
    String session_side_events();

    @Message("Written submissions deadline")
    String session_submissions();

    @Message("Word limit of a written submission")
    String session_word_limit();

    @Message("Scanned submissions are accepted")
    String session_scans();

    @Message("Optional. In venue time.")
    String session_optional_hint();

    @Message("Create the session")
    String session_create();

    @Message("Save the session")
    String session_save();

    @Message("Dates")
    String session_dates();

    @Message("Registration")
    String session_registration();

    @Message("Bodies")
    String bodies_title();

    @Message(
            "The bodies organisations are accredited to, each with its policy. Choose one to change it, or to close or reopen its accreditation.")
    String bodies_intro();

    @Message("{#if total == 1}1 body{#else}{total} bodies{/if}")
    String bodies_count(long total);

    @Message("Define a body")
    String body_new();

    @Message("A new body")
    String body_new_title();

    @Message("The body: {name}")
    String body_edit_title(String name);

    @Message(
            "{#when what}{#is 'created'}The body is defined.{#is 'saved'}The body's policy is saved.{#is 'closed'}Accreditation to the body is closed: no new application is taken.{#is 'reopened'}Accreditation to the body is open again.{#else}Done.{/when}")
    String bodies_done(String what);

    @Message("Takes applications")
    String body_open();

    @Message("Accreditation closed")
    String body_closed();

    @Message("Close accreditation")
    String body_close();

    @Message("Reopen accreditation")
    String body_reopen();

    @Message("Identifier")
    String body_id();

    @Message("A short name in lower case with hyphens, such as ahc-cybercrime; it cannot be changed.")
    String body_id_hint();

    @Message("Name")
    String body_name();

    @Message("Non-objection period (days)")
    String body_days();

    @Message("ECOSOC fast track")
    String body_fast_track();

    @Message(
            "{#when value}{#is 'ON_CONFIRMATION'}Once the secretariat confirms the organisation's ECOSOC status{#is 'AUTOMATIC'}At once, when the ECOSOC list names the organisation{#else}{value}{/when}")
    String body_fast_track_value(String value);

    @Message("What is disclosed of an objection")
    String body_disclosure();

    @Message(
            "{#when value}{#is 'REASON_ONLY'}The reason, not the state{#is 'STATE_AND_REASON'}The state and the reason{#is 'NONE'}Nothing{#else}{value}{/when}")
    String body_disclosure_value(String value);

    @Message("A revoked organisation's published submissions")
    String body_revoked();

    @Message(
            "{#when value}{#is 'KEEP_MARKED'}Stay public, marked as from a revoked organisation{#is 'WITHDRAW'}Are no longer public{#else}{value}{/when}")
    String body_revoked_value(String value);

    @Message("It takes applications from now")
    String body_takes_applications();

    @Message("Define the body")
    String body_define();

    @Message("Save the policy")
    String body_save();

    @Message("The ECOSOC list")
    String ecosoc_title();

    @Message("The list is imported: it is the one in force.")
    String ecosoc_done();

    @Message(
            "The list in force is dated {date}: {entries} organisations ({general} general, {special} special, {roster} roster).")
    String ecosoc_in_force(String date, long entries, long general, long special, long roster);

    @Message("Imported")
    String ecosoc_imported();

    @Message("No ECOSOC list is imported yet: the fast track cannot match any organisation.")
    String ecosoc_no_list();

    @Message("Import a list")
    String ecosoc_import();

    @Message("The published list's date")
    String ecosoc_list_date();

    @Message("The list (CSV)")
    String ecosoc_file();

    @Message(
            "UN DESA's list as CSV, with the columns name, status, year and, optionally, website. It replaces the list in force.")
    String ecosoc_file_hint();

    @Message("Register on an organisation's behalf")
    String behalf_title();

    @Message(
            "The registration service applies the session's rules as it does for the organisation itself: a refusal says which rule stands in the way.")
    String behalf_intro();

    @Message("The organisation's identifier")
    String behalf_organisation();

    @Message("Put the delegate on the waiting list if the quota or the session is full")
    String behalf_waiting_list();

    @Message("Register the delegate")
    String behalf_submit();

    @Message("Delegate's name or address, or organisation")
    String registrations_search();

    @Message("Title or organisation")
    String proposals_search();

    @Message("Title or organisation")
    String submissions_search();
}

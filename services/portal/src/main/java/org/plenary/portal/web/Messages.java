package org.plenary.portal.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every text of the portal, in English; {@code messages/msg_fr.properties}, {@code msg_es.properties} (complete)
 * and {@code msg_ar.properties} (partial: what it lacks falls back to English) translate them. Templates read
 * them as {@code msg:key}.
 */
@MessageBundle(value = "msg", locale = "en")
public interface Messages {

    // The layout
    @Message("Plenary")
    String site_name();

    @Message("Skip to main content")
    String skip_to_content();

    @Message("Bodies and sessions")
    String nav_home();

    @Message("Your organisation")
    String nav_organisation();

    @Message("Language")
    String nav_language();

    @Message("Times in {zone}")
    String nav_zone(String zone);

    @Message("Change")
    String nav_zone_change();

    @Message("Sign out")
    String sign_out();

    @Message("Plenary: stakeholder participation in intergovernmental sessions.")
    String footer();

    // Errors
    @Message("There is a problem")
    String error_summary_title();

    @Message("Error:")
    String error_prefix();

    @Message("Page not found")
    String not_found_title();

    @Message("There is no such page. It may have been moved, or the address may be mistyped.")
    String not_found_text();

    @Message("A service is not answering")
    String unavailable_title();

    @Message("Part of Plenary is not answering at the moment. Please try again in a few minutes.")
    String unavailable_text();

    @Message("Something went wrong")
    String unexpected_title();

    @Message("The page could not be shown. If this happens again, please quote this reference: {errorId}.")
    String unexpected_text(String errorId);

    @Message("Sign-in is not available at the moment. The public pages still work.")
    String sign_in_unavailable();

    @Message("The form could not be read")
    String unreadable_form_title();

    @Message(
            "What the browser sent is not a form this page can read: the % at character {position} is not followed by two hexadecimal digits. Go back to the form and send it again.")
    String unreadable_form_escape(int position);

    @Message(
            "What the browser sent is not a form this page can read: it is not UTF-8 text. Go back to the form and send it again.")
    String unreadable_form_not_utf8();

    @Message("The form is too large")
    String form_too_large_title();

    @Message("This page accepts at most {limit} bytes. Shorten what you typed and send it again.")
    String form_too_large_text(long limit);

    @Message("The address is too long")
    String uri_too_long_title();

    @Message(
            "The address of this request is {length} characters long; the portal reads at most {limit}. Shorten the search, or start again from the home page.")
    String uri_too_long_text(int length, int limit);

    // Times
    @Message(
            "closes in {#if days > 0}{days} {#if days == 1}day{#else}days{/if} {/if}{hours} {#if hours == 1}hour{#else}hours{/if}{#if days == 0} {minutes} {#if minutes == 1}minute{#else}minutes{/if}{/if}")
    String closes_in(long days, long hours, long minutes);

    @Message("closed")
    String closed();

    @Message("venue time")
    String venue_time();

    @Message("your time")
    String your_time();

    // Home
    @Message("Bodies and sessions")
    String home_title();

    @Message("The intergovernmental bodies whose sessions organisations take part in, and their sessions.")
    String home_intro();

    @Message("Accredited organisations")
    String home_accredited();

    @Message("Transparency")
    String home_transparency();

    @Message("Sessions")
    String home_sessions();

    @Message("No session is announced yet.")
    String home_no_sessions();

    @Message("No body is defined yet.")
    String home_no_bodies();

    @Message("Accreditation open")
    String home_accreditation_open();

    @Message("Accreditation closed")
    String home_accreditation_closed();

    // A session
    @Message("{venue}, {start} to {end}")
    String session_where_when(String venue, String start, String end);

    @Message("Registration opens")
    String session_opens();

    @Message("Registration deadline")
    String session_deadline();

    @Message("Who may register")
    String session_participation();

    @Message(
            "{#when participation}{#is 'ACCREDITATION_ONLY'}Organisations accredited to the body{#is 'OPEN'}Any organisation{#else}{participation}{/when}")
    String session_participation_value(String participation);

    @Message("Delegates per organisation")
    String session_quota();

    @Message("Side-event proposals close")
    String session_side_event_deadline();

    @Message("Written submissions close")
    String session_submission_deadline();

    @Message("Side-event programme")
    String session_programme();

    @Message("Published submissions")
    String session_submissions();

    @Message("May my organisation register?")
    String session_eligibility();

    @Message("Register a delegate")
    String session_register();

    @Message("For organisations (sign-in)")
    String session_for_organisations();

    // Accredited organisations
    @Message("Organisations accredited to {body}")
    String accredited_title(String body);

    @Message("Search the list")
    String accredited_search_legend();

    @Message("Name or acronym")
    String accredited_name();

    @Message("Country")
    String accredited_country();

    @Message("Two letters, for example KE")
    String accredited_country_hint();

    @Message("Type")
    String accredited_type();

    @Message("Any type")
    String accredited_any_type();

    @Message("Search")
    String accredited_search();

    @Message("{#if total == 1}1 organisation{#else}{total} organisations{/if}")
    String accredited_count(long total);

    @Message("No organisation matches.")
    String accredited_none();

    @Message("Acronym")
    String accredited_acronym();

    @Message("Accredited since")
    String accredited_since();

    @Message("Website")
    String accredited_website();

    @Message(
            "{#when type}{#is 'NGO'}Non-governmental organisation{#is 'ACADEMIA'}Academia{#is 'PRIVATE_SECTOR'}Private sector{#is 'OTHER'}Other{#else}{type}{/when}")
    String organisation_type(String type);

    // Paging
    @Message("Pages")
    String paging_label();

    @Message("Previous page")
    String paging_previous();

    @Message("Next page")
    String paging_next();

    @Message("Page {page} of {pages}")
    String paging_position(int page, int pages);

    // Transparency
    @Message("Transparency: {body}")
    String transparency_title(String body);

    @Message("How this body has decided on organisations' applications for accreditation.")
    String transparency_intro();

    @Message("The statistics of this body are not published yet.")
    String transparency_unavailable();

    @Message("Applications")
    String transparency_applications();

    @Message("Received")
    String transparency_received();

    @Message("Accredited")
    String transparency_accredited();

    @Message("Rejected")
    String transparency_rejected();

    @Message("Withdrawn")
    String transparency_withdrawn();

    @Message("Pending")
    String transparency_pending();

    @Message("Objected to")
    String transparency_objected();

    @Message("Objections made by states")
    String transparency_objections();

    @Message("Median days from application to decision")
    String transparency_median();

    @Message("no decision yet")
    String transparency_no_decision();

    @Message("Objections")
    String transparency_disclosed();

    @Message("State")
    String transparency_state();

    @Message("Reason")
    String transparency_reason();

    @Message("not disclosed")
    String transparency_not_disclosed();

    @Message("No objection is disclosed.")
    String transparency_none_disclosed();

    @Message(
            "{#when policy}{#is 'NONE'}The body does not disclose objections.{#is 'REASON_ONLY'}The body discloses the reasons for objections, not the states that made them.{#is 'STATE_AND_REASON'}The body discloses which states objected, and why.{#else}{policy}{/when}")
    String transparency_policy(String policy);

    // Programme
    @Message("Side-event programme: {session}")
    String programme_title(String session);

    @Message("Subscribe to the programme (iCalendar)")
    String programme_subscribe();

    @Message("No side event is in the programme yet.")
    String programme_none();

    @Message("Time ({zone})")
    String programme_time(String zone);

    @Message("Side event")
    String programme_event();

    @Message("Organisers")
    String programme_organisers();

    @Message("Room")
    String programme_room();

    @Message("{#when format}{#is 'IN_PERSON'}In person{#is 'HYBRID'}Hybrid{#is 'ONLINE'}Online{#else}{format}{/when}")
    String programme_format(String format);

    // Submissions
    @Message("Published submissions: {session}")
    String submissions_title(String session);

    @Message("No submission is published yet.")
    String submissions_none();

    @Message("Title")
    String submissions_name();

    @Message("Agenda item")
    String submissions_agenda_item();

    @Message("Language")
    String submissions_language();

    @Message("File")
    String submissions_file();

    @Message("SHA-256 checksum")
    String submissions_checksum();

    @Message("Download {name} (PDF, {kilobytes} KB)")
    String submissions_download(String name, long kilobytes);

    @Message("{words} words")
    String submissions_words(int words);

    // Preferences
    @Message("Your preferences")
    String preferences_title();

    @Message("Time zone")
    String preferences_zone();

    @Message(
            "A place name, for example Europe/Vienna, America/New_York or Africa/Nairobi. Dates are shown in the venue's time and in yours.")
    String preferences_zone_hint();

    @Message("Save")
    String preferences_save();

    @Message("Use my device's time zone")
    String preferences_use_device();

    // Signed in: the dashboard
    @Message("Your organisation")
    String dashboard_title();

    @Message("Signed in as {name}")
    String dashboard_signed_in(String name);

    @Message("Applications for accreditation")
    String dashboard_applications();

    @Message("Your organisation has not applied for accreditation yet.")
    String dashboard_no_applications();

    @Message("Body")
    String dashboard_body();

    @Message("Status")
    String dashboard_status();

    @Message("Submitted")
    String dashboard_submitted();

    @Message("Delegates registered")
    String dashboard_registrations();

    @Message("Your organisation has registered no delegate yet.")
    String dashboard_no_registrations();

    @Message("Delegate")
    String dashboard_delegate();

    @Message("Session")
    String dashboard_session();

    @Message("Place on the waiting list")
    String dashboard_waitlist();

    @Message(
            "{#when status}{#is 'SUBMITTED'}Submitted, awaiting review{#is 'INFORMATION_REQUESTED'}More information requested{#is 'NON_OBJECTION'}Open to objection by states{#is 'OBJECTED'}Objected to; awaiting the body's decision{#is 'ACCREDITED'}Accredited{#is 'REJECTED'}Rejected{#is 'WITHDRAWN'}Withdrawn{#is 'SUSPENDED'}Suspended{#is 'REVOKED'}Revoked{#else}{status}{/when}")
    String application_status(String status);

    @Message(
            "{#when status}{#is 'PENDING'}Awaiting confirmation{#is 'CONFIRMED'}Confirmed{#is 'WAITLISTED'}On the waiting list{#is 'CANCELLED'}Cancelled{#is 'DECLINED'}Declined{#is 'WITHDRAWN'}Withdrawn{#else}{status}{/when}")
    String registration_status(String status);

    // Signed in: eligibility
    @Message("May your organisation register for {session}?")
    String eligibility_title(String session);

    @Message("Yes: your organisation may register delegates now.")
    String eligibility_yes();

    @Message("Yes, late: the deadline has passed, but this session accepts late registrations.")
    String eligibility_late();

    @Message("Not now. The reasons:")
    String eligibility_no();

    // Signed in: registering a delegate
    @Message("Register a delegate for {session}")
    String register_title(String session);

    @Message("Full name")
    String register_name();

    @Message("E-mail address")
    String register_email();

    @Message("Function (optional)")
    String register_function();

    @Message("Head of delegation")
    String register_head();

    @Message("Put the delegate on the waiting list if the quota or the seats are full")
    String register_waiting_list();

    @Message("Register")
    String register_submit();

    @Message("{name} is registered.")
    String register_done(String name);
}

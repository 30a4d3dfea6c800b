package org.plenary.portal.account;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the account pages (signing up, the organisation and its members, the secretariat's accounts), in
 * English; {@code messages/account_fr.properties} and {@code account_es.properties} translate them all (Arabic
 * falls back to English). Templates read them as {@code account:key}.
 */
@MessageBundle(value = "account", locale = "en")
public interface AccountMessages {

    // The layout
    @Message("Sign up")
    String nav_sign_up();

    // Signing up
    @Message("Your account is ready")
    String signed_up_title();

    @Message(
            "Once you have confirmed your e-mail address, your account can sign in. If your organisation is not in Plenary yet, create it; if a colleague invited you, you are already one of its focal points.")
    String signed_up_text();

    @Message("Continue to your organisation")
    String signed_up_continue();

    // The organisation
    @Message("Create your organisation")
    String create_title();

    @Message(
            "You are signed in as {name} and are a focal point of no organisation yet. Create your organisation: you become its first focal point, and you can then invite colleagues.")
    String create_intro(String name);

    @Message("Name of the organisation")
    String create_name();

    @Message("Identifier")
    String create_alias();

    @Message(
            "Plenary's short name for the organisation, for ever: lower-case letters, digits and hyphens, 2 to 40 characters, for example digital-rights-watch.")
    String create_alias_hint();

    @Message("Website (optional)")
    String create_website();

    @Message("Description (optional)")
    String create_description();

    @Message("Create the organisation")
    String create_submit();

    @Message("Your organisation is created, and you are its focal point.")
    String created();

    @Message("Organisation: {name}")
    String organisation_title(String name);

    @Message("Identifier")
    String organisation_alias();

    @Message("Website")
    String organisation_website();

    @Message("Focal points")
    String members_title();

    @Message("Name")
    String members_name();

    @Message("E-mail address")
    String members_email();

    @Message("Action")
    String members_action();

    @Message("Remove {name}")
    String members_remove(String name);

    @Message("you")
    String members_you();

    @Message("Joined by invitation: removing them deletes their account (Keycloak's rule for such members).")
    String members_managed();

    @Message("{name} is no longer a focal point of the organisation.")
    String removed(String name);

    @Message("{name} is no longer a focal point of the organisation, and their account is deleted.")
    String removed_and_deleted(String name);

    @Message("Invite a colleague")
    String invite_title();

    @Message("Keycloak sends them an e-mail with a link to create their account (or, if they have one, to join).")
    String invite_intro();

    @Message("E-mail address")
    String invite_email();

    @Message("First name (optional)")
    String invite_first_name();

    @Message("Last name (optional)")
    String invite_last_name();

    @Message("Send the invitation")
    String invite_submit();

    @Message("An invitation is on its way to {email}.")
    String invited(String email);

    @Message("The secretariat's accounts")
    String secretariat_link();

    @Message("You are signed in as a member of the secretariat: you have no organisation of your own.")
    String secretariat_no_organisation();

    // The secretariat's accounts
    @Message("Accounts")
    String accounts_title();

    @Message("Everyone who can sign in to Plenary, with their organisation. A disabled account cannot sign in.")
    String accounts_intro();

    @Message("Search by name, user name or e-mail")
    String accounts_search_label();

    @Message("Search")
    String accounts_search();

    @Message("{#if total == 1}1 account{#else}{total} accounts{/if}")
    String accounts_count(long total);

    @Message("User name")
    String accounts_username();

    @Message("Name")
    String accounts_name();

    @Message("E-mail address")
    String accounts_email();

    @Message("Organisation")
    String accounts_organisation();

    @Message("Status")
    String accounts_status();

    @Message("Action")
    String accounts_action();

    @Message("Enabled")
    String accounts_enabled();

    @Message("Disabled")
    String accounts_disabled();

    @Message("e-mail not confirmed")
    String accounts_unverified();

    @Message("Disable {name}")
    String accounts_disable(String name);

    @Message("Enable {name}")
    String accounts_enable(String name);

    @Message("none")
    String accounts_no_organisation();

    @Message("No account matches.")
    String accounts_none();

    // Refusals
    @Message("Enter the name of the organisation.")
    String problem_name_required();

    @Message(
            "An organisation with this name is already in Plenary. If it is yours, ask one of its focal points to invite you.")
    String problem_name_taken();

    @Message(
            "The identifier must be 2 to 40 lower-case letters, digits and single hyphens, for example digital-rights-watch.")
    String problem_alias_invalid();

    @Message("This identifier is taken by another organisation. Choose another.")
    String problem_alias_taken();

    @Message("Enter the website's full address, starting with https://.")
    String problem_website_invalid();

    @Message("You are already a focal point of an organisation.")
    String problem_already_in_an_organisation();

    @Message("Only an organisation's focal point may create an organisation.")
    String problem_not_an_organisation_focal_point();

    @Message("Enter an e-mail address, for example name@example.org.")
    String problem_email_invalid();

    @Message("This person is already a focal point of your organisation.")
    String problem_already_a_member();

    @Message("Only a focal point of the organisation may do this, and you are not (or no longer) one.")
    String problem_not_a_member();

    @Message("This person is not a focal point of your organisation.")
    String problem_no_such_member();

    @Message("You cannot remove yourself. Another focal point of the organisation can.")
    String problem_cannot_remove_yourself();

    @Message("Only the secretariat may see and disable accounts.")
    String problem_secretariat_only();

    @Message("Keycloak refused this. Please try again later.")
    String problem_refused_by_keycloak();

    @Message("Not allowed")
    String refused_title();
}

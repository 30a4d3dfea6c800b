package org.plenary.portal.account;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.security.identity.SecurityIdentity;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.plenary.portal.account.AccountRefusal.Problem;
import org.plenary.portal.client.Refusal;
import org.plenary.portal.web.FormErrors;
import org.plenary.portal.web.Reader;

/** The account pages' words in the reader's language, and a refusal laid out for a form. */
final class AccountText {

    private AccountText() {}

    static AccountMessages messages(Reader reader) {
        String lang = reader.lang();
        return "fr".equals(lang) || "es".equals(lang)
                ? MessageBundles.get(AccountMessages.class, Localized.Literal.of(lang))
                : MessageBundles.get(AccountMessages.class);
    }

    /** The signed-in user's id in Keycloak (the token's {@code sub}). */
    static String userId(SecurityIdentity identity) {
        Principal principal = identity.getPrincipal();
        if (principal instanceof JsonWebToken token && token.getSubject() != null) {
            return token.getSubject();
        }
        return principal.getName();
    }

    static String say(AccountMessages msg, Problem problem) {
        return switch (problem) {
            case NAME_REQUIRED -> msg.problem_name_required();
            case NAME_TAKEN -> msg.problem_name_taken();
            case ALIAS_INVALID -> msg.problem_alias_invalid();
            case ALIAS_TAKEN -> msg.problem_alias_taken();
            case WEBSITE_INVALID -> msg.problem_website_invalid();
            case ALREADY_IN_AN_ORGANISATION -> msg.problem_already_in_an_organisation();
            case NOT_AN_ORGANISATION_FOCAL_POINT -> msg.problem_not_an_organisation_focal_point();
            case EMAIL_INVALID -> msg.problem_email_invalid();
            case ALREADY_A_MEMBER -> msg.problem_already_a_member();
            case NOT_A_MEMBER -> msg.problem_not_a_member();
            case NO_SUCH_MEMBER -> msg.problem_no_such_member();
            case CANNOT_REMOVE_YOURSELF -> msg.problem_cannot_remove_yourself();
            case SECRETARIAT_ONLY -> msg.problem_secretariat_only();
            case REFUSED_BY_KEYCLOAK -> msg.problem_refused_by_keycloak();
        };
    }

    /** Each field's problem next to it and in the summary; a problem of the whole form in the summary only. */
    static FormErrors errors(AccountMessages msg, AccountRefusal refusal, String... fields) {
        List<Refusal.FieldError> byField = new ArrayList<>();
        List<String> general = new ArrayList<>();
        for (Map.Entry<String, Problem> problem : refusal.problems(fields).entrySet()) {
            if (problem.getKey().isEmpty()) {
                general.add(say(msg, problem.getValue()));
            } else {
                byField.add(new Refusal.FieldError(problem.getKey(), say(msg, problem.getValue())));
            }
        }
        return FormErrors.of(new Refusal(refusal.status(), "account", String.join(" ", general), byField, general));
    }
}

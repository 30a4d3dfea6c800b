package org.plenary.portal.account;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/** The shapes of Keycloak's Admin REST API that the account pages read and write (the fields they use). */
public final class KeycloakViews {

    private KeycloakViews() {}

    /** A new organization; Keycloak checks that its name and alias are unique in the realm. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record NewOrganization(
            String name,
            String alias,
            boolean enabled,
            String description,
            String redirectUrl,
            Map<String, List<String>> attributes) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Organization(
            String id,
            String name,
            String alias,
            boolean enabled,
            String description,
            Map<String, List<String>> attributes) {

        /** The organisation's website, kept in the attribute {@code website}. */
        public String website() {
            List<String> values = attributes == null ? null : attributes.get("website");
            return values == null || values.isEmpty() ? null : values.get(0);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Member(
            String id,
            String username,
            String firstName,
            String lastName,
            String email,
            boolean enabled,
            String membershipType) {

        /**
         * A member Keycloak manages (one who registered through the organisation's invitation): removing them from
         * the organisation deletes their account, as Keycloak does for managed members.
         */
        public boolean managed() {
            return "MANAGED".equals(membershipType);
        }

        public String displayName() {
            String name = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).trim();
            return name.isEmpty() ? username : name;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record User(
            String id,
            String username,
            String firstName,
            String lastName,
            String email,
            boolean emailVerified,
            boolean enabled) {

        public String displayName() {
            String name = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).trim();
            return name.isEmpty() ? username : name;
        }
    }

    public record UserEnabled(boolean enabled) {}
}

package org.plenary.platform.security;

/**
 * Who made a change, as history rows and events record it.
 *
 * @param role    secretariat, organisation, state or system
 * @param subject the token's subject, or the job's name for system changes
 */
public record Actor(String role, String subject) {

    public static Actor system(String job) {
        return new Actor("system", job);
    }
}

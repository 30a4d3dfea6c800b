package org.plenary.notification.directory;

import java.time.ZoneId;

/**
 * One person a mail goes to, as the identity provider knows them: the address, the language they chose (null: the
 * organisation's) and their time zone (null: none given; deadlines are then told in the venue's time and UTC).
 *
 * @param state the state they are a focal point of (ISO 3166-1 alpha-2), for states' focal points; else null
 */
public record Recipient(String email, String language, ZoneId timeZone, String state) {}

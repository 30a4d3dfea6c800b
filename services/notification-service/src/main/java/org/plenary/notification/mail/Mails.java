package org.plenary.notification.mail;

import java.util.Set;

/** The languages mail is written in. */
final class Mails {

    static final Set<String> LANGUAGES = Set.of("en", "fr", "es");

    private Mails() {}
}

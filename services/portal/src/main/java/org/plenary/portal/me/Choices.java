package org.plenary.portal.me;

import io.quarkus.qute.TemplateGlobal;
import java.util.List;

/** The fixed choices of the focal point's forms, as the services name them (their words are in the bundle). */
@TemplateGlobal
public final class Choices {

    private Choices() {}

    /** Accreditation: the organisation's type. */
    public static final List<String> organisationTypes = List.of("NGO", "ACADEMIA", "PRIVATE_SECTOR", "OTHER");

    /** Accreditation: the ECOSOC consultative status an organisation may claim. */
    public static final List<String> ecosocStatuses = List.of("GENERAL", "SPECIAL", "ROSTER");

    /** Side events: how the event is held. */
    public static final List<String> proposalFormats = List.of("IN_PERSON", "HYBRID", "ONLINE");

    /** Submissions: the six UN languages. */
    public static final List<String> unLanguages = List.of("ar", "zh", "en", "fr", "ru", "es");
}

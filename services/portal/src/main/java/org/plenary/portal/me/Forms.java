package org.plenary.portal.me;

import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;
import org.jboss.resteasy.reactive.RestResponse;
import org.plenary.portal.client.Refusal;

/** What the focal point's forms share: reading what was typed, and answering after a change or a refusal. */
public final class Forms {

    private Forms() {}

    /** Each rule of the services' file check, shown next to the form's {@code field}. */
    public static Map<String, String> fileRulesAt(String field) {
        return Map.ofEntries(
                Map.entry("empty-file", field),
                Map.entry("file-too-large", field),
                Map.entry("wrong-type", field),
                Map.entry("unreadable-pdf", field),
                Map.entry("truncated-pdf", field),
                Map.entry("too-many-pages", field),
                Map.entry("pdf-too-complex", field),
                Map.entry("inspection-timed-out", field),
                Map.entry("inspections-busy", field),
                Map.entry("no-text-layer", field),
                Map.entry("too-many-words", field));
    }

    public static String orEmpty(String value) {
        return value == null ? "" : value.trim();
    }

    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** After a change, the page that shows it (303, so that reloading does not post again). */
    public static <T> RestResponse<T> seeOther(String path) {
        return RestResponse.seeOther(URI.create(path));
    }

    /**
     * A refusal the form shows (the service's 4xx, in its words); a service that fails, or a record that is not
     * there, is the error page's to show.
     */
    public static Refusal shown(Refusal refusal) {
        if (refusal.status() >= 500 || refusal.notFound()) {
            throw refusal;
        }
        return refusal;
    }

    /** The status of the service's refusal, as it gave it (422 included, which the standard enum lacks). */
    public static Response.StatusType status(Refusal refusal) {
        int code = refusal.status();
        return new Response.StatusType() {
            @Override
            public int getStatusCode() {
                return code;
            }

            @Override
            public Response.Status.Family getFamily() {
                return Response.Status.Family.familyOf(code);
            }

            @Override
            public String getReasonPhrase() {
                Response.Status known = Response.Status.fromStatusCode(code);
                return known == null ? "Refused" : known.getReasonPhrase();
            }
        };
    }
}

package org.plenary.portal.page;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestResponse;
import org.plenary.portal.client.AccreditationClient;
import org.plenary.portal.client.Refusal;
import org.plenary.portal.client.Views.AccreditedOrganisation;
import org.plenary.portal.client.Views.Body;
import org.plenary.portal.client.Views.Page;
import org.plenary.portal.web.FormErrors;
import org.plenary.portal.web.Reader;

/**
 * A body's accredited organisations, searched by name or acronym, filtered by country (by the accreditation
 * service) and by type, paged. The service filters by country; the name and the type are matched here, over
 * the list the service gives, until the service takes them as parameters.
 */
@Path("/bodies/{bodyId}/organisations")
public class AccreditedPage {

    static final int PAGE_SIZE = 20;
    private static final int SERVICE_PAGE_SIZE = 100;
    private static final int MAX_SERVICE_PAGES = 50;
    static final List<String> TYPES = List.of("NGO", "ACADEMIA", "PRIVATE_SECTOR", "OTHER");

    /** What the reader asked for. */
    public record Search(String q, String country, String type) {}

    /** One page of matches, of {@code total}. */
    public record Results(List<AccreditedOrganisation> items, long total, Paging paging) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance organisations(
                Body body, Search search, List<String> types, Results results, FormErrors errors);
    }

    private final AccreditationClient accreditation;
    private final Reader reader;

    public AccreditedPage(@RestClient AccreditationClient accreditation, Reader reader) {
        this.accreditation = accreditation;
        this.reader = reader;
    }

    @GET
    public RestResponse<TemplateInstance> organisations(
            @PathParam("bodyId") String bodyId,
            @QueryParam("q") String q,
            @QueryParam("country") String country,
            @QueryParam("type") String type,
            @QueryParam("page") @DefaultValue("1") int page) {
        Body body = accreditation.body(bodyId);
        Search search = new Search(trim(q), trim(country), type != null && TYPES.contains(type) ? type : null);
        String countryCode = search.country() == null ? null : search.country().toUpperCase(Locale.ROOT);
        List<AccreditedOrganisation> all;
        try {
            all = all(bodyId, countryCode);
        } catch (Refusal refusal) {
            if (refusal.status() != 400) {
                throw refusal;
            }
            FormErrors errors = FormErrors.of(refusal);
            return RestResponse.status(
                    RestResponse.Status.BAD_REQUEST,
                    reader.render(Templates.organisations(body, search, TYPES, null, errors)));
        }
        List<AccreditedOrganisation> matches =
                all.stream().filter(org -> matches(org, search)).toList();
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("q", search.q());
        query.put("country", search.country());
        query.put("type", search.type());
        Paging paging = Paging.of("/bodies/" + bodyId + "/organisations", query, page, PAGE_SIZE, matches.size());
        int from = (paging.page() - 1) * PAGE_SIZE;
        Results results =
                new Results(matches.subList(from, Math.min(matches.size(), from + PAGE_SIZE)), matches.size(), paging);
        return RestResponse.ok(reader.render(Templates.organisations(body, search, TYPES, results, FormErrors.none())));
    }

    private List<AccreditedOrganisation> all(String bodyId, String country) {
        List<AccreditedOrganisation> all = new ArrayList<>();
        for (int page = 0; page < MAX_SERVICE_PAGES; page++) {
            Page<AccreditedOrganisation> one = accreditation.accredited(bodyId, country, page, SERVICE_PAGE_SIZE);
            all.addAll(one.items());
            if (one.items().size() < SERVICE_PAGE_SIZE || all.size() >= one.total()) {
                break;
            }
        }
        return all;
    }

    static boolean matches(AccreditedOrganisation org, Search search) {
        if (search.type() != null && !search.type().equals(org.type())) {
            return false;
        }
        if (search.q() == null) {
            return true;
        }
        String wanted = search.q().toLowerCase(Locale.ROOT);
        return contains(org.name(), wanted) || contains(org.acronym(), wanted);
    }

    private static boolean contains(String text, String wanted) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(wanted);
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}

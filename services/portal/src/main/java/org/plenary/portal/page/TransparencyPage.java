package org.plenary.portal.page;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.plenary.portal.client.AccreditationClient;
import org.plenary.portal.client.Refusal;
import org.plenary.portal.client.Views.Body;
import org.plenary.portal.client.Views.Statistics;
import org.plenary.portal.web.Reader;

/**
 * A body's transparency page: how its applications were decided, and the objections its policy discloses, from
 * the accreditation service's public statistics. Where the service does not publish them (404), the page says so.
 */
@Path("/bodies/{bodyId}/transparency")
public class TransparencyPage {

    @CheckedTemplate
    static class Templates {
        /** {@code statistics} is null when the service publishes none. */
        static native TemplateInstance transparency(Body body, Statistics statistics);
    }

    private final AccreditationClient accreditation;
    private final Reader reader;

    public TransparencyPage(@RestClient AccreditationClient accreditation, Reader reader) {
        this.accreditation = accreditation;
        this.reader = reader;
    }

    @GET
    public TemplateInstance transparency(@PathParam("bodyId") String bodyId) {
        Body body = accreditation.body(bodyId);
        Statistics statistics;
        try {
            statistics = accreditation.statistics(bodyId);
        } catch (Refusal refusal) {
            if (!refusal.notFound()) {
                throw refusal;
            }
            statistics = null;
        }
        return reader.render(Templates.transparency(body, statistics));
    }
}

package org.plenary.portal.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.plenary.portal.client.Refusal;

/**
 * Failures as pages in the reader's language: what a service refused (its own words, its status), what does not
 * exist (404), and a service that does not answer (503). Never a stack trace or a class name.
 */
public class PortalErrors {

    private static final Logger LOG = Logger.getLogger(PortalErrors.class);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance notFound();

        static native TemplateInstance unavailable();

        static native TemplateInstance refused(String detail);

        static native TemplateInstance unexpected(String errorId);
    }

    private final Reader reader;

    public PortalErrors(Reader reader) {
        this.reader = reader;
    }

    @ServerExceptionMapper
    public Response refused(Refusal refusal) {
        if (refusal.notFound()) {
            return page(404, Templates.notFound());
        }
        if (refusal.status() >= 500) {
            LOG.warnf("A service failed: %s", refusal.getMessage());
            return page(503, Templates.unavailable());
        }
        return page(refusal.status(), Templates.refused(refusal.detail()));
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return page(404, Templates.notFound());
    }

    @ServerExceptionMapper
    public Response unreachable(ProcessingException e) {
        LOG.warnf("A service is not answering: %s", e.getMessage());
        return page(503, Templates.unavailable());
    }

    /** A request the portal cannot take as it is (a wrong method, a wrong media type). */
    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status == 404) {
            return page(404, Templates.notFound());
        }
        if (status >= 500) {
            return unexpected(e);
        }
        return page(status, Templates.refused(e.getResponse().getStatusInfo().getReasonPhrase()));
    }

    /**
     * Anything else: logged with an id, shown as a page that names the id and nothing of the failure. The
     * security layer's own exceptions (sign-in redirects, 401, 403) keep their more specific mappers.
     */
    @ServerExceptionMapper
    public Response unexpected(RuntimeException e) {
        String id = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure, error id %s", id);
        return page(500, Templates.unexpected(id));
    }

    private Response page(int status, TemplateInstance page) {
        return Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(reader.render(page).render())
                .build();
    }
}

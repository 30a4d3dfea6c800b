package org.plenary.portal.desk;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.plenary.portal.web.Reader;

/** The secretariat's desk: where an officer's day starts, with a link to each queue. */
@Path("/me/desk")
public class DeskHome {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(String user);
    }

    private final Reader reader;
    private final SecurityIdentity identity;

    public DeskHome(Reader reader, SecurityIdentity identity) {
        this.reader = reader;
        this.identity = identity;
    }

    @GET
    public TemplateInstance home() {
        return reader.render(Templates.home(identity.getPrincipal().getName()));
    }
}

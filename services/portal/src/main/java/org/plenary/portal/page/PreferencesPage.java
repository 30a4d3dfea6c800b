package org.plenary.portal.page;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.plenary.portal.web.Links;
import org.plenary.portal.web.Reader;

/**
 * The reader's language and time zone, each kept in a cookie: {@code /language?lang=fr} (the links in every page's
 * header) and the preferences form for the time zone.
 */
@Path("/")
public class PreferencesPage {

    private static final int A_YEAR = 365 * 24 * 3600;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance preferences(String returnTo);
    }

    private final Reader reader;

    public PreferencesPage(Reader reader) {
        this.reader = reader;
    }

    @GET
    @Path("language")
    public Response language(@QueryParam("lang") String lang, @QueryParam("return") String returnTo) {
        String chosen = Reader.chooseLanguage(lang, null, null);
        return Response.seeOther(URI.create(Links.safeReturn(returnTo)))
                .header("Set-Cookie", cookie("lang", chosen))
                .build();
    }

    @GET
    @Path("preferences")
    public TemplateInstance preferences(@QueryParam("return") String returnTo) {
        return reader.render(Templates.preferences(Links.safeReturn(returnTo)));
    }

    @POST
    @Path("preferences")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@FormParam("tz") String zone, @FormParam("return") String returnTo) {
        return Response.seeOther(URI.create(Links.safeReturn(returnTo)))
                .header("Set-Cookie", cookie("tz", Reader.chooseZone(zone, null).getId()))
                .build();
    }

    /** A plain cookie header: the values (a language, a zone id) need no quoting, and are not quoted. */
    private static String cookie(String name, String value) {
        return name + "=" + value + "; Path=/; Max-Age=" + A_YEAR + "; SameSite=Lax";
    }
}

package org.plenary.portal.desk;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.plenary.portal.client.AccreditationClient;
import org.plenary.portal.client.DeskViews.EcosocList;
import org.plenary.portal.client.Refusal;
import org.plenary.portal.me.Forms;
import org.plenary.portal.me.registration.NominationLetterPage;
import org.plenary.portal.web.FormErrors;
import org.plenary.portal.web.Moment;
import org.plenary.portal.web.Reader;

/**
 * The ECOSOC list the fast track reads: the one in force (its date, when it was imported, how many organisations in
 * each consultative status), and the form that imports UN DESA's published list in its place (a CSV file with the
 * columns name, status, year and an optional website, and the list's date). The accreditation service reads the
 * file; a line it cannot read is refused with its line and column, shown beside the file.
 */
@Path("/me/desk/ecosoc-list")
public class EcosocDesk {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(
                EcosocList list, Moment importedAt, String listDate, String done, FormErrors errors);
    }

    private final AccreditationClient accreditation;
    private final Reader reader;

    public EcosocDesk(@RestClient AccreditationClient accreditation, Reader reader) {
        this.accreditation = accreditation;
        this.reader = reader;
    }

    @GET
    public TemplateInstance list(@QueryParam("done") String done) {
        return render("", done, FormErrors.none());
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public RestResponse<TemplateInstance> replace(
            @RestForm("listDate") String listDate, @RestForm("list") FileUpload file) {
        String csv = new String(NominationLetterPage.bytes(file), StandardCharsets.UTF_8);
        try {
            accreditation.replaceEcosocList(Forms.orEmpty(listDate), csv);
            return Forms.seeOther("/me/desk/ecosoc-list?done=imported");
        } catch (Refusal refusal) {
            Forms.shown(refusal);
            FormErrors errors = "ecosoc-list-invalid".equals(refusal.rule())
                    ? FormErrors.at("list", refusal.detail())
                    : FormErrors.of(refusal);
            return RestResponse.status(Forms.status(refusal), render(Forms.orEmpty(listDate), null, errors));
        }
    }

    private TemplateInstance render(String listDate, String done, FormErrors errors) {
        EcosocList list = accreditation.ecosocList();
        return reader.render(Templates.list(
                list,
                list.importedAt() == null ? null : reader.moment(list.importedAt(), "UTC"),
                listDate,
                done,
                errors));
    }
}

package org.plenary.platform.problem;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Says in the OpenAPI document what every refusal looks like: a {@code Problem} schema (RFC 9457, with the rule
 * that failed and its facts as extension members), and on every operation a {@code default} response in
 * {@code application/problem+json}, which covers each 4xx the operation may answer with.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ProblemOpenApiFilter implements OASFilter {

    private static final String SCHEMA = "Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema(SCHEMA, problemSchema());
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(path -> {
            Map<?, Operation> operations = path.getOperations();
            if (operations != null) {
                operations.values().forEach(ProblemOpenApiFilter::addProblemResponse);
            }
        });
    }

    private static void addProblemResponse(Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        if (operation.getResponses().getDefaultValue() != null) {
            return;
        }
        operation
                .getResponses()
                .setDefaultValue(OASFactory.createAPIResponse()
                        .description("A refusal: the rule that failed, with the facts the caller needs"
                                + " (RFC 9457 problem details)")
                        .content(OASFactory.createContent()
                                .addMediaType(
                                        Problem.MEDIA_TYPE,
                                        OASFactory.createMediaType()
                                                .schema(OASFactory.createSchema()
                                                        .ref("#/components/schemas/" + SCHEMA)))));
    }

    private static Schema problemSchema() {
        return OASFactory.createSchema()
                .type(List.of(Schema.SchemaType.OBJECT))
                .description("RFC 9457 problem details. Rule-specific facts (a deadline, a quota, the fields that"
                        + " failed) are further members.")
                .addProperty(
                        "type",
                        OASFactory.createSchema()
                                .type(List.of(Schema.SchemaType.STRING))
                                .description("urn:plenary:problem:<rule>"))
                .addProperty("title", string("A short summary of the problem"))
                .addProperty(
                        "status",
                        OASFactory.createSchema()
                                .type(List.of(Schema.SchemaType.INTEGER))
                                .description("The HTTP status"))
                .addProperty("detail", string("What happened, for a person to read"))
                .addProperty("instance", string("The request path"))
                .addProperty("rule", string("The rule that failed, e.g. deadline-passed, quota-reached"))
                .required(List.of("type", "title", "status", "rule"))
                .additionalPropertiesSchema(OASFactory.createSchema());
    }

    private static Schema string(String description) {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).description(description);
    }
}

package org.plenary.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.plenary.platform.failure.PassingFailures;
import org.plenary.platform.metrics.ProblemMetrics;

/**
 * Turns every failure into {@code application/problem+json}: rule violations with their rule, bad input
 * with the fields that failed, security failures as 401/403, a database that cannot be reached as a 503 with
 * {@code Retry-After}, and anything unexpected as a 500 that names an error id to find in the log, never a stack
 * trace.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final int UNREACHABLE_RETRY_AFTER_SECONDS = 5;

    @ServerExceptionMapper
    public Response ruleViolation(RuleViolation e, UriInfo uri) {
        return respond(new Problem(e.rule(), e.title(), e.status(), e.getMessage(), path(uri), e.facts()));
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<Map<String, String>> violations = e.getConstraintViolations().stream()
                .sorted(Comparator.comparing((ConstraintViolation<?> v) -> field(v.getPropertyPath())))
                .map(v -> Map.of("field", field(v.getPropertyPath()), "message", v.getMessage()))
                .toList();
        String detail = violations.stream()
                .map(v -> v.get("field") + ": " + v.get("message"))
                .collect(Collectors.joining("; "));
        return respond(new Problem(
                "invalid-request", "Invalid request", 400, detail, path(uri), Map.of("violations", violations)));
    }

    @ServerExceptionMapper({
        JsonProcessingException.class,
        com.fasterxml.jackson.core.JsonParseException.class,
        com.fasterxml.jackson.databind.exc.MismatchedInputException.class,
        com.fasterxml.jackson.databind.exc.InvalidFormatException.class,
        com.fasterxml.jackson.databind.exc.ValueInstantiationException.class,
        com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException.class
    })
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        String field = e instanceof JsonMappingException mapping
                ? mapping.getPath().stream()
                        .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                        .collect(Collectors.joining("."))
                        .replace(".[", "[")
                : "";
        String message = JsonMessages.describe(e);
        List<Map<String, String>> violations =
                field.isEmpty() ? List.of() : List.of(Map.of("field", field, "message", message));
        return respond(new Problem(
                "unreadable-body",
                "The request body is not valid JSON for this resource",
                400,
                field.isEmpty() ? message : field + ": " + message,
                path(uri),
                Map.of("violations", violations)));
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        return Response.fromResponse(respond(new Problem(
                        "authentication-required",
                        "Authentication required",
                        401,
                        "This request needs a valid bearer token.",
                        path(uri),
                        null)))
                .header("WWW-Authenticate", "Bearer")
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(new Problem(
                "role-required",
                "Not allowed",
                403,
                "The caller's role does not allow this request.",
                path(uri),
                null));
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response concurrentChange(RuntimeException e, UriInfo uri) {
        return respond(new Problem(
                "concurrent-change",
                "Changed by someone else",
                409,
                "The record changed while this request was handled; read it again and retry.",
                path(uri),
                null));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        Response original = e.getResponse();
        int status = original.getStatus();
        Throwable cause = e.getCause();
        while (cause != null && !(cause instanceof JsonProcessingException)) {
            cause = cause.getCause();
        }
        if (status == 400 && cause instanceof JsonProcessingException unreadable) {
            // The JSON provider's own refusal of a body it could not parse: told like any unreadable body.
            return unreadableJson(unreadable, uri);
        }
        if (status >= 500) {
            return unexpected(e, uri);
        }
        Response.StatusType info = original.getStatusInfo();
        String rule = switch (status) {
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 415 -> "unsupported-media-type";
            default -> "bad-request";
        };
        Response.ResponseBuilder builder = Response.fromResponse(
                respond(new Problem(rule, info.getReasonPhrase(), status, e.getMessage(), path(uri), null)));
        return builder.build();
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e, UriInfo uri) {
        Throwable cause = unwrap(e);
        if (cause != e && cause instanceof RuntimeException runtime && !(cause instanceof WebApplicationException)) {
            if (cause instanceof RuleViolation rule) {
                return ruleViolation(rule, uri);
            }
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return concurrentChange(runtime, uri);
            }
        }
        if (cause instanceof org.hibernate.exception.ConstraintViolationException violation
                && violation.getSQLState() != null
                && violation.getSQLState().startsWith("23")
                && !"23505".equals(violation.getSQLState())) {
            return respond(new Problem(
                    "conflicts-with-stored-data",
                    "Conflicts with the data already stored",
                    409,
                    "The request would break a rule the database holds (" + violation.getConstraintName() + ").",
                    path(uri),
                    Map.of("constraint", String.valueOf(violation.getConstraintName()))));
        }
        if (cause instanceof org.hibernate.exception.ConstraintViolationException violation
                && "23505".equals(violation.getSQLState())) {
            return respond(new Problem(
                    "already-exists",
                    "Conflicts with a record already stored",
                    409,
                    "The request would duplicate a record already stored (" + violation.getConstraintName() + ").",
                    path(uri),
                    Map.of("constraint", String.valueOf(violation.getConstraintName()))));
        }
        if (cause instanceof org.hibernate.exception.DataException data
                && data.getSQLState() != null
                && data.getSQLState().startsWith("22")) {
            // A value the database cannot hold (SQLSTATE class 22, data exception): the request's fault.
            String detail = switch (data.getSQLState()) {
                case "22021", "22P05" -> "A value contains a character that cannot be stored (such as U+0000, NUL).";
                case "22001" -> "A value is longer than can be stored.";
                case "22003" -> "A number is out of the range that can be stored.";
                default -> "A value cannot be stored as given.";
            };
            return respond(new Problem("invalid-value", "Invalid value", 400, detail, path(uri), null));
        }
        PassingFailures.Kind passing = PassingFailures.kind(e);
        if (passing != PassingFailures.Kind.LASTING) {
            return unavailable(passing, e, uri);
        }
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure %s on %s", errorId, path(uri));
        return respond(new Problem(
                "internal-error",
                "Internal error",
                500,
                "The request could not be completed. Quote error id " + errorId + " to the operators.",
                path(uri),
                Map.of("errorId", errorId)));
    }

    /**
     * A failure that passes by itself (the database unreachable or restarting, a lock or serialization failure):
     * 503 with {@code Retry-After}, so that a client tries again, never a 500. Nothing was stored.
     */
    private static Response unavailable(PassingFailures.Kind kind, Throwable e, UriInfo uri) {
        boolean unreachable = kind == PassingFailures.Kind.UNREACHABLE;
        int retryAfter = unreachable ? UNREACHABLE_RETRY_AFTER_SECONDS : 1;
        LOG.warnf("%s on %s: %s", unreachable ? "Database unavailable" : "Database busy", path(uri), e.getMessage());
        Problem problem = unreachable
                ? new Problem(
                        "database-unavailable",
                        "Temporarily unavailable",
                        503,
                        "The service cannot reach its database just now; nothing was changed. Try again in "
                                + retryAfter + " seconds.",
                        path(uri),
                        Map.of("retryAfterSeconds", retryAfter))
                : new Problem(
                        "busy-try-again",
                        "Busy, try again",
                        503,
                        "Other requests changed the same records at the same moment; nothing was changed. Try again.",
                        path(uri),
                        Map.of("retryAfterSeconds", retryAfter));
        return Response.fromResponse(respond(problem))
                .header("Retry-After", String.valueOf(retryAfter))
                .build();
    }

    private static Throwable unwrap(Throwable e) {
        Throwable current = e;
        while (current.getCause() != null
                && current.getCause() != current
                && !(current instanceof org.hibernate.JDBCException)
                && (current instanceof java.util.concurrent.CompletionException
                        || current.getClass().getName().startsWith("org.hibernate")
                        || current instanceof jakarta.persistence.PersistenceException)) {
            current = current.getCause();
        }
        return current;
    }

    static Response respond(Problem problem) {
        ProblemMetrics.answered(problem.rule, problem.status);
        return Response.status(problem.status)
                .type(Problem.MEDIA_TYPE)
                .entity(problem)
                .build();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getPath();
    }

    /**
     * The request field a violation is about: the property path without the method's name, and without the
     * parameter's name unless the parameter itself (a query or path parameter) is what failed.
     */
    static String field(Path path) {
        List<Path.Node> nodes = new ArrayList<>();
        path.forEach(nodes::add);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            Path.Node node = nodes.get(i);
            boolean last = i == nodes.size() - 1;
            if (node.getKind() == ElementKind.METHOD
                    || node.getKind() == ElementKind.RETURN_VALUE
                    || node.getKind() == ElementKind.CROSS_PARAMETER
                    || (node.getKind() == ElementKind.PARAMETER && !last)) {
                continue;
            }
            if (node.getIndex() != null && !names.isEmpty()) {
                names.set(names.size() - 1, names.get(names.size() - 1) + "[" + node.getIndex() + "]");
            } else if (node.getKey() != null && !names.isEmpty()) {
                names.set(names.size() - 1, names.get(names.size() - 1) + "[" + node.getKey() + "]");
            }
            if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                names.add(node.getName());
            }
        }
        return names.isEmpty() ? "body" : String.join(".", names);
    }
}

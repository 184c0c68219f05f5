package it.cuffia.web.api;

import it.cuffia.shared.domain.DomainException;
import it.cuffia.web.support.DomainErrors;
import jakarta.ejb.EJBException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NoContentException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.glassfish.jersey.server.ParamException;

/**
 * Every failure of {@code /api} becomes problem+json in the caller's language (Accept-Language; Italian
 * unless English is asked for), with the message key as {@code code}: domain failures, invalid and
 * unreadable bodies, and what the JAX-RS runtime refuses itself (no such address or id 404, method 405,
 * body type 415, answer type 406). The container's 401 is said the same way by {@link UnauthorizedProblem}.
 */
public final class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    private ProblemMappers() {
    }

    static Locale locale(HttpHeaders headers) {
        return headers == null ? Locale.ITALIAN : locale(headers.getAcceptableLanguages());
    }

    static Locale locale(List<Locale> acceptable) {
        return acceptable.stream()
                .filter(l -> l.getLanguage().equals("en") || l.getLanguage().equals("it"))
                .findFirst().map(l -> Locale.forLanguageTag(l.getLanguage())).orElse(Locale.ITALIAN);
    }

    static Response problem(DomainException e, Locale locale) {
        return Problem.of(locale, DomainErrors.status(e), e.getMessageKey(), e.getArguments()).toResponse();
    }

    /** A body that is not JSON, or names a value that does not exist (an unknown outcome…): 400, never a 500. */
    static Response unreadable(Locale locale) {
        return Problem.of(locale, 400, "api.unreadable").toResponse();
    }

    /** Fields refused: 400, the detail naming them, each refusal in {@code errors} ("field: why"). */
    static Response invalid(Locale locale, List<String> fields, List<String> errors) {
        return Problem.of(locale, 400, errors, "api.invalid", String.join(", ", fields.stream().distinct().toList())).toResponse();
    }

    @Provider
    public static class Domain implements ExceptionMapper<DomainException> {
        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(DomainException e) {
            return problem(e, locale(headers));
        }
    }

    /** EJBs wrap what they do not declare; the domain failure inside is what the caller must hear. */
    @Provider
    public static class Ejb implements ExceptionMapper<EJBException> {
        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(EJBException e) {
            return DomainErrors.find(e).map(d -> problem(d, locale(headers)))
                    .orElseGet(() -> Unexpected.problem(e, locale(headers)));
        }
    }

    @Provider
    public static class Validation implements ExceptionMapper<ConstraintViolationException> {

        /** Bean Validation's own messages ("size must be between 0 and 4000"), said in the caller's language. */
        private static final MessageInterpolator MESSAGES = jakarta.validation.Validation.buildDefaultValidatorFactory()
                .getMessageInterpolator();

        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(ConstraintViolationException e) {
            Locale locale = locale(headers);
            if (e.getConstraintViolations().stream().anyMatch(Validation::isMissingBody)) {
                return Problem.of(locale, 400, "api.body.required").toResponse();
            }
            List<ConstraintViolation<?>> violations = e.getConstraintViolations().stream()
                    .sorted(java.util.Comparator.comparing(ProblemMappers.Validation::field)).toList();
            return invalid(locale, violations.stream().map(Validation::field).toList(),
                    violations.stream().map(v -> field(v) + ": " + message(v, locale)).toList());
        }

        /** {@code @NotNull} on the body itself: the request came without one. */
        private static boolean isMissingBody(ConstraintViolation<?> violation) {
            jakarta.validation.Path.Node last = null;
            for (jakarta.validation.Path.Node node : violation.getPropertyPath()) {
                last = node;
            }
            return violation.getInvalidValue() == null && last != null && last.getKind() == jakarta.validation.ElementKind.PARAMETER;
        }

        /** The field's name in the body: the last node of the path ("open.arg0.subject" → "subject"). */
        static String field(ConstraintViolation<?> violation) {
            String path = violation.getPropertyPath().toString();
            return path.substring(path.lastIndexOf('.') + 1);
        }

        private static String message(ConstraintViolation<?> violation, Locale locale) {
            return MESSAGES.interpolate(violation.getMessageTemplate(), new MessageInterpolator.Context() {
                @Override
                public jakarta.validation.metadata.ConstraintDescriptor<?> getConstraintDescriptor() {
                    return violation.getConstraintDescriptor();
                }

                @Override
                public Object getValidatedValue() {
                    return violation.getInvalidValue();
                }

                @Override
                public <T> T unwrap(Class<T> type) {
                    throw new ValidationException("no " + type.getName() + " behind a violation already made");
                }
            }, locale);
        }
    }

    @Provider
    public static class UnreadableJson implements ExceptionMapper<jakarta.json.bind.JsonbException> {
        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(jakarta.json.bind.JsonbException e) {
            return unreadable(locale(headers));
        }
    }

    /** The same failure as the JSON-B provider may report it, wrapped by the JAX-RS runtime. */
    @Provider
    public static class UnreadableBody implements ExceptionMapper<jakarta.ws.rs.ProcessingException> {
        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(jakarta.ws.rs.ProcessingException e) {
            return unreadable(locale(headers));
        }
    }

    /**
     * What the JAX-RS runtime refuses before a resource runs: an address or path parameter that names nothing
     * ({@code /api/tickets/abc}: 404), a method the address does not have (405, with Allow), a body of a type it does
     * not read (415), an answer type it cannot give (406), an empty or unreadable body (400). A refusal that already
     * carries a problem (StrictJson's) passes as it is.
     */
    @Provider
    public static class Refused implements ExceptionMapper<WebApplicationException> {
        @Context
        private HttpHeaders headers;

        @Context
        private UriInfo uri;

        @Override
        public Response toResponse(WebApplicationException e) {
            Response refused = e.getResponse();
            if (refused.hasEntity() || refused.getStatus() < 400) {
                return refused;
            }
            Locale locale = locale(headers);
            String path = uri == null ? "" : "/api/" + uri.getPath().replaceFirst("^/", "");
            Problem problem;
            if (e instanceof ParamException.QueryParamException query) {
                problem = queryParameter(query, uri == null ? null : uri.getQueryParameters().getFirst(query.getParameterName()), locale);
            } else if (e instanceof NotFoundException) {
                problem = Problem.of(locale, 404, "api.notFound", path);
            } else if (e instanceof NotAllowedException) {
                problem = Problem.of(locale, 405, "api.methodNotAllowed", path, String.join(", ", refused.getAllowedMethods()));
            } else if (e instanceof NotSupportedException) {
                problem = Problem.of(locale, 415, "api.unsupportedMediaType", path,
                        headers == null || headers.getMediaType() == null ? "-" : headers.getMediaType().toString());
            } else if (e instanceof NotAcceptableException) {
                problem = Problem.of(locale, 406, "api.notAcceptable", path);
            } else if (e instanceof BadRequestException && e.getCause() instanceof NoContentException) {
                problem = Problem.of(locale, 400, "api.body.required");
            } else if (refused.getStatus() >= 500) {
                return Unexpected.problem(e, locale);
            } else if (refused.getStatus() == 401) {
                problem = Problem.of(locale, 401, "api.unauthorized");
            } else if (refused.getStatus() == 404) {
                problem = Problem.of(locale, 404, "api.notFound", path); // a path parameter that is no number
            } else {
                problem = Problem.of(locale, 400, "api.unreadable");
            }
            Response.ResponseBuilder answer = Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
            if (!refused.getAllowedMethods().isEmpty()) {
                answer.allow(refused.getAllowedMethods());
            }
            return answer.build();
        }
    }

    /**
     * A query parameter the runtime could not turn into its type ({@code ?clientId=abc}): JAX-RS answers 404 as if the
     * address named nothing; the caller hears 400 naming the parameter and the value.
     */
    static Problem queryParameter(ParamException.QueryParamException e, String value, Locale locale) {
        boolean number = false;
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            number |= cause instanceof NumberFormatException;
        }
        return Problem.of(locale, 400, number ? "api.query.whole" : "api.query.invalid", e.getParameterName(),
                value == null ? "" : value);
    }

    /**
     * A failure nobody foresaw is a bug: logged with its trace for whoever fixes it, a 500 problem for the caller,
     * never a stack trace or a container page.
     */
    @Provider
    public static class Unexpected implements ExceptionMapper<Throwable> {
        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(Throwable e) {
            return problem(e, locale(headers));
        }

        static Response problem(Throwable e, Locale locale) {
            LOG.log(Level.SEVERE, "unexpected failure of an API call", e);
            return Problem.of(locale, 500, "api.unexpected").toResponse();
        }
    }
}

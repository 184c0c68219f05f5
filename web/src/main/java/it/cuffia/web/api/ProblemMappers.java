package it.cuffia.web.api;

import it.cuffia.shared.domain.DomainException;
import it.cuffia.web.faces.Messages;
import it.cuffia.web.support.DomainErrors;
import jakarta.ejb.EJBException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;

/** Domain failures and invalid bodies become problem+json in the caller's language (Accept-Language). */
public final class ProblemMappers {

    private ProblemMappers() {
    }

    static Locale locale(HttpHeaders headers) {
        return headers == null ? Locale.ITALIAN : locale(headers.getAcceptableLanguages());
    }

    static Locale locale(List<Locale> acceptable) {
        return acceptable.stream()
                .filter(l -> l.getLanguage().equals("en") || l.getLanguage().equals("it"))
                .findFirst().orElse(Locale.ITALIAN);
    }

    static Response problem(DomainException e, Locale locale) {
        int status = DomainErrors.status(e);
        String detail = Messages.text(locale, e.getMessageKey(), e.getArguments());
        return new Problem("about:blank", Messages.text(locale, "api.problem." + status), status, detail, List.of())
                .toResponse();
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
                    .orElseThrow(() -> e);
        }
    }

    @Provider
    public static class Validation implements ExceptionMapper<ConstraintViolationException> {
        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(ConstraintViolationException e) {
            Locale locale = locale(headers);
            List<String> errors = e.getConstraintViolations().stream()
                    .map(ProblemMappers::describe).sorted().toList();
            return new Problem("about:blank", Messages.text(locale, "api.problem.400"), 400,
                    Messages.text(locale, "api.invalid"), errors).toResponse();
        }
    }

    /** A body that is not JSON, or names a value that does not exist (an unknown outcome…): 400, never a 500. */
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

    static Response unreadable(Locale locale) {
        return new Problem("about:blank", Messages.text(locale, "api.problem.400"), 400,
                Messages.text(locale, "api.unreadable"), List.of()).toResponse();
    }

    private static String describe(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        return path.substring(path.lastIndexOf('.') + 1) + ": " + violation.getMessage();
    }
}

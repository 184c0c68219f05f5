package it.cuffia.web.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Locale;

/**
 * The 401 of an API call without valid credentials, as problem+json in the caller's language like every other
 * API failure. The authentication mechanism refuses such a call before JAX-RS sees it (it sends the bare status
 * and {@code WWW-Authenticate}); web.xml makes this servlet the page of that status. Only API calls get a 401:
 * console pages send strangers to the login page instead.
 */
@WebServlet(UnauthorizedProblem.PATH)
public class UnauthorizedProblem extends HttpServlet {

    static final String PATH = "/error/api-unauthorized";

    private static final Jsonb JSON = JsonbBuilder.create();

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = request.getHeader("Accept-Language") == null ? Locale.ITALIAN
                : ProblemMappers.locale(Collections.list(request.getLocales()));
        Problem problem = Problem.of(locale, HttpServletResponse.SC_UNAUTHORIZED, "api.unauthorized");
        response.setStatus(problem.status());
        response.setContentType(Problem.MEDIA_TYPE.toString());
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(JSON.toJson(problem));
    }
}

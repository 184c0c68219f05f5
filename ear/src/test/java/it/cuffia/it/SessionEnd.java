package it.cuffia.it;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Ends the calling browser's session in the server, as the container does when it times out (it invalidates
 * it): for ExpiredSessionBrowserIT. A class of its own: the deployment holds the servlet, not the browser test.
 */
@WebServlet("/" + SessionEnd.PATH)
public class SessionEnd extends HttpServlet {

    static final String PATH = "it/end-session";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        response.setContentType("text/plain");
        if (session == null) {
            response.getWriter().write("no session");
            return;
        }
        session.invalidate();
        response.getWriter().write("ended");
    }
}

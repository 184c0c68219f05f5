package it.cuffia.it;

import it.cuffia.contact.domain.Interaction;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Ends the inbound calls an agent left in progress in earlier tests (ringing, or answered and not wrapped up), as the
 * PBX and the wrap-up timer would. A login brings an agent back to such a call, and a ring blocks the next one: a test that rings
 * an agent starts from none ({@link Cti#settle}). Tests share the demo agents and do not always finish their calls.
 */
@WebServlet("/" + CallsLeftOpen.PATH)
public class CallsLeftOpen extends HttpServlet {

    static final String PATH = "it/settle-calls";

    @EJB
    private Settler settler;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain");
        response.getWriter().write(Integer.toString(settler.settle(request.getParameter("agent"))));
    }

    /** One transaction: the agent's calls left open are ended and their wrap-ups timed out. */
    @Stateless
    public static class Settler {

        @PersistenceContext(unitName = "cuffia-test")
        private EntityManager em;

        @Inject
        private Clock clock;

        public int settle(String agent) {
            Instant now = clock.instant();
            List<Interaction> open = em.createQuery("select i from Interaction i where i.agent.username = :u and i.lead is null"
                    + " and ((i.answeredAt is not null and i.wrapUpEndedAt is null) or (i.answeredAt is null and i.endedAt is null))",
                    Interaction.class).setParameter("u", agent).getResultList();
            for (Interaction call : open) {
                if (call.getEndedAt() == null) {
                    call.end(now); // a ring left ringing ends unanswered
                }
                call.wrapUpTimedOut(now);
            }
            return open.size();
        }
    }
}

package it.cuffia.it;

import it.cuffia.channels.domain.WebForm;
import it.cuffia.crm.domain.Client;
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

/**
 * The web forms of the tests: a client's form switched on or off, and the stamp of a form served some seconds ago
 * (a person takes seconds to fill a form in; a test stands in for them without waiting). In the test deployment
 * only, reached by the client-side tests at {@code /it/web-form}.
 */
@Stateless
public class WebFormFixtures {

    @PersistenceContext(unitName = "cuffia-test")
    private EntityManager em;

    @Inject
    private Clock clock;

    /** The key of the client's form, switched on (created the first time). */
    public String enable(String clientCode) {
        Client client = em.createQuery("select c from Client c where c.code = :code", Client.class)
                .setParameter("code", clientCode).getSingleResult();
        WebForm form = em.createNamedQuery(WebForm.OF_CLIENT, WebForm.class).setParameter("client", client.getId())
                .getResultStream().findFirst().orElseGet(() -> {
                    WebForm created = new WebForm(client, clock.instant());
                    em.persist(created);
                    return created;
                });
        form.enable();
        return form.getFormKey();
    }

    public long clientId(String clientCode) {
        return em.createQuery("select c.id from Client c where c.code = :code", Long.class).setParameter("code", clientCode).getSingleResult();
    }

    /** A routing rule of the client, first in its order: subjects with this word go urgent to the specialists. */
    public void urgentToSpecialists(String clientCode, String word) {
        Client client = em.createQuery("select c from Client c where c.code = :code", Client.class)
                .setParameter("code", clientCode).getSingleResult();
        em.persist(new it.cuffia.channels.domain.RoutingRule(client, 0, it.cuffia.contact.domain.Channel.WEB, null, word,
                null, it.cuffia.ticketing.domain.Priority.URGENT, 2));
    }

    public void disable(String key) {
        byKey(key).disable();
    }

    public String stampServedSecondsAgo(String key, long seconds) {
        return byKey(key).stamp(clock.instant().minusSeconds(seconds));
    }

    private WebForm byKey(String key) {
        return em.createNamedQuery(WebForm.BY_KEY, WebForm.class).setParameter("key", key).getSingleResult();
    }

    /** {@code ?enable=CODE}, {@code ?clientId=CODE}, {@code ?disable=KEY}, {@code ?key=KEY&servedSecondsAgo=N}: the answer is plain text. */
    @WebServlet("/it/web-form")
    public static class Access extends HttpServlet {

        @EJB
        private WebFormFixtures fixtures;

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            response.setContentType("text/plain");
            response.setCharacterEncoding("UTF-8");
            if (request.getParameter("enable") != null) {
                response.getWriter().write(fixtures.enable(request.getParameter("enable")));
            } else if (request.getParameter("urgentWord") != null) {
                fixtures.urgentToSpecialists(request.getParameter("client"), request.getParameter("urgentWord"));
                response.getWriter().write("rule");
            } else if (request.getParameter("clientId") != null) {
                response.getWriter().write(Long.toString(fixtures.clientId(request.getParameter("clientId"))));
            } else if (request.getParameter("disable") != null) {
                fixtures.disable(request.getParameter("disable"));
                response.getWriter().write("disabled");
            } else {
                response.getWriter().write(fixtures.stampServedSecondsAgo(request.getParameter("key"),
                        Long.parseLong(request.getParameter("servedSecondsAgo"))));
            }
        }
    }
}

package it.cuffia.it;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * More customers than a list counts (10 000) and than PrimeFaces' own export loop read (20 000), made by SQL in
 * blocks of the entities' sequence: one new client, its customers named "{tag} 00001" … in surname order. In the
 * test deployment only, reached by the client-side tests at {@code /it/export}.
 */
@Stateless
public class ExportFixtures {

    /** Ids come in the sequence's blocks: each value {@code v} owns {@code v-49 … v}, as EclipseLink takes them. */
    static final int BLOCK = 50;
    private static final String ROWS_OF_A_BLOCK = IntStream.range(0, BLOCK).mapToObj(n -> "(" + n + ")").collect(Collectors.joining(","));

    @PersistenceContext(unitName = "cuffia-test")
    private EntityManager em;

    @EJB
    private TestFixtures fixtures;

    /** A new client with {@code blocks × 50} customers; answers "clientId tag". */
    public String customers(int blocks) {
        // letters only: the global search takes a term with digits for a phone number
        String tag = "Zexp" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).chars()
                .mapToObj(c -> String.valueOf((char) ('a' + Character.digit(c, 16)))).collect(Collectors.joining());
        Long clientId = fixtures.newClient("Export " + tag).getId();
        for (int block = 0; block < blocks; block++) {
            long top = ((Number) em.createNativeQuery("select nextval('cuffia_seq')").getSingleResult()).longValue();
            em.createNativeQuery("insert into customer (id, version, client_id, first_name, last_name, city, province, active)"
                            + " select ?1 - d.n, 0, ?2, 'Export', concat(?3, ' ', lpad(cast(?4 + d.n as varchar), 5, '0')), 'Milano', 'MI', true"
                            + " from (values " + ROWS_OF_A_BLOCK + ") as d(n)")
                    .setParameter(1, top).setParameter(2, clientId).setParameter(3, tag).setParameter(4, block * BLOCK + 1)
                    .executeUpdate();
        }
        return clientId + " " + tag;
    }

    /** The customers of {@link #customers}, gone (the client stays, as other tests' clients do). */
    public int drop(Long clientId) {
        return em.createNativeQuery("delete from customer where client_id = ?1").setParameter(1, clientId).executeUpdate();
    }

    @WebServlet("/it/export")
    public static class Access extends HttpServlet {

        @EJB
        private ExportFixtures fixtures;

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            response.setContentType("text/plain");
            response.setCharacterEncoding("UTF-8");
            if (request.getParameter("drop") != null) {
                response.getWriter().write(Integer.toString(fixtures.drop(Long.valueOf(request.getParameter("drop")))));
                return;
            }
            response.getWriter().write(fixtures.customers(Integer.parseInt(request.getParameter("blocks"))));
        }
    }
}

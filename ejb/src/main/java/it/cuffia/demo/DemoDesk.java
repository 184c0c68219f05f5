package it.cuffia.demo;

import it.cuffia.contact.domain.Disposition;
import it.cuffia.contact.domain.PauseCode;
import it.cuffia.contact.domain.WrapUpPolicy;
import it.cuffia.crm.domain.Client;
import jakarta.persistence.EntityManager;

/**
 * The demo clients' pause codes and inbound dispositions, as an Italian outsourcer agrees them with each
 * committente (lunch unpaid, training and meetings productive), and their wrap-up rules.
 */
final class DemoDesk {

    private DemoDesk() {
    }

    static void load(EntityManager em, Client aurora, Client verde) {
        for (Client client : new Client[] {aurora, verde}) {
            em.persist(new PauseCode(client, "CAFFE", "Pausa caffè", "Coffee break", true, false, true));
            em.persist(new PauseCode(client, "PRANZO", "Pausa pranzo", "Lunch break", false, false, true));
            em.persist(new PauseCode(client, "BAGNO", "Bagno", "Restroom", true, false, true));
            em.persist(new PauseCode(client, "FORMAZIONE", "Formazione", "Training", true, true, true));
            em.persist(new PauseCode(client, "RIUNIONE", "Riunione", "Team meeting", true, true, true));
            em.persist(new PauseCode(client, "TECNICO", "Problema tecnico", "Technical problem", true, false, true));
            // the end codes of the ticket categories' scripts: chosen for the agent when a script ends so
            em.persist(new Disposition(client, "RESOLVED", "Risolto al primo contatto", "Resolved at first contact", true));
            em.persist(new Disposition(client, "TICKET_OPENED", "Ticket aperto", "Ticket opened", true));
            em.persist(new Disposition(client, "ESCALATED", "Inoltrato al 2° livello", "Escalated to level 2", true));
            em.persist(new Disposition(client, "TRANSFERRED", "Trasferito", "Transferred", true));
            em.persist(new Disposition(client, "CALLBACK", "Richiamare", "Call back", true));
            em.persist(new Disposition(client, "INFO", "Informazioni fornite", "Information given", true));
        }
        em.persist(new Disposition(aurora, "COMPLAINT", "Reclamo registrato", "Complaint recorded", true));
        em.persist(new Disposition(verde, "READING", "Autolettura registrata", "Meter reading recorded", true));
        // Aurora wants every call classified, Energia Verde lets its agents decide; both cap the wrap-up
        em.persist(new WrapUpPolicy(aurora, true, false, 180));
        em.persist(new WrapUpPolicy(verde, false, false, 300));
    }
}

package it.cuffia.demo;

import it.cuffia.channels.domain.ReplyTemplate;
import it.cuffia.crm.domain.Client;
import jakarta.persistence.EntityManager;

/** The demo clients' text modules: the answers their agents write most, with the scripts' placeholders. */
final class DemoReplyTemplates {

    private DemoReplyTemplates() {
    }

    static void load(EntityManager em, Client aurora, Client verde) {
        em.persist(new ReplyTemplate(aurora, "Fattura corretta", """
                Gentile {customer.fullName},
                abbiamo verificato la fattura e l'abbiamo corretta: la trova in allegato.
                Per qualsiasi dubbio può rispondere a questo messaggio.

                Cordiali saluti,
                {agent.fullName}
                {client.name}""", true));
        em.persist(new ReplyTemplate(aurora, "Documenti mancanti", """
                Gentile {customer.fullName},
                per completare la sua richiesta ci servono copia di un documento d'identità e il codice cliente.
                Può inviarli rispondendo a questo messaggio.

                Cordiali saluti,
                {agent.fullName}""", true));
        em.persist(new ReplyTemplate(aurora, "Richiesta risolta", """
                Gentile {customer.fullName},
                la sua richiesta è stata risolta in data {today}. Se il problema dovesse ripresentarsi, ci risponda pure.

                {agent.fullName} - {client.name}""", true));
        em.persist(new ReplyTemplate(verde, "Autolettura ricevuta", """
                Gentile {customer.fullName},
                abbiamo ricevuto la sua autolettura del contatore: la useremo per la prossima bolletta.

                Un cordiale saluto,
                {agent.fullName} - {client.name}""", true));
    }
}

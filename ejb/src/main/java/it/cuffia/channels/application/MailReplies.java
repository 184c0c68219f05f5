package it.cuffia.channels.application;

import it.cuffia.appointments.application.Mailer;
import it.cuffia.channels.domain.ChannelTexts;
import it.cuffia.channels.domain.InboundMail;
import it.cuffia.channels.domain.Mailbox;
import it.cuffia.channels.domain.ReplyMail;
import it.cuffia.contact.domain.Channel;
import it.cuffia.shared.domain.DomainException;
import it.cuffia.shared.domain.Zones;
import it.cuffia.ticketing.application.TicketService;
import it.cuffia.ticketing.domain.Ticket;
import it.cuffia.ticketing.domain.TicketAttachment;
import it.cuffia.ticketing.domain.TicketNote;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The staff answer a ticket by e-mail: the answer is a note the customer sees, and a mail from the client's
 * mailbox (the one the customer wrote to, else the client's first) to the customer's address, through the outbox,
 * in the same transaction. The ticket's rules (who may write on it) are {@link TicketService}'s.
 */
@Stateless
public class MailReplies {

    @PersistenceContext(unitName = "cuffia")
    private EntityManager em;

    @Inject
    private TicketService tickets;

    @Inject
    private Mailer mailer;

    /** Where an answer would go: from the mailbox's address to the customer's. */
    public record Route(String from, String to) implements Serializable {
    }

    /** How an answer to this ticket would travel by e-mail; empty when the customer has no address or the client no mailbox. */
    public Optional<Route> route(Long ticketId) {
        Ticket ticket = tickets.get(ticketId);
        String to = ticket.getCustomer().getEmail();
        if (to == null || to.isBlank()) {
            return Optional.empty();
        }
        return mailboxFor(ticket).map(box -> new Route(box.getAddress(), to));
    }

    /** Answers the ticket by e-mail with {@code text} and the ticket's files {@code attachmentIds}. */
    public TicketNote answer(Long ticketId, String text, List<Long> attachmentIds) {
        Ticket ticket = tickets.get(ticketId);
        String to = ticket.getCustomer().getEmail();
        if (to == null || to.isBlank()) {
            throw new DomainException("reply.noAddress", ticket.getCustomer().getFullName());
        }
        Mailbox box = mailboxFor(ticket).orElseThrow(() -> new DomainException("reply.noMailbox", ticket.getClient().getName()));
        List<Long> files = attachmentIds == null ? List.of() : attachmentIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
        ReplyMail.checkAttachments(files.stream().map(id -> tickets.attachment(ticketId, id)).mapToLong(TicketAttachment::getSize).sum());

        List<ReplyMail.Quoted> history = history(ticket, box);
        List<Sent> thread = thread(ticket);
        String answered = thread.stream().filter(Sent::fromCustomer).reduce((first, second) -> second).map(Sent::messageId).orElse(null);
        TicketNote note = tickets.answerByMail(ticketId, text, to);
        ReplyMail mail = ReplyMail.compose(ticket.getId(), ticket.getSubject(), note.getText(), box.getSignature(), box.getAddress(),
                thread.stream().map(Sent::messageId).toList(), answered, history, ChannelTexts.in(box.getAckLanguage()), Zones.ROME);
        mailer.queueAnswer(to, mail.subject(), mail.body(), ticket.getId(), box.getAddress(), box.sendsAs(), mail.messageId(),
                mail.inReplyTo(), mail.references(), files);
        return note;
    }

    /** The mailbox the customer last wrote to, if it still works; else the client's first active one (fax gateways excluded). */
    private Optional<Mailbox> mailboxFor(Ticket ticket) {
        Optional<Mailbox> wroteTo = em.createQuery("select i.mailbox from InboundMail i where i.ticket = :t and i.mailbox.active = true "
                        + "and i.mailbox.faxGateway = false order by i.receivedAt desc", Mailbox.class)
                .setParameter("t", ticket).setMaxResults(1).getResultStream().findFirst();
        return wroteTo.or(() -> em.createNamedQuery(Mailbox.REPLIES_FROM, Mailbox.class).setParameter("client", ticket.getClient())
                .setMaxResults(1).getResultStream().findFirst());
    }

    /** The conversation the customer sees, newest first: the notes for them, and their first message when they wrote it. */
    private List<ReplyMail.Quoted> history(Ticket ticket, Mailbox box) {
        List<ReplyMail.Quoted> history = new ArrayList<>();
        for (TicketNote note : tickets.notes(ticket.getId())) {
            if (note.isCustomerVisible()) {
                history.add(new ReplyMail.Quoted(note.getWrittenAt(), note.isFromCustomer() ? note.getAuthor() : box.sendsAs(), note.getText()));
            }
        }
        if ((ticket.getChannel() == Channel.EMAIL || ticket.getChannel() == Channel.WEB) && ticket.getDescription() != null
                && !ticket.getDescription().isBlank()) {
            String who = ticket.getCustomer().getEmail() == null ? ticket.getCustomer().getFullName() : ticket.getCustomer().getEmail();
            history.add(new ReplyMail.Quoted(ticket.getOpenedAt(), who, ticket.getDescription()));
        }
        history.sort(Comparator.comparing(ReplyMail.Quoted::at).reversed());
        return history;
    }

    private record Sent(String messageId, Instant at, boolean fromCustomer) {
    }

    /** The Message-IDs of the ticket's conversation, oldest first: the customer's mails and the staff's answers. */
    private List<Sent> thread(Ticket ticket) {
        List<Sent> thread = new ArrayList<>();
        em.createQuery("select i.messageId, i.receivedAt from InboundMail i where i.ticket = :t and i.outcome <> :bounce", Object[].class)
                .setParameter("t", ticket).setParameter("bounce", InboundMail.Outcome.BOUNCE).getResultList()
                .forEach(row -> thread.add(new Sent((String) row[0], (Instant) row[1], true)));
        em.createQuery("select m.messageId, m.createdAt from MailMessage m where m.ticketId = :t and m.messageId is not null", Object[].class)
                .setParameter("t", ticket.getId()).getResultList()
                .forEach(row -> thread.add(new Sent((String) row[0], (Instant) row[1], false)));
        thread.removeIf(sent -> !ReplyMail.threads(sent.messageId()));
        thread.sort(Comparator.comparing(Sent::at));
        return thread;
    }
}

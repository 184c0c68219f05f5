package it.cuffia.ticketing.application;

import it.cuffia.appointments.domain.Appointment;
import it.cuffia.contact.domain.Interaction;
import it.cuffia.crm.application.CustomerService;
import it.cuffia.crm.domain.Customer;
import it.cuffia.crm.domain.CustomerChange;
import it.cuffia.identity.application.CallerContext;
import it.cuffia.identity.domain.Role;
import it.cuffia.satisfaction.domain.SatisfactionSurvey;
import it.cuffia.scripts.domain.CallOutcomes;
import it.cuffia.shared.domain.ChangeRecord;
import it.cuffia.shared.domain.Text;
import it.cuffia.shared.domain.Zones;
import it.cuffia.ticketing.application.TimelineEntry.Kind;
import it.cuffia.ticketing.domain.Ticket;
import it.cuffia.ticketing.domain.TicketNote;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The customer page's one timeline: contacts, tickets opened and resolved, ticket notes and data
 * changes, appointments and satisfaction-survey answers, newest first. One query per kind whatever the history's length (each capped), merged in memory.
 */
@Stateless
public class CustomerTimelineService {

    public static final int MAX_PER_KIND = 200;

    @PersistenceContext(unitName = "cuffia")
    private EntityManager em;

    @Inject
    private CallerContext callers;

    @Inject
    private CustomerService customers;

    public List<TimelineEntry> of(Long customerId) {
        callers.caller().require(Role.AGENT, Role.SUPERVISOR, Role.ADMIN);
        Customer customer = customers.get(customerId);
        List<TimelineEntry> entries = new ArrayList<>();

        for (Interaction i : latest("select i from Interaction i left join fetch i.agent where i.customer = :c order by i.ringingAt desc",
                Interaction.class, customer)) {
            entries.add(new TimelineEntry(i.getRingingAt(), Kind.INTERACTION, i.getAgent() == null ? null : i.getAgent().getUsername(),
                    i.talk().map(d -> Text.of("timeline.interaction.talk", Text.label("channel.", i.getChannel()),
                                    Text.label("direction.", i.getDirection()), String.format("%d:%02d", d.toMinutes(), d.toSecondsPart())))
                            .orElseGet(() -> Text.of("timeline.interaction", Text.label("channel.", i.getChannel()),
                                    Text.label("direction.", i.getDirection()))),
                    join(i.getDisposition() != null ? Text.literal(i.getDisposition().getLabelIt(), i.getDisposition().getLabelEn()) : CallOutcomes.textOf(i.getOutcome()), i.getNotes()), null, i.getChannel()));
        }
        for (Ticket t : latest("select t from Ticket t left join fetch t.owner left join fetch t.assignee where t.customer = :c order by t.openedAt desc", Ticket.class, customer)) {
            Text subject = Text.of("timeline.ticket", t.getId(), t.getSubject());
            entries.add(new TimelineEntry(t.getOpenedAt(), Kind.TICKET_OPENED, t.getOwner() == null ? null : t.getOwner().getUsername(),
                    subject, Text.of("timeline.ticket.detail", Text.label("ticket.category.", t.getCategory()),
                            Text.label("ticket.priority.", t.getPriority())), t.getId(), t.getChannel()));
            if (t.getResolvedAt() != null) {
                // resolving takes working on the ticket: its assignee resolved it (the row said nobody)
                entries.add(new TimelineEntry(t.getResolvedAt(), Kind.TICKET_RESOLVED, t.getAssignee() == null ? null : t.getAssignee().getUsername(), subject,
                        t.getResolutionCode() == null ? null : Text.literal(t.getResolutionCode()), t.getId()));
            }
        }
        for (TicketNote n : latest("select n from TicketNote n join fetch n.ticket t where t.customer = :c order by n.writtenAt desc",
                TicketNote.class, customer)) {
            entries.add(new TimelineEntry(n.getWrittenAt(), Kind.NOTE, n.getAuthor(), Text.of("timeline.ticket", n.getTicket().getId(), ""),
                    Text.literal(n.getText()), n.getTicket().getId()));
        }
        for (CustomerChange c : latest("select c from CustomerChange c where c.customer = :c order by c.change.changedAt desc",
                CustomerChange.class, customer)) {
            ChangeRecord r = c.getChange();
            entries.add(new TimelineEntry(r.getChangedAt(), Kind.DATA_CHANGE, r.getChangedBy(), c.getFieldText(),
                    Text.of("timeline.change", c.getOldText() == null ? "—" : c.getOldText(), c.getNewText() == null ? "—" : c.getNewText()),
                    null));
        }
        for (Appointment a : latest("select a from Appointment a "
                + "join fetch a.salesPerson join fetch a.agent where a.customer = :c order by a.startsAt desc", Appointment.class, customer)) {
            entries.add(new TimelineEntry(a.getBookedAt(), Kind.APPOINTMENT, a.getAgent().getUsername(),
                    Text.of("timeline.appointment", a.getStartsAt().atZone(Zones.ROME).toLocalDateTime(), a.getSalesPerson().getFullName(),
                            Text.label("appointment.status.", a.getStatus())),
                    a.getAgentNotes() == null ? null : Text.literal(a.getAgentNotes()), null));
        }
        for (SatisfactionSurvey s : latest("select s from SatisfactionSurvey s where s.customer = :c and s.answeredAt is not null"
                + " order by s.answeredAt desc", SatisfactionSurvey.class, customer)) {
            entries.add(new TimelineEntry(s.getAnsweredAt(), Kind.SATISFACTION, null,
                    s.getTicket() == null ? Text.of("timeline.satisfaction.call", s.getSatisfaction(), s.getRecommendation())
                            : Text.of("timeline.satisfaction.ticket", s.getSatisfaction(), s.getRecommendation(), s.getTicket().getId()),
                    s.getComment() == null ? null : Text.literal(s.getComment()), s.getTicket() == null ? null : s.getTicket().getId(),
                    s.getChannel()));
        }
        entries.sort(Comparator.comparing(TimelineEntry::getAt).reversed());
        return entries;
    }

    private <T> List<T> latest(String jpql, Class<T> type, Customer customer) {
        return em.createQuery(jpql, type).setParameter("c", customer).setMaxResults(MAX_PER_KIND).getResultList();
    }

    /** An outcome and the agent's notes, either of which may be missing. */
    private static Text join(Text outcome, String notes) {
        Text written = notes == null || notes.isBlank() ? null : Text.literal(notes);
        if (outcome == null || written == null) {
            return outcome == null ? written : outcome;
        }
        return Text.of("timeline.joined", outcome, written);
    }
}

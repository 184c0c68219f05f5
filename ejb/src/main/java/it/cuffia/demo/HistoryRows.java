package it.cuffia.demo;

import it.cuffia.shared.infrastructure.SqlValues;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes past work as the consoles would have left it (state periods, calls, tickets, sales,
 * appointments) with the exact times given: the demo's history and the tests' fixture months.
 * Plain rows, because the entities stamp "now" where history needs the past. Parameters that
 * may be null are cast: a null is bound without a type, which PostgreSQL refuses for a bigint.
 */
public final class HistoryRows {

    private final EntityManager em;
    private final List<Long> ids = new ArrayList<>();

    public HistoryRows(EntityManager em) {
        this.em = em;
    }

    /** An id from the shared sequence: one call reserves the block of 50 (allocationSize) that EclipseLink would have taken. */
    public Long id() {
        if (ids.isEmpty()) {
            long top = ((Number) em.createNativeQuery("select nextval('cuffia_seq')").getSingleResult()).longValue();
            for (long i = top - 49; i <= top; i++) {
                ids.add(i);
            }
        }
        return ids.remove(0);
    }

    public void statePeriod(Long userId, String state, Instant from, Instant to) {
        em.createNativeQuery("insert into agent_state_period (id, version, user_id, state, started_at, ended_at) values (?1, 0, ?2, ?3, ?4, cast(?5 as timestamp with time zone))")
                .setParameter(1, id()).setParameter(2, userId).setParameter(3, state)
                .setParameter(4, SqlValues.timestamp(from)).setParameter(5, ts(to)).executeUpdate();
    }

    /** A phone call; outbound ones name their campaign and lead and carry the outcome. */
    public Long call(Long clientId, Long customerId, Long agentId, String direction, Long campaignId, Long leadId, Instant ringing,
                     Instant answered, Instant ended, Instant wrapUpEnded, int holdSeconds, String outcome, Integer satisfaction) {
        Long id = id();
        em.createNativeQuery("insert into interaction (id, version, client_id, customer_id, agent_id, channel, direction, ringing_at, answered_at,"
                        + " ended_at, wrap_up_ended_at, hold_seconds, outcome, campaign_id, lead_id, satisfaction)"
                        + " values (?1, 0, ?2, cast(?3 as bigint), ?4, 'PHONE', ?5, ?6, cast(?7 as timestamp with time zone),"
                        + " cast(?8 as timestamp with time zone), cast(?9 as timestamp with time zone), ?10, cast(?11 as varchar(40)),"
                        + " cast(?12 as bigint), cast(?13 as bigint), cast(?14 as integer))")
                .setParameter(1, id).setParameter(2, clientId).setParameter(3, customerId).setParameter(4, agentId)
                .setParameter(5, direction).setParameter(6, SqlValues.timestamp(ringing)).setParameter(7, ts(answered))
                .setParameter(8, ts(ended)).setParameter(9, ts(wrapUpEnded)).setParameter(10, holdSeconds).setParameter(11, outcome)
                .setParameter(12, campaignId).setParameter(13, leadId).setParameter(14, satisfaction).executeUpdate();
        return id;
    }

    /** The script a call followed: version and path ({step key, answer or null}), as the console keeps it. */
    public void scriptRun(Long interactionId, Long versionId, java.util.List<String[]> path, boolean completed, int seconds, Instant recorded) {
        Long id = id();
        em.createNativeQuery("insert into script_run (id, version, interaction_id, script_version_id, last_step_key, completed, duration_seconds,"
                        + " recorded_at) values (?1, 0, ?2, ?3, ?4, ?5, ?6, ?7)")
                .setParameter(1, id).setParameter(2, interactionId).setParameter(3, versionId).setParameter(4, path.get(path.size() - 1)[0])
                .setParameter(5, completed).setParameter(6, seconds).setParameter(7, SqlValues.timestamp(recorded)).executeUpdate();
        for (int i = 0; i < path.size(); i++) {
            em.createNativeQuery("insert into script_run_step (run_id, seq, step_key, answer) values (?1, ?2, ?3, cast(?4 as varchar(200)))")
                    .setParameter(1, id).setParameter(2, i).setParameter(3, path.get(i)[0]).setParameter(4, path.get(i)[1]).executeUpdate();
        }
    }

    /**
     * A ticket opened in a call by its owner (so answered at once: its first response is its opening, on time);
     * resolved (in time or not), escalated to level 2, or still open.
     */
    public Long ticket(Long clientId, Long customerId, Long ownerId, Long interactionId, String category, String subject, Instant opened,
                       Instant resolved, Boolean resolutionMet, boolean escalated) {
        Long id = id();
        em.createNativeQuery("insert into ticket (id, version, client_id, customer_id, category, priority, channel, subject, state, support_level,"
                        + " owner_id, opened_at, resolved_at, first_response_at, first_response_met, first_response_due, resolution_due, resolution_met,"
                        + " escalated, opened_in_interaction_id, at_risk_from, opening_wrap_up_ended_at) values (?1, 0, ?2, ?3, ?4, 'NORMAL', 'PHONE', ?5, ?6, ?7, ?8, ?9,"
                        + " cast(?10 as timestamp with time zone), ?11, true, ?12, ?13, cast(?14 as boolean), ?15, cast(?16 as bigint), ?17,"
                        // the opening call's wrap-up end, as the ticket keeps it (Ticket.openingWrapUpEndedAt)
                        + " (select i.wrap_up_ended_at from interaction i where i.id = cast(?18 as bigint)))")
                .setParameter(1, id).setParameter(2, clientId).setParameter(3, customerId).setParameter(4, category).setParameter(5, subject)
                .setParameter(6, resolved != null ? "RESOLVED" : "OPEN").setParameter(7, escalated ? 2 : 1).setParameter(8, ownerId)
                .setParameter(9, SqlValues.timestamp(opened)).setParameter(10, ts(resolved)).setParameter(11, SqlValues.timestamp(opened))
                .setParameter(12, SqlValues.timestamp(opened.plusSeconds(3600))).setParameter(13, SqlValues.timestamp(opened.plusSeconds(2 * 86400)))
                .setParameter(14, resolutionMet).setParameter(15, escalated).setParameter(16, interactionId)
                .setParameter(17, SqlValues.timestamp(it.cuffia.ticketing.domain.Ticket.atRiskFrom(opened, opened.plusSeconds(2 * 86400))))
                .setParameter(18, interactionId).executeUpdate();
        return id;
    }

    /**
     * A customer-satisfaction survey of a resolved ticket, mailed an hour after and answered (issue 16 §2), and its row
     * on the ticket's timeline, as {@code SatisfactionSurveys} leaves them; the link's hash is of a token nobody has.
     */
    public void answeredSurvey(Long clientId, Long customerId, Long ticketId, Long agentId, String email, Instant resolved,
                               Instant answered, int satisfaction, int recommendation, String comment, String customerName) {
        Instant sent = resolved.plusSeconds(3600);
        em.createNativeQuery("insert into satisfaction_survey (id, version, client_id, customer_id, ticket_id, agent_id, channel, status,"
                        + " created_at, due_at, sent_at, recipient, language, token_hash, expires_at, answered_at, satisfaction, recommendation,"
                        + " comment_text) values (?1, 0, ?2, ?3, ?4, ?5, 'PHONE', 'ANSWERED', ?6, ?7, ?7, ?8, 'it', ?9, ?10, ?11, ?12, ?13,"
                        + " cast(?14 as varchar(2000)))")
                .setParameter(1, id()).setParameter(2, clientId).setParameter(3, customerId).setParameter(4, ticketId).setParameter(5, agentId)
                .setParameter(6, SqlValues.timestamp(resolved)).setParameter(7, SqlValues.timestamp(sent)).setParameter(8, email)
                .setParameter(9, it.cuffia.satisfaction.domain.SurveyToken.hash(it.cuffia.satisfaction.domain.SurveyToken.create()))
                .setParameter(10, SqlValues.timestamp(sent.plusSeconds(14 * 86400L))).setParameter(11, SqlValues.timestamp(answered))
                .setParameter(12, satisfaction).setParameter(13, recommendation).setParameter(14, comment).executeUpdate();
        em.createNativeQuery("insert into ticket_change (id, version, ticket_id, changed_at, changed_by, field, old_value, new_value, reason)"
                        + " values (?1, 0, ?2, ?3, ?4, 'satisfaction', null, ?5, cast(?6 as varchar(1000)))")
                .setParameter(1, id()).setParameter(2, ticketId).setParameter(3, SqlValues.timestamp(answered)).setParameter(4, customerName)
                .setParameter(5, satisfaction + "/5 · " + recommendation + "/10").setParameter(6, comment).executeUpdate();
    }

    public void reopened(Long ticketId, Instant at, String reason) {
        em.createNativeQuery("insert into ticket_change (id, version, ticket_id, changed_at, changed_by, field, old_value, new_value, reason)"
                        + " values (?1, 0, ?2, ?3, 'storico', 'state', 'RESOLVED', 'REOPENED', ?4)")
                .setParameter(1, id()).setParameter(2, ticketId).setParameter(3, SqlValues.timestamp(at)).setParameter(4, reason).executeUpdate();
    }

    public Long sale(Long campaignId, Long leadId, Long customerId, Long agentId, Long interactionId, Instant sold, boolean consentOk,
                     BigDecimal total, Instant cancelled) {
        Long id = id();
        em.createNativeQuery("insert into sale (id, version, campaign_id, lead_id, customer_id, agent_id, interaction_id, sold_at, consent_ok, total, cancelled_at)"
                        + " values (?1, 0, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, cast(?10 as timestamp with time zone))")
                .setParameter(1, id).setParameter(2, campaignId).setParameter(3, leadId).setParameter(4, customerId)
                .setParameter(5, agentId).setParameter(6, interactionId).setParameter(7, SqlValues.timestamp(sold)).setParameter(8, consentOk)
                .setParameter(9, total).setParameter(10, ts(cancelled)).executeUpdate();
        return id;
    }

    /** One line of a sale: the offer, how many, the amount agreed and whether it was sold new or with another. */
    public void saleLine(Long saleId, Long offerId, int quantity, BigDecimal amount, String kind) {
        em.createNativeQuery("insert into sale_line (id, version, sale_id, offer_id, quantity, amount, kind) values (?1, 0, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, id()).setParameter(2, saleId).setParameter(3, offerId).setParameter(4, quantity)
                .setParameter(5, amount).setParameter(6, kind).executeUpdate();
    }

    /** A survey call's answer to one question, as stored by the question's own rule. */
    public void surveyAnswer(Long interactionId, Long questionId, String answer) {
        em.createNativeQuery("insert into survey_answer (id, version, interaction_id, question_id, answer) values (?1, 0, ?2, ?3, ?4)")
                .setParameter(1, id()).setParameter(2, interactionId).setParameter(3, questionId).setParameter(4, answer).executeUpdate();
    }

    /** A one-hour in-person visit booked in a call, with the sales person's word on it (status). */
    public void appointment(Long campaignId, Long leadId, Long customerId, Long salesUserId, Long agentId, Long interactionId, Instant starts,
                            String status, Instant booked, String reason) {
        em.createNativeQuery("insert into appointment (id, version, campaign_id, lead_id, customer_id, sales_user_id, agent_id, interaction_id,"
                        + " starts_at, ends_at, meeting_type, status, booked_at, outcome_reason)"
                        + " values (?1, 0, ?2, ?3, ?4, ?5, ?6, cast(?7 as bigint), ?8, ?9, 'IN_PERSON', ?10, ?11, cast(?12 as varchar(500)))")
                .setParameter(1, id()).setParameter(2, campaignId).setParameter(3, leadId).setParameter(4, customerId)
                .setParameter(5, salesUserId).setParameter(6, agentId).setParameter(7, interactionId).setParameter(8, SqlValues.timestamp(starts))
                .setParameter(9, SqlValues.timestamp(starts.plusSeconds(3600))).setParameter(10, status).setParameter(11, SqlValues.timestamp(booked))
                .setParameter(12, reason).executeUpdate();
    }

    private static Object ts(Instant instant) {
        return instant == null ? null : SqlValues.timestamp(instant);
    }
}

package it.cuffia.it;

import it.cuffia.outbound.domain.Lead;
import it.cuffia.scripts.domain.PathStep;
import it.cuffia.scripts.domain.Script;
import it.cuffia.scripts.domain.ScriptRun;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.List;

/** Reads what the script tests check in the database: script ids and the runs kept with calls. */
@Stateless
public class ScriptRecords {

    @PersistenceContext(unitName = "cuffia-test")
    private EntityManager em;

    /** A call's run as stored: the version's number, the path ("s2:Sì" when an answer left the step), completed. */
    public record RunView(String script, int version, List<String> path, boolean completed, String outcome) implements Serializable {
    }

    public Long scriptOfCampaign(String campaignName) {
        return em.createQuery("select s.id from Script s where s.campaign.name = :n", Long.class).setParameter("n", campaignName).getSingleResult();
    }

    public List<RunView> runsOfLead(Long leadId) {
        Lead lead = em.find(Lead.class, leadId);
        return em.createQuery("select r from ScriptRun r where r.interaction.lead = :l order by r.id", ScriptRun.class).setParameter("l", lead)
                .getResultStream().map(r -> new RunView(r.getScriptVersion().getScript().getName(), r.getScriptVersion().getNumber(),
                        r.getPath().stream().map(ScriptRecords::text).toList(), r.isCompleted(), r.getInteraction().getOutcome())).toList();
    }

    public long answersOfLead(Long leadId) {
        return em.createQuery("select count(a) from SurveyAnswer a where a.interaction.lead.id = :l", Long.class).setParameter("l", leadId)
                .getSingleResult();
    }

    public Script script(Long id) {
        return em.find(Script.class, id);
    }

    private static String text(PathStep step) {
        return step.getAnswer() == null ? step.getStepKey() : step.getStepKey() + ":" + step.getAnswer();
    }
}

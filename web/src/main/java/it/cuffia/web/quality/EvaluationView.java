package it.cuffia.web.quality;

import it.cuffia.quality.application.EvaluationContext;
import it.cuffia.quality.application.Evaluations;
import it.cuffia.quality.domain.Evaluation;
import it.cuffia.quality.domain.ItemKind;
import it.cuffia.quality.domain.QualityForm;
import it.cuffia.quality.domain.QualityItem;
import it.cuffia.shared.domain.DomainException;
import it.cuffia.web.faces.Messages;
import it.cuffia.web.faces.ViewParameterGuard;
import it.cuffia.web.security.UserSession;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One interaction evaluated, or to evaluate: the call's data, the script path and the notes beside the form. The
 * supervisor's page opens it by interaction (to evaluate) or by evaluation; the agent's page by evaluation, with
 * acknowledge and dispute; a supervisor answers a dispute here.
 */
@Named
@ViewScoped
public class EvaluationView implements Serializable {

    static final String NOT_APPLICABLE = "NA";

    @Inject private Evaluations evaluations;
    @Inject private UserSession session;

    private Long id;
    private Long interaction;
    private EvaluationContext context;
    private List<QualityForm> forms = List.of();
    private Long formId;
    private final Map<Integer, String> answers = new HashMap<>();
    private String comment;

    private String disputeComment;
    private boolean accepting;
    private BigDecimal newScore;
    private String reason;

    public void load() {
        if (id != null) {
            context = evaluations.contextOf(id);
        } else {
            context = evaluations.context(ViewParameterGuard.required(interaction, "interaction"));
            if (context.isEvaluated()) {
                id = context.evaluation().getId();
            } else {
                forms = evaluations.formsFor(context);
                formId = forms.isEmpty() ? null : forms.get(0).getId();
            }
        }
    }

    public QualityForm getForm() {
        return forms.stream().filter(f -> f.getId().equals(formId)).findFirst().orElse(null);
    }

    public void changeForm() {
        answers.clear();
    }

    /** The values an item takes: yes/no, or 0..max, and N/A where the form allows it. */
    public List<SelectItem> choices(QualityItem item) {
        List<SelectItem> choices = new ArrayList<>();
        if (item.getKind() == ItemKind.YES_NO) {
            choices.add(new SelectItem("1", Messages.text("quality.answer.yes")));
            choices.add(new SelectItem("0", Messages.text("quality.answer.no")));
        } else {
            for (int i = 0; i <= item.getScaleMax(); i++) {
                choices.add(new SelectItem(String.valueOf(i), String.valueOf(i)));
            }
        }
        if (item.isAllowsNa()) {
            choices.add(new SelectItem(NOT_APPLICABLE, Messages.text("quality.answer.na")));
        }
        return choices;
    }

    /** An answer as it reads: Sì/No, "3 / 5", N/A. */
    public String answerText(it.cuffia.quality.domain.EvaluationAnswer answer) {
        if (answer.isNotApplicable()) {
            return Messages.text("quality.answer.na");
        }
        if (answer.getItem().getKind() == ItemKind.YES_NO) {
            return Messages.text(answer.getValue() == 1 ? "quality.answer.yes" : "quality.answer.no");
        }
        return answer.getValue() + " / " + answer.getItem().getScaleMax();
    }

    public void evaluate() {
        QualityForm form = getForm();
        if (form == null) {
            throw new DomainException("quality.evaluation.formRequired");
        }
        Map<Integer, Integer> values = new HashMap<>();
        answers.forEach((position, value) -> {
            if (value != null && !value.isEmpty()) {
                values.put(position, NOT_APPLICABLE.equals(value) ? null : Integer.valueOf(value));
            }
        });
        Evaluation evaluation = evaluations.evaluate(interaction, formId, values, comment);
        Messages.info(evaluation.isFailedCritical() ? "quality.evaluation.savedFailed" : "quality.evaluation.saved");
        id = evaluation.getId();
        load();
    }

    public boolean isMine() {
        return context != null && context.evaluation() != null && context.evaluation().getAgent().getUsername().equals(session.getUsername());
    }

    public void acknowledge() {
        evaluations.acknowledge(id);
        Messages.info("quality.evaluation.acknowledged");
        load();
    }

    public void dispute() {
        evaluations.dispute(id, disputeComment);
        Messages.info("quality.dispute.raised");
        load();
    }

    public void startAnswer(boolean accept) {
        accepting = accept;
        newScore = null;
        reason = null;
    }

    public void answer() {
        if (accepting) {
            evaluations.accept(id, newScore, reason);
            Messages.info("quality.dispute.acceptedNow");
        } else {
            evaluations.reject(id, reason);
            Messages.info("quality.dispute.rejectedNow");
        }
        load();
    }

    /** The outcome in the reader's language ("—" without one). */
    public String getOutcome() {
        String code = context.interaction().getOutcome();
        return code == null ? "—" : it.cuffia.web.scripts.OutcomeLabels.of(code);
    }

    /** Talk plus wrap-up, "m:ss". */
    public String getHandle() {
        return context.interaction().handle().map(d -> d.toMinutes() + ":" + String.format("%02d", d.toSecondsPart())).orElse("—");
    }

    public EvaluationContext getContext() { return context; }
    public Evaluation getEvaluation() { return context == null ? null : context.evaluation(); }
    public List<QualityForm> getForms() { return forms; }
    public Long getFormId() { return formId; }
    public void setFormId(Long formId) { this.formId = formId; }
    public Map<Integer, String> getAnswers() { return answers; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getInteraction() { return interaction; }
    public void setInteraction(Long interaction) { this.interaction = interaction; }
    public String getDisputeComment() { return disputeComment; }
    public void setDisputeComment(String disputeComment) { this.disputeComment = disputeComment; }
    public boolean isAccepting() { return accepting; }
    public BigDecimal getNewScore() { return newScore; }
    public void setNewScore(BigDecimal newScore) { this.newScore = newScore; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}

package it.cuffia.outbound.domain;

import it.cuffia.contact.domain.Interaction;
import it.cuffia.shared.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** What the called person answered to one question, in the call where it was asked. */
@Entity
@Table(name = "survey_answer")
public class SurveyAnswer extends AbstractEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "interaction_id")
    private Interaction interaction;

    @ManyToOne(optional = false)
    @JoinColumn(name = "question_id")
    private SurveyQuestion question;

    @Column(nullable = false, length = 2000)
    private String answer;

    protected SurveyAnswer() {
    }

    public SurveyAnswer(Interaction interaction, SurveyQuestion question, String answer) {
        this.interaction = interaction;
        this.question = question;
        this.answer = answer;
    }

    public Interaction getInteraction() { return interaction; }
    public SurveyQuestion getQuestion() { return question; }
    public String getAnswer() { return answer; }
}

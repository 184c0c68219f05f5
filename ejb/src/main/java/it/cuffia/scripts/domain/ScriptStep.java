package it.cuffia.scripts.domain;

import it.cuffia.shared.domain.AbstractEntity;
import it.cuffia.shared.domain.DomainException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * One step of a script version. Its key stays the same in every later version copied from this
 * one, so the agents' private notes follow the step from version to version.
 */
@Entity
@Table(name = "script_step")
public class ScriptStep extends AbstractEntity {

    /** What the designer submits for a step. */
    public record StepData(StepKind kind, String title, String body, boolean mandatory, String nextKey, String outcome,
                           Long surveyQuestionId, List<ScriptAnswer> answers) {
    }

    @ManyToOne(optional = false)
    @JoinColumn(name = "script_version_id")
    private ScriptVersion scriptVersion;

    @Column(name = "step_key", nullable = false, length = 40)
    private String key;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private StepKind kind;

    @Column(nullable = false, length = 120)
    private String title;

    /** Rich text (a safe subset of HTML) with placeholders such as {customer.firstName}. */
    @Column(length = 8000)
    private String body;

    @Column(nullable = false)
    private boolean mandatory;

    @Column(name = "next_key", length = 40)
    private String nextKey;

    @Column(length = 40)
    private String outcome;

    @Column(name = "survey_question_id")
    private Long surveyQuestionId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "script_answer", joinColumns = @JoinColumn(name = "step_id"))
    @OrderColumn(name = "position")
    private List<ScriptAnswer> answers = new ArrayList<>();

    protected ScriptStep() {
    }

    ScriptStep(ScriptVersion scriptVersion, String key, int position, StepData data) {
        this.scriptVersion = scriptVersion;
        this.key = key;
        this.position = position;
        apply(data);
    }

    /** A copy of this step, same key and position, for a new draft. */
    ScriptStep copyInto(ScriptVersion draft) {
        return new ScriptStep(draft, key, position, data());
    }

    void apply(StepData data) {
        if (data.kind() == null) {
            throw new DomainException("script.step.kindRequired");
        }
        if (data.title() == null || data.title().isBlank()) {
            throw new DomainException("script.step.titleRequired");
        }
        if (data.title().strip().length() > 120) {
            throw new DomainException("script.step.titleTooLong");
        }
        String cleanBody = RichText.clean(data.body());
        if (cleanBody != null && cleanBody.length() > 8000) {
            throw new DomainException("script.step.bodyTooLong");
        }
        it.cuffia.shared.domain.PlainText.line(data.title().strip(), "script.step.title");
        it.cuffia.shared.domain.PlainText.text(cleanBody, "script.step.body", 8000);
        List<ScriptAnswer> given = data.kind() == StepKind.QUESTION && data.answers() != null
                ? data.answers().stream().filter(a -> a.getLabel() != null && !a.getLabel().isBlank())
                        .map(a -> new ScriptAnswer(a.getLabel().strip(), blankToNull(a.getNextKey()))).toList()
                : List.of();
        for (ScriptAnswer answer : given) {
            if (answer.getLabel().length() > 200) {
                throw new DomainException("script.answer.tooLong", answer.getLabel());
            }
            // an answer always leads to a step: for the designer and the API alike
            if (answer.getNextKey() == null || answer.getNextKey().isBlank()) {
                throw new DomainException("script.answer.nextRequired");
            }
        }
        this.kind = data.kind();
        this.title = data.title().strip();
        this.body = cleanBody;
        this.mandatory = data.mandatory();
        this.nextKey = data.kind() == StepKind.SAY || data.kind() == StepKind.SURVEY ? blankToNull(data.nextKey()) : null;
        this.outcome = data.kind() == StepKind.END ? blankToNull(data.outcome()) : null;
        this.surveyQuestionId = data.kind() == StepKind.SURVEY ? data.surveyQuestionId() : null;
        this.answers.clear();
        this.answers.addAll(given);
    }

    public StepData data() {
        return new StepData(kind, title, body, mandatory, nextKey, outcome, surveyQuestionId, List.copyOf(answers));
    }

    /** The keys of the steps this one can lead to. */
    public List<String> targets() {
        List<String> targets = new ArrayList<>();
        if (nextKey != null) {
            targets.add(nextKey);
        }
        answers.forEach(a -> targets.add(a.getNextKey()));
        return targets;
    }

    /** The step an answer leads to; null when this step has no such answer. */
    public String targetOf(String answer) {
        return answers.stream().filter(a -> a.getLabel().equals(answer)).map(ScriptAnswer::getNextKey).findFirst().orElse(null);
    }

    public boolean isEnd() {
        return kind == StepKind.END;
    }

    // A published version is the record of what agents said: the database rows never change again.
    @PreUpdate
    @PreRemove
    void refuseChangeWhenPublished() {
        scriptVersion.requireDraft();
    }

    void moveTo(int position) {
        this.position = position;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public ScriptVersion getScriptVersion() { return scriptVersion; }
    public String getKey() { return key; }
    public int getPosition() { return position; }
    public StepKind getKind() { return kind; }
    public String getTitle() { return title; }
    public String getBody() { return body; }
    public boolean isMandatory() { return mandatory; }
    public String getNextKey() { return nextKey; }
    public String getOutcome() { return outcome; }
    public Long getSurveyQuestionId() { return surveyQuestionId; }
    public List<ScriptAnswer> getAnswers() { return List.copyOf(answers); }
}

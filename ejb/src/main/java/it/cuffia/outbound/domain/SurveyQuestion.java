package it.cuffia.outbound.domain;

import it.cuffia.shared.domain.AbstractEntity;
import it.cuffia.shared.domain.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** One question of a survey campaign's questionnaire. */
@Entity
@Table(name = "survey_question")
public class SurveyQuestion extends AbstractEntity {

    /** Multiple answers are stored joined by this separator. */
    public static final String CHOICE_SEPARATOR = " | ";

    @ManyToOne(optional = false)
    @JoinColumn(name = "campaign_id")
    private Campaign campaign;

    @Column(nullable = false)
    private int position;

    @NotBlank
    @Size(max = 500)
    @Column(nullable = false, length = 500)
    private String text;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private QuestionKind kind = QuestionKind.SINGLE;

    /** Choices, one per line (single and multiple choice). */
    @Size(max = 2000)
    @Column(length = 2000)
    private String options;

    @Column(nullable = false)
    private boolean required;

    protected SurveyQuestion() {
    }

    public SurveyQuestion(Campaign campaign, int position, String text, QuestionKind kind, String options, boolean required) {
        this.campaign = campaign;
        this.position = position;
        this.text = text == null ? null : text.strip();
        this.kind = kind;
        this.options = options == null || options.isBlank() ? null : options.strip();
        this.required = required;
        checkShape();
    }

    public void checkShape() {
        if ((kind == QuestionKind.SINGLE || kind == QuestionKind.MULTIPLE) && choices().size() < 2) {
            throw new DomainException("survey.question.choices", text);
        }
    }

    public List<String> choices() {
        if (options == null) {
            return List.of();
        }
        return Arrays.stream(options.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    /** The answer as stored, or an error naming the question; null when left blank (allowed if not required). */
    public String normalise(List<String> given) {
        List<String> values = given == null ? List.of() : given.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
        if (values.isEmpty()) {
            if (required) {
                throw new DomainException("survey.answer.required", text);
            }
            return null;
        }
        return switch (kind) {
            case SINGLE -> {
                if (values.size() != 1 || !choices().contains(values.get(0))) {
                    throw new DomainException("survey.answer.choice", text);
                }
                yield values.get(0);
            }
            case MULTIPLE -> {
                Set<String> chosen = new LinkedHashSet<>(values);
                if (!choices().containsAll(chosen)) {
                    throw new DomainException("survey.answer.choice", text);
                }
                yield String.join(CHOICE_SEPARATOR, chosen);
            }
            case SCALE -> {
                try {
                    int score = Integer.parseInt(values.get(0));
                    if (score < 1 || score > 10 || values.size() != 1) {
                        throw new DomainException("survey.answer.scale", text);
                    }
                    yield Integer.toString(score);
                } catch (NumberFormatException e) {
                    throw new DomainException("survey.answer.scale", text);
                }
            }
            case TEXT -> {
                String answer = String.join(" ", values);
                if (answer.length() > 2000) {
                    throw new DomainException("survey.answer.tooLong", text);
                }
                yield answer;
            }
        };
    }

    public Campaign getCampaign() { return campaign; }
    public int getPosition() { return position; }
    public void setPosition(int position) { this.position = position; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text == null ? null : text.strip(); }
    public QuestionKind getKind() { return kind; }
    public void setKind(QuestionKind kind) { this.kind = kind; }
    public String getOptions() { return options; }
    public void setOptions(String options) { this.options = options == null || options.isBlank() ? null : options.strip(); }
    public boolean isRequired() { return required; }
    public void setRequired(boolean required) { this.required = required; }
}

package it.cuffia.scripts.domain;

import it.cuffia.shared.domain.AbstractEntity;
import it.cuffia.shared.domain.DomainException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * One numbered version of a script. Drafts are edited freely; publishing validates the step graph
 * and freezes the version for good, so every call's recorded path keeps its meaning.
 */
@Entity
@Table(name = "script_version")
public class ScriptVersion extends AbstractEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "script_id")
    private Script script;

    @Column(nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private VersionStatus status = VersionStatus.DRAFT;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "created_by", nullable = false, length = 60)
    private String createdBy;
    @Column(name = "published_at")
    private Instant publishedAt;
    @Column(name = "published_by", length = 60)
    private String publishedBy;

    @OneToMany(mappedBy = "scriptVersion", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ScriptStep> steps = new ArrayList<>();

    protected ScriptVersion() {
    }

    ScriptVersion(Script script, int number, String by, Instant at) {
        this.script = script;
        this.number = number;
        this.createdBy = by;
        this.createdAt = at;
    }

    /** A new draft with this version's steps (same keys), numbered {@code number}. */
    ScriptVersion copyAsDraft(int number, String by, Instant at) {
        ScriptVersion draft = new ScriptVersion(script, number, by, at);
        steps.forEach(s -> draft.steps.add(s.copyInto(draft)));
        return draft;
    }

    public void requireDraft() {
        if (status == VersionStatus.PUBLISHED) {
            throw new DomainException("script.version.published", number);
        }
    }

    public ScriptStep addStep(ScriptStep.StepData data) {
        requireDraft();
        int position = steps.stream().mapToInt(ScriptStep::getPosition).max().orElse(0) + 1;
        ScriptStep step = new ScriptStep(this, script.nextStepKey(), position, data);
        steps.add(step);
        return step;
    }

    public void changeStep(String key, ScriptStep.StepData data) {
        requireDraft();
        step(key).apply(data);
    }

    /** Removes a step no other step leads to (otherwise the author is told which ones do). */
    public void removeStep(String key) {
        requireDraft();
        ScriptStep step = step(key);
        List<String> linking = steps.stream().filter(s -> s != step && s.targets().contains(key)).map(ScriptStep::getTitle).toList();
        if (!linking.isEmpty()) {
            throw new DomainException("script.step.linked", step.getTitle(), String.join(", ", linking));
        }
        steps.remove(step);
    }

    /** Moves a step up (-1) or down (+1); the first step is where calls start. */
    public void moveStep(String key, int delta) {
        requireDraft();
        List<ScriptStep> ordered = new ArrayList<>(steps);
        ordered.sort(Comparator.comparingInt(ScriptStep::getPosition));
        int from = ordered.indexOf(step(key));
        int to = Math.max(0, Math.min(ordered.size() - 1, from + delta));
        ordered.add(to, ordered.remove(from));
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).moveTo(i + 1);
        }
    }

    public ScriptStep step(String key) {
        return steps.stream().filter(s -> s.getKey().equals(key)).findFirst()
                .orElseThrow(() -> new DomainException("script.step.unknown", key));
    }

    public ScriptGraph graph() {
        return ScriptGraph.of(steps);
    }

    public List<ScriptProblem> problems(Set<Long> surveyQuestions) {
        return graph().problems(script.allowedOutcomes(), surveyQuestions);
    }

    void publish(Set<Long> surveyQuestions, String by, Instant at) {
        requireDraft();
        List<ScriptProblem> problems = problems(surveyQuestions);
        if (!problems.isEmpty()) {
            throw new DomainException("script.publish.invalid", problems.size());
        }
        status = VersionStatus.PUBLISHED;
        publishedBy = by;
        publishedAt = at;
    }

    public boolean isPublished() {
        return status == VersionStatus.PUBLISHED;
    }

    public Script getScript() { return script; }
    public int getNumber() { return number; }
    public VersionStatus getStatus() { return status; }
    public Instant getCreatedAt() { return createdAt; }
    public String getCreatedBy() { return createdBy; }
    public Instant getPublishedAt() { return publishedAt; }
    public String getPublishedBy() { return publishedBy; }
    public List<ScriptStep> getSteps() {
        List<ScriptStep> ordered = new ArrayList<>(steps);
        ordered.sort(Comparator.comparingInt(ScriptStep::getPosition));
        return ordered;
    }
}

package it.cuffia.scripts.domain;

import it.cuffia.contact.domain.Interaction;
import it.cuffia.shared.domain.AbstractEntity;
import it.cuffia.shared.domain.DomainException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The script a call followed: the version and the path (steps visited, answers given) as the call
 * ended. A path that stops before an end step is a drop-off at its last step.
 */
@Entity
@Table(name = "script_run")
public class ScriptRun extends AbstractEntity {

    @OneToOne(optional = false)
    @JoinColumn(name = "interaction_id")
    private Interaction interaction;

    @ManyToOne(optional = false)
    @JoinColumn(name = "script_version_id")
    private ScriptVersion scriptVersion;

    @ElementCollection
    @CollectionTable(name = "script_run_step", joinColumns = @JoinColumn(name = "run_id"))
    @OrderColumn(name = "seq")
    private List<PathStep> path = new ArrayList<>();

    @Column(name = "last_step_key", nullable = false, length = 40)
    private String lastStepKey;

    @Column(nullable = false)
    private boolean completed;

    /** The call's handle time (talk and wrap-up), when it was answered. */
    @Column(name = "duration_seconds")
    private Integer durationSeconds;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected ScriptRun() {
    }

    /** Checks that the path could have been walked in this version: it starts at the start and follows its links. */
    public static ScriptRun of(Interaction interaction, ScriptVersion version, List<PathStep> path, Instant at) {
        if (!version.isPublished()) {
            throw new DomainException("script.run.draft");
        }
        ScriptGraph graph = version.graph();
        if (path == null || path.isEmpty() || !path.get(0).getStepKey().equals(graph.start().orElseThrow().getKey())) {
            throw new DomainException("script.run.path");
        }
        for (int i = 0; i + 1 < path.size(); i++) {
            PathStep here = path.get(i);
            ScriptStep step = graph.step(here.getStepKey()).orElseThrow(() -> new DomainException("script.run.path"));
            String expected = step.getKind() == StepKind.QUESTION ? step.targetOf(here.getAnswer()) : step.getNextKey();
            if (expected == null || !expected.equals(path.get(i + 1).getStepKey())) {
                throw new DomainException("script.run.path");
            }
        }
        ScriptStep last = graph.step(path.get(path.size() - 1).getStepKey()).orElseThrow(() -> new DomainException("script.run.path"));
        ScriptRun run = new ScriptRun();
        run.interaction = interaction;
        run.scriptVersion = version;
        run.path.addAll(path);
        run.lastStepKey = last.getKey();
        run.completed = last.isEnd();
        run.recordedAt = at;
        run.durationSeconds = interaction == null ? null
                : interaction.handle().or(interaction::talk).map(d -> (int) d.toSeconds()).orElse(null);
        return run;
    }

    /**
     * The outcome a call records must be the one its script ended on: a call whose script reached
     * the end step "Vendita" (SALE) is not a "Non risponde" (NO_ANSWER). A path that stops before an
     * end step, or ends on a step without an outcome, leaves the agent free to choose.
     */
    public static void requireOutcome(ScriptVersion version, List<PathStep> path, String outcome) {
        if (path == null || path.isEmpty()) {
            return;
        }
        ScriptGraph graph = version.graph();
        graph.step(path.get(path.size() - 1).getStepKey())
                .filter(ScriptStep::isEnd)
                .map(ScriptStep::getOutcome)
                .filter(end -> !end.equals(outcome))
                .ifPresent(end -> {
                    throw new DomainException("script.run.outcome", CallOutcomes.textOf(end), CallOutcomes.textOf(outcome));
                });
    }

    public Interaction getInteraction() { return interaction; }
    public ScriptVersion getScriptVersion() { return scriptVersion; }
    public List<PathStep> getPath() { return List.copyOf(path); }
    public String getLastStepKey() { return lastStepKey; }
    public boolean isCompleted() { return completed; }
    public Instant getRecordedAt() { return recordedAt; }
    public Integer getDurationSeconds() { return durationSeconds; }
}

package it.cuffia.scripts.domain;

import it.cuffia.shared.domain.DomainException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An agent's way through a published version during one call: the current step, the answers given,
 * back. A mandatory step (the privacy notice) must be confirmed as read before the call moves on.
 */
public final class ScriptWalk implements Serializable {

    private final ScriptGraph graph;
    private final List<PathStep> path = new ArrayList<>();
    private final Set<String> confirmed = new HashSet<>();

    public ScriptWalk(ScriptGraph graph) {
        this.graph = graph;
        path.add(new PathStep(graph.start().orElseThrow(() -> new DomainException("script.problem.empty")).getKey(), null));
    }

    public ScriptStep current() {
        return graph.step(path.get(path.size() - 1).getStepKey()).orElseThrow();
    }

    /** The agent has read the mandatory text to the customer. */
    public void confirm() {
        confirmed.add(current().getKey());
    }

    public boolean isConfirmed() {
        return !current().isMandatory() || confirmed.contains(current().getKey());
    }

    /** On from a step to say or a survey question. */
    public void next() {
        ScriptStep step = current();
        if (step.getKind() != StepKind.SAY && step.getKind() != StepKind.SURVEY) {
            throw new DomainException("script.run.answerRequired", step.getTitle());
        }
        go(step.getNextKey(), null);
    }

    /** The customer's answer to a question step. */
    public void answer(String label) {
        ScriptStep step = current();
        String target = step.getKind() == StepKind.QUESTION ? step.targetOf(label) : null;
        if (target == null) {
            throw new DomainException("script.run.unknownAnswer", label);
        }
        go(target, label);
    }

    private void go(String target, String answer) {
        requireConfirmed();
        ScriptStep step = current();
        path.set(path.size() - 1, new PathStep(step.getKey(), answer));
        path.add(new PathStep(graph.step(target).orElseThrow(() -> new DomainException("script.step.unknown", target)).getKey(), null));
    }

    private void requireConfirmed() {
        if (!isConfirmed()) {
            throw new DomainException("script.run.mandatory", current().getTitle());
        }
    }

    public void back() {
        if (path.size() > 1) {
            path.remove(path.size() - 1);
            PathStep previous = path.remove(path.size() - 1);
            path.add(new PathStep(previous.getStepKey(), null));
        }
    }

    public boolean canGoBack() {
        return path.size() > 1;
    }

    public boolean isAtEnd() {
        return current().isEnd();
    }

    /** Percent of the way: steps behind over steps behind plus the fewest still ahead. */
    public int progress() {
        int behind = path.size() - 1;
        int ahead = graph.stepsToEnd(current().getKey()).orElse(1);
        return behind + ahead == 0 ? 100 : (int) Math.round(100.0 * behind / (behind + ahead));
    }

    public List<PathStep> path() {
        return List.copyOf(path);
    }

    public ScriptGraph graph() {
        return graph;
    }
}

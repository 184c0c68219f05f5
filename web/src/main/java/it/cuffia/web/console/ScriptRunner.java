package it.cuffia.web.console;

import it.cuffia.scripts.application.ScriptForCall;
import it.cuffia.scripts.domain.PathStep;
import it.cuffia.scripts.domain.Placeholders;
import it.cuffia.scripts.domain.ScriptAnswer;
import it.cuffia.scripts.domain.ScriptNote;
import it.cuffia.scripts.domain.ScriptPath;
import it.cuffia.scripts.domain.ScriptStep;
import it.cuffia.scripts.domain.ScriptWalk;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The script of the call on the agent's console: the current step with the call's data, its
 * answers, back, progress and the agent's own note. The rules (links, mandatory steps) are the
 * domain's ScriptWalk; this only binds it to the page.
 */
public class ScriptRunner implements Serializable {

    private final ScriptForCall script;
    private final ScriptWalk walk;
    private Map<String, ScriptNote> notes;

    public ScriptRunner(ScriptForCall script) {
        this.script = script;
        this.walk = new ScriptWalk(script.version().graph());
        this.notes = script.notes();
    }

    public ScriptStep getStep() {
        return walk.current();
    }

    /** The step's text with the call's data; the values are escaped, the author's HTML is already clean. */
    public String getText() {
        return Placeholders.render(walk.current().getBody(), script.values());
    }

    public String getTitle() {
        return Placeholders.fill(walk.current().getTitle(), script.values());
    }

    public List<ScriptAnswer> getAnswers() {
        return walk.current().getAnswers();
    }

    public String label(ScriptAnswer answer) {
        return Placeholders.fill(answer.getLabel(), script.values());
    }

    public void next() {
        walk.next();
    }

    public void answer(String label) {
        walk.answer(label);
    }

    public void back() {
        walk.back();
    }

    public boolean isConfirmed() {
        return walk.isConfirmed();
    }

    /** The checkbox of a mandatory step: ticked once read, it stays ticked. */
    public void setConfirmed(boolean confirmed) {
        if (confirmed) {
            walk.confirm();
        }
    }

    public boolean isCanGoBack() {
        return walk.canGoBack();
    }

    /** The end step's outcome in the agent's language. */
    public String getOutcomeLabel() {
        return it.cuffia.web.scripts.OutcomeLabels.of(walk.current().getOutcome());
    }

    public boolean isAtEnd() {
        return walk.isAtEnd();
    }

    public int getProgress() {
        return walk.progress();
    }

    /** The titles of the steps behind the current one, for the breadcrumb. */
    public List<String> getTrail() {
        List<PathStep> path = walk.path();
        return path.subList(0, path.size() - 1).stream()
                .map(p -> walk.graph().step(p.getStepKey()).map(ScriptStep::getTitle).orElse(p.getStepKey())
                        + (p.getAnswer() == null ? "" : " → " + p.getAnswer()))
                .toList();
    }

    public ScriptPath path() {
        return new ScriptPath(script.version().getId(), walk.path());
    }

    public ScriptNote getNote() {
        return notes.get(walk.current().getKey());
    }

    void notesChanged(Map<String, ScriptNote> notes) {
        this.notes = notes;
    }

    public Long getScriptId() {
        return script.version().getScript().getId();
    }

    public String getName() {
        return script.version().getScript().getName();
    }

    public int getVersionNumber() {
        return script.version().getNumber();
    }
}

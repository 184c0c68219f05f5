package it.cuffia.web.console;

import it.cuffia.scripts.application.ScriptForCall;
import it.cuffia.scripts.application.ScriptRuns;
import it.cuffia.scripts.domain.ScriptNote;
import it.cuffia.scripts.domain.ScriptPath;
import it.cuffia.web.faces.Messages;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.Optional;

/**
 * What both consoles (inbound and outbound) do with the script of the call: start it, follow the
 * agent's clicks, keep the agent's notes, hand the path over with the outcome. The page part is
 * WEB-INF/includes/script-runner.xhtml.
 */
public abstract class ScriptConsole implements Serializable {

    @Inject
    private ScriptRuns scriptRuns;

    private ScriptRunner script;
    private String noteText;
    private String phrasingText;

    protected ScriptRuns scriptRuns() {
        return scriptRuns;
    }

    protected void startScript(Optional<ScriptForCall> forCall) {
        script = forCall.map(ScriptRunner::new).orElse(null);
    }

    protected void endScript() {
        script = null;
    }

    /** The path to keep with the call's outcome; null when the call followed no script. */
    protected ScriptPath scriptPath() {
        return script == null ? null : script.path();
    }

    /** An end step names the call's outcome: the console pre-fills it (the agent can still change it). */
    protected abstract void scriptReachedEnd(String outcome);

    public void scriptNext() {
        script.next();
        followEnd();
    }

    public void scriptAnswer(String label) {
        script.answer(label);
        followEnd();
    }

    public void scriptBack() {
        script.back();
    }

    private void followEnd() {
        if (script.isAtEnd() && script.getStep().getOutcome() != null) {
            scriptReachedEnd(script.getStep().getOutcome());
        }
    }

    /** The survey question a SURVEY step asks, as the console's form edits it; none by default. */
    public Object getScriptQuestion() {
        return null;
    }

    public void editNote() {
        ScriptNote note = script.getNote();
        noteText = note == null ? null : note.getNote();
        phrasingText = note == null ? null : note.getPhrasing();
    }

    public void saveNote() {
        scriptRuns.saveMyNote(script.getScriptId(), script.getStep().getKey(), noteText, phrasingText);
        script.notesChanged(scriptRuns.myNotes(script.getScriptId()));
        Messages.info("script.note.saved");
    }

    public ScriptRunner getScript() { return script; }
    public String getNoteText() { return noteText; }
    public void setNoteText(String noteText) { this.noteText = noteText; }
    public String getPhrasingText() { return phrasingText; }
    public void setPhrasingText(String phrasingText) { this.phrasingText = phrasingText; }
}

package it.cuffia.scripts.domain;

import it.cuffia.identity.domain.AppUser;
import it.cuffia.shared.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * An agent's own note and wording for one step of a script, seen only by that agent. Tied to the
 * step's key, not to a version: it is there again in every later version that still has the step.
 */
@Entity
@Table(name = "script_note")
public class ScriptNote extends AbstractEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "agent_id")
    private AppUser agent;

    @ManyToOne(optional = false)
    @JoinColumn(name = "script_id")
    private Script script;

    @Column(name = "step_key", nullable = false, length = 40)
    private String stepKey;

    @Column(length = 2000)
    private String note;

    /** The agent's alternative phrasing of the step's text (plain text). */
    @Column(length = 4000)
    private String phrasing;

    protected ScriptNote() {
    }

    public ScriptNote(AppUser agent, Script script, String stepKey) {
        this.agent = agent;
        this.script = script;
        this.stepKey = stepKey;
    }

    public void write(String note, String phrasing) {
        this.note = trimmed(note, 2000, "script.note.tooLong");
        this.phrasing = trimmed(phrasing, 4000, "script.note.tooLong");
    }

    public boolean isEmpty() {
        return note == null && phrasing == null;
    }

    private static String trimmed(String text, int max, String tooLong) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.strip().length() > max) {
            throw new it.cuffia.shared.domain.DomainException(tooLong, max);
        }
        return text.strip();
    }

    public AppUser getAgent() { return agent; }
    public Script getScript() { return script; }
    public String getStepKey() { return stepKey; }
    public String getNote() { return note; }
    public String getPhrasing() { return phrasing; }
}

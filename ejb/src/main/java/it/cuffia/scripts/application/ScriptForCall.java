package it.cuffia.scripts.application;

import it.cuffia.scripts.domain.ScriptNote;
import it.cuffia.scripts.domain.ScriptVersion;
import java.io.Serializable;
import java.util.Map;

/** What the console needs to run a script in a call: the pinned version, the call's values, the agent's notes. */
public record ScriptForCall(ScriptVersion version, Map<String, String> values, Map<String, ScriptNote> notes) implements Serializable {
}

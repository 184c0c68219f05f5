package it.cuffia.scripts.domain;

import java.io.Serializable;
import java.util.List;

/** What the console sends with a call's outcome: the version followed and the path walked. */
public record ScriptPath(Long versionId, List<PathStep> steps) implements Serializable {
}

package it.cuffia.scripts.domain;

import java.util.List;

/** Why a version cannot be published yet: a message key and its arguments (step titles, targets). */
public record ScriptProblem(String key, List<Object> arguments) {

    public static ScriptProblem of(String key, Object... arguments) {
        return new ScriptProblem(key, List.of(arguments));
    }
}

package it.cuffia.scripts.domain;

import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The steps of a version as a graph: the first step (by position) is where every call starts;
 * answers and "next" are the edges. Validation before publishing and distances for the runner's
 * progress live here.
 */
public final class ScriptGraph implements Serializable {

    private final Map<String, ScriptStep> steps = new LinkedHashMap<>();

    private ScriptGraph(Collection<ScriptStep> steps) {
        steps.stream().sorted(Comparator.comparingInt(ScriptStep::getPosition)).forEach(s -> this.steps.put(s.getKey(), s));
    }

    public static ScriptGraph of(Collection<ScriptStep> steps) {
        return new ScriptGraph(steps);
    }

    public Optional<ScriptStep> start() {
        return steps.values().stream().findFirst();
    }

    public Optional<ScriptStep> step(String key) {
        return Optional.ofNullable(key == null ? null : steps.get(key));
    }

    public List<ScriptStep> steps() {
        return List.copyOf(steps.values());
    }

    /**
     * Everything that keeps a version from being published, each with the step it concerns:
     * broken links, unreachable steps, dead ends without an outcome, outcomes the script's campaign
     * or category cannot record, unknown placeholders, mandatory steps a path could skip.
     */
    public List<ScriptProblem> problems(Set<String> allowedOutcomes, Set<Long> surveyQuestions) {
        List<ScriptProblem> problems = new ArrayList<>();
        if (steps.isEmpty()) {
            problems.add(ScriptProblem.of("script.problem.empty"));
            return problems;
        }
        for (ScriptStep step : steps.values()) {
            for (String target : step.targets()) {
                if (!steps.containsKey(target)) {
                    problems.add(ScriptProblem.of("script.problem.unknownTarget", step.getTitle(), target));
                }
            }
            switch (step.getKind()) {
                case END -> {
                    if (step.getOutcome() == null) {
                        problems.add(ScriptProblem.of("script.problem.endWithoutOutcome", step.getTitle()));
                    } else if (!allowedOutcomes.contains(step.getOutcome())) {
                        problems.add(ScriptProblem.of("script.problem.outcomeNotAllowed", step.getTitle(), step.getOutcome()));
                    }
                }
                case QUESTION -> {
                    if (step.getAnswers().isEmpty()) {
                        problems.add(ScriptProblem.of("script.problem.deadEnd", step.getTitle()));
                    }
                    Set<String> labels = new HashSet<>();
                    step.getAnswers().stream().filter(a -> !labels.add(a.getLabel()))
                            .forEach(a -> problems.add(ScriptProblem.of("script.problem.duplicateAnswer", step.getTitle(), a.getLabel())));
                }
                case SAY, SURVEY -> {
                    if (step.getNextKey() == null) {
                        problems.add(ScriptProblem.of("script.problem.deadEnd", step.getTitle()));
                    }
                    if (step.getKind() == StepKind.SURVEY && !surveyQuestions.contains(step.getSurveyQuestionId())) {
                        problems.add(ScriptProblem.of("script.problem.surveyQuestion", step.getTitle()));
                    }
                }
            }
            Set<String> unknown = new java.util.LinkedHashSet<>(Placeholders.unknown(step.getTitle()));
            unknown.addAll(Placeholders.unknown(step.getBody()));
            step.getAnswers().forEach(a -> unknown.addAll(Placeholders.unknown(a.getLabel())));
            unknown.forEach(p -> problems.add(ScriptProblem.of("script.problem.placeholder", step.getTitle(), "{" + p + "}")));
        }
        if (steps.values().stream().noneMatch(ScriptStep::isEnd)) {
            problems.add(ScriptProblem.of("script.problem.noEnd"));
        }
        String start = start().orElseThrow().getKey();
        Set<String> reachable = reachableFrom(start, null);
        Set<String> leadToEnd = leadingToAnEnd();
        for (ScriptStep step : steps.values()) {
            if (!reachable.contains(step.getKey())) {
                problems.add(ScriptProblem.of("script.problem.unreachable", step.getTitle()));
            } else if (!leadToEnd.contains(step.getKey()) && step.targets().stream().allMatch(steps::containsKey)
                    && !step.targets().isEmpty()) {
                problems.add(ScriptProblem.of("script.problem.noWayOut", step.getTitle()));
            }
            if (step.isMandatory() && reachable.contains(step.getKey()) && !step.getKey().equals(start)
                    && reachableFrom(start, step.getKey()).stream().map(steps::get).anyMatch(s -> s != null && s.isEnd())) {
                problems.add(ScriptProblem.of("script.problem.mandatorySkippable", step.getTitle()));
            }
        }
        return problems;
    }

    /** The steps a call can reach from one step without passing through {@code avoiding}. */
    private Set<String> reachableFrom(String from, String avoiding) {
        Set<String> seen = new HashSet<>();
        Deque<String> open = new ArrayDeque<>(List.of(from));
        while (!open.isEmpty()) {
            String key = open.pop();
            if (key.equals(avoiding) || !steps.containsKey(key) || !seen.add(key)) {
                continue;
            }
            open.addAll(steps.get(key).targets());
        }
        return seen;
    }

    /** The steps from which some path reaches an end step. */
    private Set<String> leadingToAnEnd() {
        Set<String> leading = new HashSet<>();
        steps.values().stream().filter(ScriptStep::isEnd).forEach(s -> leading.add(s.getKey()));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (ScriptStep step : steps.values()) {
                if (!leading.contains(step.getKey()) && step.targets().stream().anyMatch(leading::contains)) {
                    leading.add(step.getKey());
                    grew = true;
                }
            }
        }
        return leading;
    }

    /** Steps between this one and the nearest end (0 at an end); empty when no end can be reached. */
    public Optional<Integer> stepsToEnd(String from) {
        Map<String, Integer> distance = new HashMap<>();
        Deque<String> open = new ArrayDeque<>(List.of(from));
        distance.put(from, 0);
        while (!open.isEmpty()) {
            String key = open.removeFirst();
            ScriptStep step = steps.get(key);
            if (step == null) {
                continue;
            }
            if (step.isEnd()) {
                return Optional.of(distance.get(key));
            }
            for (String target : step.targets()) {
                if (!distance.containsKey(target)) {
                    distance.put(target, distance.get(key) + 1);
                    open.addLast(target);
                }
            }
        }
        return Optional.empty();
    }
}

package it.cuffia.web.scripts;

import it.cuffia.web.faces.ViewParameterGuard;
import it.cuffia.outbound.domain.SurveyQuestion;
import it.cuffia.scripts.application.ScriptRuns;
import it.cuffia.scripts.application.ScriptService;
import it.cuffia.scripts.application.VersionStats;
import it.cuffia.scripts.domain.Placeholders;
import it.cuffia.scripts.domain.Script;
import it.cuffia.scripts.domain.ScriptAnswer;
import it.cuffia.scripts.domain.ScriptProblem;
import it.cuffia.scripts.domain.ScriptStep;
import it.cuffia.scripts.domain.ScriptVersion;
import it.cuffia.scripts.domain.StepKind;
import it.cuffia.web.faces.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The script designer: versions (draft, published, pinned), the steps of the version on screen,
 * the step editor, the checks before publishing, the step graph and the versions' figures.
 */
@Named
@ViewScoped
public class ScriptView implements Serializable {

    /** One answer row of the step editor. */
    public static class AnswerRow implements Serializable {
        private String label;
        private String nextKey;

        public AnswerRow() {
        }

        AnswerRow(String label, String nextKey) {
            this.label = label;
            this.nextKey = nextKey;
        }

        public String getLabel() { return label; }
        public void setLabel(String label) { this.label = label; }
        public String getNextKey() { return nextKey; }
        public void setNextKey(String nextKey) { this.nextKey = nextKey; }
    }

    @Inject private ScriptService scripts;
    @Inject private ScriptRuns runs;

    private Long id;
    private Script script;
    private int number;
    private String name;

    private String editingKey;
    private StepKind kind = StepKind.SAY;
    private String title;
    private String body;
    private boolean mandatory;
    private String nextKey;
    private String outcome;
    private Long surveyQuestionId;
    private List<AnswerRow> answerRows = new ArrayList<>();

    private Integer statsA;
    private Integer statsB;
    private VersionStats statsOfA;
    private VersionStats statsOfB;
    private List<String> problems;

    public void load() {
        changed(scripts.get(ViewParameterGuard.required(id, "script")));
        name = script.getName();
        number = script.draft().map(ScriptVersion::getNumber)
                .orElse(script.getPinnedVersion() != null ? script.getPinnedVersion().getNumber() : script.latest().getNumber());
        if (statsA == null) {
            statsA = script.getPinnedVersion() != null ? script.getPinnedVersion().getNumber() : null;
            statsB = script.getVersions().stream().filter(ScriptVersion::isPublished).map(ScriptVersion::getNumber)
                    .filter(n -> !n.equals(statsA)).reduce((a, b) -> b).orElse(null);
            compare();
        }
        newStep();
    }

    public void rename() {
        changed(scripts.rename(id, script.getVersion(), name));
        Messages.info("saved");
    }

    public ScriptVersion getShown() {
        return script.version(number);
    }

    public void show(int number) {
        this.number = number;
    }

    public boolean isEditable() {
        return !getShown().isPublished();
    }

    public void newStep() {
        editingKey = null;
        kind = StepKind.SAY;
        title = null;
        body = null;
        mandatory = false;
        nextKey = null;
        outcome = null;
        surveyQuestionId = null;
        answerRows = new ArrayList<>(List.of(new AnswerRow(), new AnswerRow()));
    }

    public void editStep(ScriptStep step) {
        ScriptStep.StepData data = step.data();
        editingKey = step.getKey();
        kind = data.kind();
        title = data.title();
        body = data.body();
        mandatory = data.mandatory();
        nextKey = data.nextKey();
        outcome = data.outcome();
        surveyQuestionId = data.surveyQuestionId();
        answerRows = data.answers().stream().map(a -> new AnswerRow(a.getLabel(), a.getNextKey())).collect(Collectors.toCollection(ArrayList::new));
        if (answerRows.isEmpty()) {
            answerRows.add(new AnswerRow());
        }
    }

    public void addAnswerRow() {
        answerRows.add(new AnswerRow());
    }

    public void removeAnswerRow(AnswerRow row) {
        answerRows.remove(row);
    }

    public void saveStep() {
        List<ScriptAnswer> answers = answerRows.stream().filter(r -> r.getLabel() != null && !r.getLabel().isBlank())
                .map(r -> new ScriptAnswer(r.getLabel(), r.getNextKey())).toList();
        ScriptStep.StepData data = new ScriptStep.StepData(kind, title, body, mandatory, nextKey, outcome, surveyQuestionId, answers);
        changed(editingKey == null ? scripts.addStep(id, data) : scripts.changeStep(id, editingKey, data));
        Messages.info("script.step.saved", title);
        newStep();
    }

    public void removeStep(ScriptStep step) {
        changed(scripts.removeStep(id, step.getKey()));
        Messages.info("deleted");
    }

    public void move(ScriptStep step, int delta) {
        changed(scripts.moveStep(id, step.getKey(), delta));
    }

    public void newDraft() {
        changed(scripts.newDraft(id));
        number = script.draft().orElseThrow().getNumber();
        Messages.info("script.draft.created", number);
    }

    public void publish() {
        changed(scripts.publish(id));
        Messages.info("script.published", number, script.getPinnedVersion().getNumber());
    }

    public void pin(ScriptVersion version) {
        changed(scripts.pin(id, version.getNumber()));
        Messages.info("script.pinned.done", version.getNumber());
    }

    /** The script as the last action left it; the draft's problems are read again on next use. */
    private void changed(Script script) {
        this.script = script;
        this.problems = null;
    }

    /** The draft's problems in the reader's language (read once per change: the page asks several times). */
    public List<String> getProblems() {
        if (problems == null) {
            problems = script.draft().isEmpty() ? List.of() : scripts.problems(id).stream().map(this::text).toList();
        }
        return problems;
    }

    /** A problem in the reader's language; an outcome code among its arguments reads as its label. */
    private String text(ScriptProblem problem) {
        Object[] arguments = problem.arguments().stream().map(a -> a instanceof String code ? OutcomeLabels.of(code) : a).toArray();
        return Messages.text(problem.key(), arguments);
    }

    /** "Vendita" for SALE, "Risolto" for RESOLVED. */
    public String outcomeLabel(String outcome) {
        return OutcomeLabels.of(outcome);
    }

    /** Where a step leads, as the table shows it: "→ Offerta", "Sì → Vendita · No → Saluti", "Esito: Vendita". */
    public String leadsTo(ScriptStep step) {
        ScriptVersion version = step.getScriptVersion();
        return switch (step.getKind()) {
            case END -> Messages.text("script.leadsTo.outcome", outcomeLabel(step.getOutcome()));
            case QUESTION -> step.getAnswers().stream().map(a -> a.getLabel() + " → " + titleOf(version, a.getNextKey()))
                    .collect(Collectors.joining(" · "));
            default -> "→ " + titleOf(version, step.getNextKey());
        };
    }

    private static String titleOf(ScriptVersion version, String key) {
        if (key == null) {
            return "—";
        }
        return version.getSteps().stream().filter(s -> s.getKey().equals(key)).map(ScriptStep::getTitle).findFirst().orElse("?");
    }

    public List<ScriptStep> getTargets() {
        return getShown().getSteps().stream().filter(s -> !s.getKey().equals(editingKey)).toList();
    }

    public List<String> getOutcomes() {
        return List.copyOf(script.allowedOutcomes());
    }

    public List<SurveyQuestion> getSurveyQuestions() {
        return scripts.surveyQuestions(script);
    }

    public List<String> getPlaceholders() {
        return Placeholders.KNOWN.stream().map(p -> "{" + p + "}").toList();
    }

    public List<Integer> getPublishedNumbers() {
        return script.getVersions().stream().filter(ScriptVersion::isPublished).map(ScriptVersion::getNumber).toList();
    }

    /** Reads the two versions' figures (on load and when the reader picks other versions). */
    public void compare() {
        statsOfA = statsA == null ? null : runs.stats(id, statsA);
        statsOfB = statsB == null ? null : runs.stats(id, statsB);
    }

    public VersionStats getStatsOfA() { return statsOfA; }
    public VersionStats getStatsOfB() { return statsOfB; }

    /** Built per request: a handful of boxes, and always the version on screen as it is now. */
    public org.primefaces.model.diagram.DiagramModel getDiagram() {
        return ScriptDiagram.of(getShown(), this::outcomeLabel);
    }

    public int getDiagramHeight() {
        return ScriptDiagram.height(getShown());
    }

    public StepKind[] getKinds() { return StepKind.values(); }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Script getScript() { return script; }
    public int getNumber() { return number; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getEditingKey() { return editingKey; }
    public StepKind getKind() { return kind; }
    public void setKind(StepKind kind) { this.kind = kind; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public boolean isMandatory() { return mandatory; }
    public void setMandatory(boolean mandatory) { this.mandatory = mandatory; }
    public String getNextKey() { return nextKey; }
    public void setNextKey(String nextKey) { this.nextKey = nextKey; }
    public String getOutcome() { return outcome; }
    public void setOutcome(String outcome) { this.outcome = outcome; }
    public Long getSurveyQuestionId() { return surveyQuestionId; }
    public void setSurveyQuestionId(Long surveyQuestionId) { this.surveyQuestionId = surveyQuestionId; }
    public List<AnswerRow> getAnswerRows() { return answerRows; }
    public Integer getStatsA() { return statsA; }
    public void setStatsA(Integer statsA) { this.statsA = statsA; }
    public Integer getStatsB() { return statsB; }
    public void setStatsB(Integer statsB) { this.statsB = statsB; }
}

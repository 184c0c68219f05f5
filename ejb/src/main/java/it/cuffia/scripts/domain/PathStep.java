package it.cuffia.scripts.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;

/** A step visited in a call and, when it was a question, the answer that left it. */
@Embeddable
public class PathStep implements Serializable {

    @Column(name = "step_key", nullable = false, length = 40)
    private String stepKey;

    @Column(name = "answer", length = 200)
    private String answer;

    protected PathStep() {
    }

    @jakarta.json.bind.annotation.JsonbCreator
    public PathStep(@jakarta.json.bind.annotation.JsonbProperty("stepKey") String stepKey,
                    @jakarta.json.bind.annotation.JsonbProperty("answer") String answer) {
        this.stepKey = stepKey;
        this.answer = answer;
    }

    public String getStepKey() { return stepKey; }
    public String getAnswer() { return answer; }
}

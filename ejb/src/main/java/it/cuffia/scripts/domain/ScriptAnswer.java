package it.cuffia.scripts.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;

/** One answer to a question step and the step it leads to. */
@Embeddable
public class ScriptAnswer implements Serializable {

    @Column(name = "label", nullable = false, length = 200)
    private String label;

    @Column(name = "next_key", nullable = false, length = 40)
    private String nextKey;

    protected ScriptAnswer() {
    }

    public ScriptAnswer(String label, String nextKey) {
        this.label = label;
        this.nextKey = nextKey;
    }

    public String getLabel() { return label; }
    public String getNextKey() { return nextKey; }
}

package it.cuffia.batch.operations;

import jakarta.batch.api.chunk.AbstractItemReader;
import java.io.Serializable;
import java.util.List;

/**
 * Reads a list known at the start of the step (days, periods, agents), one item at a time; the
 * checkpoint is how many were done, so a restart continues with the next one.
 */
public abstract class ListReader extends AbstractItemReader {

    private List<?> items;
    private int done;

    /** The step's items, in an order that is the same on every (re)start. */
    protected abstract List<?> items();

    @Override
    public void open(Serializable checkpoint) {
        items = items();
        done = checkpoint == null ? 0 : (Integer) checkpoint;
    }

    @Override
    public Object readItem() {
        return done < items.size() ? items.get(done++) : null;
    }

    @Override
    public Serializable checkpointInfo() {
        return done;
    }
}

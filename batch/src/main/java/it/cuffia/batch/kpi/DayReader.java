package it.cuffia.batch.kpi;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** The days of the run, one item each; the checkpoint is how many were done. */
@Named
@Dependent
public class DayReader extends AbstractItemReader {

    @Inject @BatchProperty private String month;
    @Inject @BatchProperty private String from;
    @Inject @BatchProperty private String to;

    private List<LocalDate> days;
    private int done;

    @Override
    public void open(Serializable checkpoint) {
        days = JobPeriod.of(month, from, to).days();
        done = checkpoint == null ? 0 : (Integer) checkpoint;
    }

    @Override
    public Object readItem() {
        return done < days.size() ? days.get(done++) : null;
    }

    @Override
    public Serializable checkpointInfo() {
        return done;
    }
}

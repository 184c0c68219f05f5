package it.cuffia.batch.kpi;

import it.cuffia.batch.operations.ListReader;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The days of the run, one item each; in a partition of the tally step ({@code partition} of {@code partitions}, from
 * the partition plan) that partition's days ({@link JobPeriod#days(int, int)}). The checkpoint counts the partition's
 * own days, so each partition restarts where it stopped.
 */
@Named
@Dependent
public class DayReader extends ListReader {

    @Inject @BatchProperty private String month;
    @Inject @BatchProperty private String from;
    @Inject @BatchProperty private String to;
    @Inject @BatchProperty private String partition;
    @Inject @BatchProperty private String partitions;

    @Override
    protected List<?> items() {
        JobPeriod period = JobPeriod.of(month, from, to);
        if (partitions == null || partitions.isBlank()) {
            return period.days();
        }
        return period.days(Integer.parseInt(partition.trim()), Integer.parseInt(partitions.trim()));
    }
}

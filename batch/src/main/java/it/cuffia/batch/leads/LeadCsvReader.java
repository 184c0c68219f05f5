package it.cuffia.batch.leads;

import it.cuffia.outbound.application.LeadImportService;
import it.cuffia.outbound.domain.CsvLine;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Iterator;
import java.util.stream.Stream;

/** Reads the stored CSV record by record; the checkpoint is the number of records already read. */
@Named
@Dependent // a bean-defining annotation: the batch module discovers annotated beans only
public class LeadCsvReader extends AbstractItemReader {

    @Inject
    @BatchProperty
    private String importId;

    @Inject
    private LeadImportService imports;

    private Stream<CsvLine> rows;
    private Iterator<CsvLine> iterator;
    private long read;

    @Override
    public void open(Serializable checkpoint) {
        read = checkpoint == null ? 0 : (Long) checkpoint;
        rows = imports.fileOf(Long.valueOf(importId)).rows(read);
        iterator = rows.iterator();
    }

    @Override
    public Object readItem() {
        if (!iterator.hasNext()) {
            return null;
        }
        read++;
        return iterator.next();
    }

    @Override
    public Serializable checkpointInfo() {
        return read;
    }

    @Override
    public void close() {
        if (rows != null) {
            rows.close();
        }
    }
}

package it.cuffia.batch.leads;

import it.cuffia.outbound.application.LeadImportService;
import it.cuffia.outbound.domain.CsvLine;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Hands a chunk of rows to the outbound context, inside the chunk's transaction. */
@Named
@Dependent // a bean-defining annotation: the batch module discovers annotated beans only
public class LeadRowsWriter extends AbstractItemWriter {

    @Inject
    @BatchProperty
    private String importId;

    @Inject
    private LeadImportService imports;

    @Override
    public void writeItems(List<Object> items) {
        imports.importChunk(Long.valueOf(importId), items.stream().map(CsvLine.class::cast).toList());
    }
}

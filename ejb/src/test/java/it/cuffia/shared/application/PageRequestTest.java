package it.cuffia.shared.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.cuffia.shared.application.PageRequest.Total;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PageRequestTest {

    @Test
    void aRequestWantsRowsAndCountUnlessItSaysOtherwise() {
        PageRequest plain = new PageRequest(0, 20, null, true, Map.of());

        assertEquals(Total.ROWS_AND_COUNT, plain.total());
        assertTrue(plain.wantsRows() && plain.wantsCount());
        assertEquals(Total.ROWS_AND_COUNT, new PageRequest(0, 20, null, true, Map.of(), null).total());
    }

    @Test
    void rowsOnlyAndCountOnly() {
        PageRequest rows = new PageRequest(40, 20, "lastName", true, Map.of(), Total.ROWS);
        PageRequest count = new PageRequest(0, 1, null, true, Map.of(), Total.COUNT);

        assertTrue(rows.wantsRows());
        assertFalse(rows.wantsCount());
        assertFalse(count.wantsRows());
        assertTrue(count.wantsCount());
    }

    @Test
    void aServicesOwnFilterAndOrderKeepWhatTheScreenAskedFor() {
        PageRequest screen = new PageRequest(40, 20, null, true, Map.of("view", "mine", "subject", "modem"), Total.ROWS);

        PageRequest rest = screen.withoutFilter("view").sortedByDefault("resolutionDue", false);

        assertEquals(Map.of("subject", "modem"), rest.filters());
        assertEquals("resolutionDue", rest.sortField());
        assertFalse(rest.ascending());
        assertEquals(40, rest.first());
        assertEquals(Total.ROWS, rest.total());
        assertEquals("lastName", new PageRequest(0, 20, "lastName", true, Map.of()).sortedByDefault("id", false).sortField(),
                "a sort the screen chose stays");
        assertEquals(Total.COUNT, new PageRequest(0, 1, null, true, Map.of(), Total.COUNT).filteredBy("q", "rossi").total());
    }
}

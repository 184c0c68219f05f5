package it.cuffia.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.cuffia.ticketing.application.NewTicket;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class StrictJsonTest {

    private static List<StrictJson.Mismatch> read(String json, Class<?> type) {
        JsonValue value = Json.createReader(new StringReader(json)).readValue();
        return StrictJson.mismatches(value, type);
    }

    @Test
    void aNumberOutOfRangeOrWithAFractionIsNotAnId() {
        assertEquals(List.of(new StrictJson.Mismatch("customerId", "api.field.whole")),
                read("{\"customerId\": 18446744073709586533, \"subject\": \"x\"}", NewTicket.class));
        assertEquals(List.of(new StrictJson.Mismatch("customerId", "api.field.whole")), read("{\"customerId\": 951.5}", NewTicket.class));
        assertEquals(List.of(new StrictJson.Mismatch("customerId", "api.field.whole")), read("{\"customerId\": \"951\"}", NewTicket.class));
        assertEquals(List.of(new StrictJson.Mismatch("level", "api.field.whole")),
                read("{\"action\": \"escalate\", \"version\": 1, \"level\": 4294967298}", TicketResource.TransitionJson.class), "beyond an int");
    }

    @Test
    void aYesNoFieldTakesTrueOrFalseOnly() {
        assertEquals(List.of(new StrictJson.Mismatch("customerVisible", "api.field.boolean")),
                read("{\"text\": \"x\", \"customerVisible\": \"yes\"}", TicketResource.NewNoteJson.class));
        assertEquals(List.of(new StrictJson.Mismatch("customerVisible", "api.field.boolean")),
                read("{\"text\": \"x\", \"customerVisible\": 1}", TicketResource.NewNoteJson.class));
    }

    @Test
    void rightValuesAndMissingOnesPass() {
        assertEquals(List.of(), read("{\"customerId\": 951, \"category\": \"COMPLAINT\", \"subject\": \"x\"}", NewTicket.class));
        assertEquals(List.of(), read("{\"customerId\": 9.51E2}", NewTicket.class), "951 written with an exponent is still 951");
        assertEquals(List.of(), read("{\"customerId\": null}", NewTicket.class), "a missing id is @NotNull's to report");
        assertEquals(List.of(), read("{\"text\": \"x\", \"customerVisible\": true}", TicketResource.NewNoteJson.class));
        assertEquals(List.of(), read("{\"action\": \"escalate\", \"version\": 3, \"level\": 2}", TicketResource.TransitionJson.class));
    }

    @Test
    void aMemberNoFieldTakesIsRefusedByNameNotDropped() {
        assertEquals(List.of(new StrictJson.Mismatch("phones", "api.field.unknown")),
                read("{\"customerId\": 951, \"subject\": \"x\", \"phones\": [\"+39 02 1234567\"]}", NewTicket.class));
        assertEquals(List.of(new StrictJson.Mismatch("sale[0].price", "api.field.unknown")),
                read("{\"outcome\": \"SALE\", \"sale\": [{\"offerId\": 3, \"quantity\": 1, \"price\": 9.9}]}",
                        OutboundResource.OutcomeJson.class), "in the lines of a list, too");
        assertEquals(List.of(), read("{\"outcome\": \"SALE\", \"sale\": [{\"offerId\": 3, \"quantity\": 1, \"amount\": 9.9}]}",
                OutboundResource.OutcomeJson.class));
    }

    @Test
    void noTextOfABodyHoldsNulWhereverItIs() {
        assertEquals(List.of(new StrictJson.Mismatch("text", "api.field.nul")),
                read("{\"text\": \"Richiamare\\u0000domani\", \"customerVisible\": true}", TicketResource.NewNoteJson.class));
        assertEquals(List.of(new StrictJson.Mismatch("answers.12[1]", "api.field.nul")),
                read("{\"outcome\": \"SURVEY_COMPLETED\", \"answers\": {\"12\": [\"Luce\", \"A\\u0000\"]}}",
                        OutboundResource.OutcomeJson.class), "in a map the binding does not check, too");
        assertEquals(List.of(), read("{\"text\": \"Richiamare\\ndomani\\t\"}", TicketResource.NewNoteJson.class),
                "line breaks and tabs are the domain's to judge");
    }

    @Test
    void aNameNoChoiceHasIsRefusedByFieldWithTheChoices() {
        List<StrictJson.Mismatch> found = read("{\"outcome\": \"SOLDD\"}", OutboundResource.OutcomeJson.class);
        assertEquals(1, found.size());
        assertEquals("outcome", found.get(0).field());
        assertEquals("api.field.choice", found.get(0).key());
        assertTrue(found.get(0).also().get(0).contains("SALE"), "the message lists the outcomes: " + found);
        assertEquals("category", read("{\"customerId\": 1, \"category\": \"complaint\"}", NewTicket.class).get(0).field(),
                "a constant's name as written in the code, as JSON-B reads it");
        assertEquals("category", read("{\"customerId\": 1, \"category\": 3}", NewTicket.class).get(0).field());
        assertEquals(List.of(), read("{\"outcome\": \"SALE\"}", OutboundResource.OutcomeJson.class));
    }

    @Test
    void aDateThatIsNoneOrNotInIsoFormIsRefusedByField() {
        assertEquals(List.of(new StrictJson.Mismatch("callbackAt", "api.field.time", List.of("2027-03-31T09:30"))),
                read("{\"outcome\": \"CALLBACK\", \"callbackAt\": \"2027-02-31T10:00\"}", OutboundResource.OutcomeJson.class));
        assertEquals("callbackAt", read("{\"outcome\": \"CALLBACK\", \"callbackAt\": \"31/03/2027 10:00\"}",
                OutboundResource.OutcomeJson.class).get(0).field());
        assertEquals(List.of(), read("{\"outcome\": \"CALLBACK\", \"callbackAt\": \"2027-03-31T10:00\"}", OutboundResource.OutcomeJson.class));
        assertEquals(List.of(), read("{\"outcome\": \"CALLBACK\", \"callbackAt\": \"2027-03-31T10:00:30\"}", OutboundResource.OutcomeJson.class));
    }

    @Test
    void aListHoldsNoNull() {
        assertEquals(List.of(new StrictJson.Mismatch("agentIds[1]", "api.field.nullItem")),
                read("{\"agentIds\": [3, null]}", CampaignResource.CampaignJson.class));
    }
}

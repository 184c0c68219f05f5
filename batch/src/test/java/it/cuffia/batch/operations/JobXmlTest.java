package it.cuffia.batch.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The suite's jobs as their XML declares them: every run holds a lease, every chunk checks it still does (issue 18). */
class JobXmlTest {

    @Test
    void everyJobHoldsItsRunsLeaseAndEveryChunkChecksItFirst() throws Exception {
        for (String name : BatchOperations.JOBS) {
            Document job = read(name);
            Element jobListeners = child(job.getDocumentElement(), "listeners");
            assertTrue(refs(jobListeners).contains("runLease"), name + ": the job's listeners hold the run's lease");
            NodeList steps = job.getElementsByTagNameNS("*", "step");
            assertFalse(steps.getLength() == 0, name + " has steps");
            for (int i = 0; i < steps.getLength(); i++) {
                Element step = (Element) steps.item(i);
                if (child(step, "chunk") != null) {
                    assertTrue(refs(child(step, "listeners")).contains("runLeaseHeld"),
                            name + "/" + step.getAttribute("id") + ": its chunks check the lease");
                }
            }
        }
    }

    @Test
    void aRunTakenOverEndsWithTheTextOfTheServerThatRestartedIt() {
        RunTakenOver taken = new RunTakenOver(42);
        assertEquals(ExitStatus.serverLost(taken.lostServer()), ExitStatus.failed("statements", taken));
        assertEquals("batch.exit.serverLost", ExitStatus.textOf(ExitStatus.failed("statements", taken)).getKey());
        assertEquals("batch.exit.failed", ExitStatus.textOf(ExitStatus.failed("statements", new IllegalStateException("x"))).getKey());
    }

    private static Document read(String job) throws Exception {
        try (InputStream xml = JobXmlTest.class.getResourceAsStream("/META-INF/batch-jobs/" + job + ".xml")) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(xml);
        }
    }

    private static Element child(Element parent, String name) {
        for (var node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getLocalName().equals(name)) {
                return element;
            }
        }
        return null;
    }

    private static List<String> refs(Element listeners) {
        List<String> refs = new ArrayList<>();
        if (listeners != null) {
            NodeList all = listeners.getElementsByTagNameNS("*", "listener");
            for (int i = 0; i < all.getLength(); i++) {
                refs.add(((Element) all.item(i)).getAttribute("ref"));
            }
        }
        return refs;
    }
}

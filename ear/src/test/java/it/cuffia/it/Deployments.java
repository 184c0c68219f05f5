package it.cuffia.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The EAR the build produced, as deployed in production; tests add only their own classes. */
public final class Deployments {

    public static final String WEB_MODULE = "cuffia-web.war";

    private Deployments() {
    }

    private static EnterpriseArchive cuffia() {
        File ear = new File(System.getProperty("cuffia.ear", "target/cuffia.ear"));
        return ShrinkWrap.create(ZipImporter.class, "cuffia.ear").importFrom(ear).as(EnterpriseArchive.class);
    }

    /**
     * The one deployment of a test run (see {@link DeployOnce}): the production EAR with the in-server tests and
     * their fixtures added to its web module. Every test class declares this same archive.
     */
    public static EnterpriseArchive suite() {
        return cuffiaWith(AppointmentIT.class, AppointmentFixtures.class, AppointmentFixtures.Setup.class,
                OutboundIT.class, QueueFixtures.class, QueueFixtures.Setup.class, QueueFixtures.Telemarketing.class,
                LeadImportIT.class, QueueFixtures.ImportedLead.class,
                PayIT.class, ClawbackIT.class, MonthCloseIT.class, PayFixtures.class, PayFixtures.Setup.class, PayFixtures.StatementView.class,
                PersistenceIT.class, TestFixtures.class, RuleTwinsIT.class, RuleTwins.class, RuleTwins.Answers.class,
                ScriptIT.class, ScriptRecords.class, ScriptRecords.RunView.class,
                SupervisorScopeIT.class, ScopeFixtures.class, ScopeFixtures.Setup.class,
                QualityIT.class, QualityFixtures.class, QualityFixtures.World.class,
                ChannelKpiIT.class, ChannelFixtures.class, ChannelFixtures.Setup.class,
                WallboardIT.class, WallboardFixtures.class, WallboardFixtures.Setup.class,
                TimerLeaseIT.class, LeaseFixtures.class, JobRecoveryIT.class, RecoveryFixtures.class,
                PushSocketIT.class, PushSocketIT.Heard.class,
                ConsoleClient.class, Cti.class, Demo.class,
                WebFormFixtures.class, WebFormFixtures.Access.class,
                SatisfactionIT.class, SatisfactionFixtures.class, SatisfactionFixtures.Setup.class, SatisfactionFixtures.Row.class,
                SatisfactionFixtures.Access.class, ExportFixtures.class, ExportFixtures.Access.class,
                SessionEnd.class, CallsLeftOpen.class, CallsLeftOpen.Settler.class);
    }

    /** The production EAR with test classes added to its web module, for tests that run in the server. */
    private static EnterpriseArchive cuffiaWith(Class<?>... testClasses) {
        EnterpriseArchive ear = cuffia();
        WebArchive web = ear.getAsType(WebArchive.class, WEB_MODULE);
        web.addClasses(testClasses);
        web.addAsResource("test-persistence.xml", "META-INF/persistence.xml");
        web.addAsWebInfResource("test-ejb-jar.xml", "ejb-jar.xml");
        ear.delete(WEB_MODULE);
        ear.addAsModule(web);
        return ear;
    }
}

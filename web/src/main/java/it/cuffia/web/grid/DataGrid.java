package it.cuffia.web.grid;

import com.hazelcast.core.HazelcastInstance;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Payara's data grid (Hazelcast, at {@code payara/Hazelcast}): what the instances of a deployment group share in
 * memory, the way the web sessions are shared. On a single server it is the same grid with one member; a server
 * whose data grid is switched off has none, and keeps such state to itself.
 */
@ApplicationScoped
public class DataGrid {

    private static final Logger LOG = Logger.getLogger(DataGrid.class.getName());

    private Optional<HazelcastInstance> grid;

    @PostConstruct
    void find() {
        try {
            grid = Optional.of(InitialContext.doLookup("payara/Hazelcast"));
        } catch (NamingException off) {
            LOG.log(Level.INFO, "Payara''s data grid is off: push and the login throttle serve this server only ({0})", off.toString());
            grid = Optional.empty();
        }
    }

    public Optional<HazelcastInstance> instance() {
        return grid;
    }
}

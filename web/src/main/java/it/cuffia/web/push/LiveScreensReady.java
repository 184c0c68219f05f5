package it.cuffia.web.push;

import it.cuffia.shared.infrastructure.LiveChanges;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;

/** Opens {@link LiveChanges} once the web module has started (see there why not before). */
@ApplicationScoped
public class LiveScreensReady {

    void started(@Observes @Initialized(ApplicationScoped.class) Object context) {
        LiveChanges.open();
    }
}

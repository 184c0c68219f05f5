package it.cuffia.shared.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;

/**
 * Fires the events of {@link LiveChanges} through this module's bean manager, as the services' injected events do (the
 * web module observes them; an entity listener is no bean of its own).
 */
@ApplicationScoped
public class LiveChangeEvents {

    @Inject
    private Event<Object> events;

    public void fire(Object event) {
        if (events != null) {
            events.fire(event);
        } else {
            // seen on Payara 6.2025.9 in the deploy-time and timer transactions (the reason is not found yet): the instance
            // came without its injection; the bean manager of the caller fires the same event
            CDI.current().getBeanManager().getEvent().fire(event);
        }
    }
}

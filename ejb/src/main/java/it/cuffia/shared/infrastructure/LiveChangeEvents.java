package it.cuffia.shared.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
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
        events.fire(event);
    }
}

package it.cuffia.web.push;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.servlet.ServletContext;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * ConsolePush must come to life with the web module, never earlier: an event of the server's start-up that created it
 * while the web module was loading left it without its push contexts for the server's life (no push at all).
 */
class ConsolePushTest {

    @Test
    void everyDomainEventIsHeardOnlyOnceTheWebModuleHasCreatedTheBean() {
        List<String> creating = new ArrayList<>();
        int heard = 0;
        for (Method method : ConsolePush.class.getDeclaredMethods()) {
            for (Parameter parameter : method.getParameters()) {
                Observes observes = parameter.getAnnotation(Observes.class);
                if (observes == null || parameter.getType() == ServletContext.class) {
                    continue;
                }
                heard++;
                if (observes.notifyObserver() != Reception.IF_EXISTS) {
                    creating.add(method.getName());
                }
            }
        }
        assertFalse(heard == 0, "ConsolePush observes the domain's events");
        assertEquals(List.of(), creating, "observers that would create ConsolePush before the web module has started");
    }

    @Test
    void theBeanIsCreatedByTheWebModulesOwnStart() throws NoSuchMethodException {
        Method started = ConsolePush.class.getDeclaredMethod("webModuleStarted", ServletContext.class);
        Parameter webModule = started.getParameters()[0];
        assertEquals(Reception.ALWAYS, webModule.getAnnotation(Observes.class).notifyObserver());
        assertEquals(ApplicationScoped.class, webModule.getAnnotation(Initialized.class).value());
    }
}

package it.cuffia.web.faces;

import jakarta.faces.context.FacesContext;
import java.util.function.Supplier;

/**
 * A value a view's getter reads once per request, however often EL asks for it: Faces evaluates a {@code ui:repeat}'s
 * or a table's value on every visit of the tree (a table filter's ajax request read a campaign's lead counts five
 * times, 509 ms at a million leads, and rendered none of them).
 */
public final class PerRequest {

    private PerRequest() {
    }

    /** The value under {@code key} computed in this request, or computed now; {@code key} names the view and the value. */
    @SuppressWarnings("unchecked")
    public static <T> T once(String key, Supplier<T> value) {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context == null) {
            return value.get();
        }
        return (T) context.getAttributes().computeIfAbsent(key, k -> value.get());
    }
}

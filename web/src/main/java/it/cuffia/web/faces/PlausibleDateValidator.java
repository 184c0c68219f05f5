package it.cuffia.web.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;

/**
 * Every date field of every form (a default validator): a date typed wrongly (45/13/2027 became 04/05/1320 in the
 * picker) is refused with the field's name instead of being saved. The suite's dates are this century's and the next.
 */
@FacesValidator(value = "cuffia.plausibleDate", isDefault = true)
public class PlausibleDateValidator implements Validator<Object> {

    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2199;

    @Override
    public void validate(FacesContext context, UIComponent component, Object value) {
        if (value instanceof LocalDate || value instanceof LocalDateTime) {
            int year = ((TemporalAccessor) value).get(ChronoField.YEAR);
            if (!plausible(year)) {
                Object label = component.getAttributes().get("label");
                String field = label == null ? component.getId() : label.toString();
                String text = Messages.text(context.getViewRoot().getLocale(), "date.implausible", field, FIRST_YEAR, LAST_YEAR);
                throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
            }
        }
    }

    static boolean plausible(int year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }
}

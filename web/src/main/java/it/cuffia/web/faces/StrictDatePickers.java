package it.cuffia.web.faces;

import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import org.primefaces.component.datepicker.DatePicker;

/**
 * Every date field of every form, registered in faces-config.xml for each picker added to a view: a date that
 * cannot be a date is refused with the field's name ("Valido fino al: data non valida.") instead of being
 * changed or dropped. By default PrimeFaces does both: its picker empties a field whose text it cannot read
 * when the field loses focus (so 31/02/2027 was saved as no date at all, or refused as a missing required
 * field), and the server reads 31/02/2027 as 28/02/2027 (the lenient SMART resolver).
 */
public class StrictDatePickers implements SystemEventListener {

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof DatePicker;
    }

    @Override
    public void processEvent(SystemEvent event) {
        DatePicker picker = (DatePicker) event.getSource();
        picker.setKeepInvalid(true);
        picker.setResolverStyle("STRICT");
    }
}

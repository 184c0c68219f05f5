package it.cuffia.web.faces;

import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import org.primefaces.component.datepicker.DatePicker;

/**
 * Every date field of every form, registered in faces-config.xml for each picker added to a view: a date that
 * cannot be a date is refused with the field's name ("Valido fino al: data non valida.") instead of being
 * changed or dropped. By default PrimeFaces does both: its picker empties a field whose text it cannot read
 * when the field loses focus (so 31/02/2027 was saved as no date at all, or refused as a missing required
 * field), and the server reads 31/02/2027 as 28/02/2027 (the lenient SMART resolver). Date-and-time and time
 * fields get the strict reading only (see below).
 */
public class StrictDatePickers implements SystemEventListener {

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof DatePicker;
    }

    @Override
    public void processEvent(SystemEvent event) {
        DatePicker picker = (DatePicker) event.getSource();
        picker.setResolverStyle("STRICT");
        // date fields only: a date-and-time field kept this way lost the keys typed into its mask after the first
        // (the outbound callback read "0_/__/____ __:__"), so it keeps PrimeFaces' own handling
        if (!picker.isShowTime() && !picker.isTimeOnly()) {
            picker.setKeepInvalid(true);
        }
    }
}

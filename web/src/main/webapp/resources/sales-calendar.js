/*
 * Formats of the sales calendar (p:schedule extender, called before FullCalendar renders).
 * FullCalendar's English defaults read "9am" and "Mon 3/9": a 24-hour clock and day headers that name the
 * month are unambiguous to every reader, so both languages use them (Italian: "09:00", "lun 9 mar").
 * Weeks start on Monday in English too: the visits are in Italy, whatever language the reader chose.
 */
function salesCalendarFormats() {
    var clock = {hour: '2-digit', minute: '2-digit', hour12: false};
    var options = this.cfg.options;
    options.firstDay = 1;
    options.slotLabelFormat = clock;
    options.eventTimeFormat = clock;
    options.views = options.views || {};
    options.views.timeGridWeek = {dayHeaderFormat: {weekday: 'short', day: 'numeric', month: 'short'}};
    options.views.timeGridDay = {dayHeaderFormat: {weekday: 'long', day: 'numeric', month: 'long'}};
}

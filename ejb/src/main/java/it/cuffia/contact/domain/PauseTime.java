package it.cuffia.contact.domain;

/**
 * How time in a state counts for the time KPIs (DOMAIN.md: logged = any state but LOGGED_OUT, available =
 * logged − PAUSED, occupancy = handle time / available time), with the pause code's flags:
 * <ul>
 * <li>a <b>paid</b> pause is logged (paid) time; an unpaid one (lunch) is not logged;</li>
 * <li>a <b>productive</b> pause (training, a team meeting) is work: it counts as available and as occupied,
 * so it raises occupancy instead of lowering the agent's available time to nothing;</li>
 * <li>a plain paid pause (coffee break) is logged but neither available nor occupied, as every pause was
 * before pause codes: a pause without code (a supervisor's forced pause, a reason typed) counts so.</li>
 * </ul>
 */
public record PauseTime(boolean paid, boolean productive) {

    /** A pause without a code. */
    public static final PauseTime PLAIN = new PauseTime(true, false);

    /** Counts in the logged (paid) hours. */
    public boolean logged() {
        return paid;
    }

    /** Counts in the available time, the denominator of occupancy. */
    public boolean available() {
        return productive;
    }

    /** Counts as occupied time, the numerator of occupancy. */
    public boolean occupied() {
        return productive;
    }
}

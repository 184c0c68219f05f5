package it.cuffia.ticketing.domain;

import it.cuffia.shared.domain.DomainException;

/** 1 front line, 2 specialists and supervisors, 3 the client's back office. */
public final class SupportLevel {

    public static final int FRONT_LINE = 1;
    public static final int SPECIALISTS = 2;
    public static final int BACK_OFFICE = 3;

    private SupportLevel() {
    }

    public static int checked(int level) {
        if (level < FRONT_LINE || level > BACK_OFFICE) {
            throw new DomainException("ticket.level.invalid", level);
        }
        return level;
    }
}

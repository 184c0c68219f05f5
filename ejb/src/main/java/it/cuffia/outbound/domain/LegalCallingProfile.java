package it.cuffia.outbound.domain;

import it.cuffia.shared.domain.ItalianHolidays;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;

/** The hours the law (or the code of conduct the client signed) allows for outbound calls. */
public enum LegalCallingProfile {

    /**
     * Italian telemarketing code of conduct (2024), the default: weekdays 09–20; Saturdays and the
     * day before a national holiday 10–19; never on Sundays or national holidays.
     */
    TELEMARKETING_CODE_2024 {
        @Override
        public Optional<TimeWindow> windowOn(LocalDate date) {
            if (isRestDay(date)) {
                return Optional.empty();
            }
            // A Friday before a holiday counts as an eve, not as a weekday
            if (date.getDayOfWeek() == DayOfWeek.SATURDAY || ItalianHolidays.isHoliday(date.plusDays(1))) {
                return Optional.of(TimeWindow.of(10, 19));
            }
            return Optional.of(TimeWindow.of(9, 20));
        }
    },

    /** Pure surveys, without commercial purpose: Monday–Saturday 09–21, never Sundays or holidays. */
    SURVEY_WIDE {
        @Override
        public Optional<TimeWindow> windowOn(LocalDate date) {
            return isRestDay(date) ? Optional.empty() : Optional.of(TimeWindow.of(9, 21));
        }

        @Override
        public boolean fits(boolean commercialPurpose) {
            return !commercialPurpose;
        }
    };

    public static final LegalCallingProfile DEFAULT = TELEMARKETING_CODE_2024;

    /** The hours a campaign gets unless the admin chooses others: the wider survey hours only without a commercial purpose. */
    public static LegalCallingProfile standardFor(boolean commercialPurpose) {
        return commercialPurpose ? TELEMARKETING_CODE_2024 : SURVEY_WIDE;
    }

    /** Whether a campaign with (or without) a commercial purpose may call in these hours. */
    public boolean fits(boolean commercialPurpose) {
        return true;
    }

    /** The allowed hours on that date, in the lead's local time; empty when no call is allowed. */
    public abstract Optional<TimeWindow> windowOn(LocalDate date);

    private static boolean isRestDay(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SUNDAY || ItalianHolidays.isHoliday(date);
    }
}

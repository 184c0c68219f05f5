package it.cuffia.outbound.domain;

import it.cuffia.crm.domain.ConsentPurpose;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * The consent columns of one row: each purpose stated yes, no, or not at all (null), when and where.
 *
 * @param statedAt null when the file gives no date: the import's time is used
 * @param source   null when the file gives none: the file is the source
 */
public record LeadConsents(Boolean marketing, Boolean survey, Instant statedAt, String source) {

    public static final LeadConsents NONE = new LeadConsents(null, null, null, null);

    /** Purpose → given (true) or refused (false), only for the purposes the row states. */
    public Map<ConsentPurpose, Boolean> statements() {
        Map<ConsentPurpose, Boolean> statements = new EnumMap<>(ConsentPurpose.class);
        if (marketing != null) statements.put(ConsentPurpose.MARKETING, marketing);
        if (survey != null) statements.put(ConsentPurpose.SURVEY, survey);
        return statements;
    }
}

package dev.viva.support;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * A from/to query parameter: an ISO date-time, or a date standing for its start (from) or its end
 * (to), between the years 1970 and 9999 (PostgreSQL and the data know no other).
 */
public final class DateParameter {

    private static final OffsetDateTime EARLIEST = OffsetDateTime.of(1970, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
    private static final OffsetDateTime LATEST = OffsetDateTime.of(10000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    private DateParameter() {
    }

    /** A day parameter (a date like 2026-11-23) within the same years. */
    public static LocalDate day(String name, String value) {
        LocalDate day;
        try {
            day = LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw DomainException.invalidInput(name + " must be a date like 2026-11-23 (got '" + value + "').");
        }
        return inRange(name, day.atStartOfDay().atOffset(ZoneOffset.UTC), value).toLocalDate();
    }

    /** The {@code from} parameter: a date stands for its start. */
    public static OffsetDateTime from(String value) {
        return parse("from", value, false);
    }

    /** The {@code to} parameter: a date stands for its end. */
    public static OffsetDateTime to(String value) {
        return parse("to", value, true);
    }

    private static OffsetDateTime parse(String name, String value, boolean endOfDay) {
        try {
            return inRange(name, OffsetDateTime.parse(value), value);
        } catch (DateTimeParseException notDateTime) {
            try {
                LocalDate day = LocalDate.parse(value);
                return inRange(name, (endOfDay ? day.plusDays(1) : day).atStartOfDay().atOffset(ZoneOffset.UTC), value);
            } catch (DateTimeParseException notDate) {
                throw DomainException.invalidInput(name + " must be an ISO date (2026-11-23) or date-time "
                        + "(2026-11-23T10:15:00Z); got '" + value + "'.");
            }
        }
    }

    private static OffsetDateTime inRange(String name, OffsetDateTime t, String value) {
        if (t.isBefore(EARLIEST) || t.isAfter(LATEST)) {
            throw DomainException.invalidInput(name + " must be between 1970 and 9999; got '" + value + "'.");
        }
        return t;
    }
}

package dev.viva.support;

import dev.viva.problem.ProblemException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** A from/to query parameter: an ISO date-time, or a date standing for its start (from) or its end (to). */
public final class DateParameter {

    private DateParameter() {
    }

    public static OffsetDateTime from(String name, String value) {
        return parse(name, value, false);
    }

    public static OffsetDateTime to(String name, String value) {
        return parse(name, value, true);
    }

    private static OffsetDateTime parse(String name, String value, boolean endOfDay) {
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException notDateTime) {
            try {
                LocalDate day = LocalDate.parse(value);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay().atOffset(ZoneOffset.UTC);
            } catch (DateTimeParseException notDate) {
                throw ProblemException.badRequest(name + " must be an ISO date (2026-11-23) or date-time "
                        + "(2026-11-23T10:15:00Z); got '" + value + "'.");
            }
        }
    }
}

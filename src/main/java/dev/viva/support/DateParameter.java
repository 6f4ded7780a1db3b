package dev.viva.support;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** A from/to query parameter: an ISO date-time, or a date standing for its start (from) or its end (to). */
public final class DateParameter {

    private DateParameter() {
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
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException notDateTime) {
            try {
                LocalDate day = LocalDate.parse(value);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay().atOffset(ZoneOffset.UTC);
            } catch (DateTimeParseException notDate) {
                throw DomainException.invalidInput(name + " must be an ISO date (2026-11-23) or date-time "
                        + "(2026-11-23T10:15:00Z); got '" + value + "'.");
            }
        }
    }
}

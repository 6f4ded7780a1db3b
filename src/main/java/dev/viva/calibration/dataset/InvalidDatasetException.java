package dev.viva.calibration.dataset;

import dev.viva.support.LineError;
import java.util.List;

/** A data set with at least one bad line; carries every problem found (up to a cap), by line. */
public class InvalidDatasetException extends RuntimeException {

    private final List<LineError> errors;

    public InvalidDatasetException(List<LineError> errors) {
        super(errors.isEmpty() ? "invalid data set" : "line " + errors.get(0).line() + ": " + errors.get(0).message());
        this.errors = List.copyOf(errors);
    }

    public List<LineError> errors() {
        return errors;
    }
}

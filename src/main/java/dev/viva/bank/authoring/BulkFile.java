package dev.viva.bank.authoring;

import dev.viva.support.LineError;
import java.util.List;

/** A bulk file as read: the lines that are questions, and what is wrong with the others. */
public record BulkFile(List<NumberedRequest> requests, List<LineError> errors) {

    public BulkFile {
        requests = List.copyOf(requests);
        errors = List.copyOf(errors);
    }
}

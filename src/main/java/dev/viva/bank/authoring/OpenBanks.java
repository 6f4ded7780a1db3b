package dev.viva.bank.authoring;

import dev.viva.question.BankConfig;
import dev.viva.question.QuestionRepository;
import dev.viva.support.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Which banks take questions created through the API: any but Viva's own. Closed are the shipped bank
 * ({@code viva.bank.name}) and the names of its document folders ({@code questions/nodejs}: nodejs),
 * which reviewers feed by importing documents, and every bank holding questions Viva brought in (a
 * calibration run's), so that a caller's question never poses as shipped content.
 */
@ApplicationScoped
public class OpenBanks {

    private final BankConfig config;
    private final QuestionRepository questions;

    public OpenBanks(BankConfig config, QuestionRepository questions) {
        this.config = config;
        this.questions = questions;
    }

    /** @throws DomainException (unprocessable) naming the bank when it is closed; call inside a transaction */
    public void requireOpen(String bank) {
        if (shipped().contains(bank)) {
            throw closed(bank, "is a shipped bank (" + String.join(", ", shipped()) + ")");
        }
        if (questions.bankHasQuestionsWithoutOwner(bank)) {
            throw closed(bank, "holds questions Viva brought in (imported documents or a calibration run)");
        }
    }

    /** The shipped bank and its document folders' names. */
    Set<String> shipped() {
        Set<String> names = new TreeSet<>();
        names.add(config.name());
        Path dir = Path.of(config.dir());
        if (Files.isDirectory(dir)) {
            try (Stream<Path> entries = Files.list(dir)) {
                entries.filter(Files::isDirectory).map(p -> p.getFileName().toString().toLowerCase(Locale.ROOT))
                        .forEach(names::add);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot list the bank folder " + dir, e);
            }
        }
        return names;
    }

    private static DomainException closed(String bank, String why) {
        return new DomainException(DomainException.Kind.UNPROCESSABLE, "Bank closed to API questions", "bank: '" + bank
                + "' " + why + "; questions created through the API go into a bank of their own (any other slug).");
    }
}

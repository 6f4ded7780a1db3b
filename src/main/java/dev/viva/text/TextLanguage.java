package dev.viva.text;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * The language a text is written in, from Optimaize's n-gram profiles of 70 languages (in the jar, no
 * network): an ISO 639-1 code when one language is at least {@code minProbability} likely, else nothing.
 * Code, URLs and e-mail addresses are left out of the text first (its large-text factory).
 */
@ApplicationScoped
public class TextLanguage {

    private final LanguageDetector detector;
    private final TextObjectFactory texts = CommonTextObjectFactories.forDetectingOnLargeText();

    public TextLanguage() {
        try {
            detector = LanguageDetectorBuilder.create(NgramExtractors.standard())
                    .withProfiles(new LanguageProfileReader().readAllBuiltIn()).build();
        } catch (IOException e) {
            throw new UncheckedIOException("the language profiles in language-detector's jar", e);
        }
    }

    /** {@link #of} for a model answer, remembered (the same few texts come back for every grading; never an answer). */
    @io.quarkus.cache.CacheResult(cacheName = "model-answer-language")
    public Optional<String> ofModelAnswer(String modelAnswer, double minProbability) {
        return of(modelAnswer, minProbability);
    }

    /** The language of the text if it is clear: at least {@code minProbability} (0..1) for one language. */
    public Optional<String> of(String text, double minProbability) {
        List<DetectedLanguage> found = detector.getProbabilities(texts.forText(text));
        if (found.isEmpty() || found.getFirst().getProbability() < minProbability) {
            return Optional.empty();
        }
        return Optional.of(found.getFirst().getLocale().getLanguage());
    }
}

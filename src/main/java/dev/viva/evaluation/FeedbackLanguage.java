package dev.viva.evaluation;

import java.util.Locale;

/** The language a learner asked the feedback in: the request's lang, else the first of Accept-Language. */
final class FeedbackLanguage {

    private FeedbackLanguage() {
    }

    static String of(String lang, String acceptLanguage) {
        if (lang != null && !lang.isBlank()) {
            return Locale.forLanguageTag(lang.strip()).toLanguageTag();
        }
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return null;
        }
        try {
            return Locale.LanguageRange.parse(acceptLanguage).stream()
                    .filter(r -> !r.getRange().equals("*"))
                    .map(r -> Locale.forLanguageTag(r.getRange()).toLanguageTag())
                    .filter(t -> !t.equals("und")).findFirst().orElse(null);
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }
}

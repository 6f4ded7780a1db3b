package dev.viva.bank.authoring;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A question as an API caller writes it: to create one (bank, text and model answer required) or to
 * change one (every field optional; those given replace the question's).
 */
@Schema(description = "A question of your own. To create one, bank, text and modelAnswer are required; to change"
        + " one (PUT), every field is optional and those given replace the question's.")
public record QuestionRequest(
        @Schema(description = "Slug: lowercase letters, digits, hyphens and dots, at most 100 characters; derived"
                + " from the text when absent", examples = "acme.what-closure")
        @Pattern(regexp = SLUG, message = SLUG_MESSAGE) @Size(max = MAX_ID, message = "must be at most {max} characters")
        String id,
        @Schema(description = "The bank (slug) to keep it in; not the shipped bank", examples = "acme-js")
        @NotNull(groups = OnCreate.class, message = "is required")
        @Pattern(regexp = SLUG, message = SLUG_MESSAGE) @Size(max = MAX_BANK, message = "must be at most {max} characters")
        String bank,
        @Schema(examples = "What is a closure in JavaScript?")
        @NotNull(groups = OnCreate.class, message = "is required")
        @Pattern(regexp = NOT_BLANK, message = "must not be blank")
        @Size(max = MAX_TEXT, message = "must be at most {max} characters") String text,
        @Schema(examples = "Functions")
        @Pattern(regexp = NOT_BLANK, message = "must not be blank")
        @Size(max = MAX_TOPIC, message = "must be at most {max} characters") String topic,
        @Schema(description = "The answer graded against; a rubric is drafted from it unless one is given",
                examples = "A closure is a function together with the variables of the scope it was created in.")
        @NotNull(groups = OnCreate.class, message = "is required")
        @Pattern(regexp = NOT_BLANK, message = "must not be blank")
        @Size(max = MAX_MODEL_ANSWER, message = "must be at most {max} characters") String modelAnswer,
        @Schema(description = "A rubric to use instead of drafting one: as PUT /api/questions/{id}/rubric takes it"
                + " ({criteria, notes}), or just its criteria array")
        GivenRubric rubric,
        @Schema(description = "Approve the rubric at once (origin auto, no reviewer); by default it waits for a"
                + " reviewer's approval and the question cannot be graded until then", defaultValue = "false")
        Boolean autoApprove) {

    public static final int MAX_ID = 100;
    public static final int MAX_BANK = 60;
    public static final int MAX_TEXT = 10_000;
    public static final int MAX_TOPIC = 200;
    public static final int MAX_MODEL_ANSWER = 20_000;
    /** Starts with a letter or digit, so that an id is never "." or ".." in a path. */
    public static final String SLUG = "[a-z0-9][a-z0-9.-]*";
    static final String SLUG_MESSAGE = "must be a slug: lowercase letters, digits, hyphens and dots, starting with a"
            + " letter or digit";
    private static final String NOT_BLANK = "[\\s\\S]*\\S[\\s\\S]*";

    /** The constraints that apply only when a question is created. */
    public interface OnCreate {
    }

    public boolean approveAtOnce() {
        return Boolean.TRUE.equals(autoApprove);
    }
}

package dev.viva.llm;

/** The model answered, but not with a usable grading (not JSON, wrong shape, criteria missing). */
public class MalformedReplyException extends RuntimeException {

    private final String reply;

    public MalformedReplyException(String message, String reply, Throwable cause) {
        super(message, cause);
        this.reply = reply;
    }

    /** The reply as far as it is known, to show the model in the repair prompt. */
    public String reply() {
        return reply;
    }
}

package dev.viva.web;

/**
 * How long a person must wait after too many failed sign-ins, as the login page says it. The seconds come
 * from the redirect's query: shown, never trusted (the wait itself is kept on the server).
 */
public record SignInWait(long seconds, boolean locked) {

    private static final long MAX_SHOWN = 24 * 3600;

    static SignInWait parse(String seconds, boolean locked) {
        if (seconds == null || !seconds.matches("[0-9]{1,6}")) {
            return null;
        }
        return new SignInWait(Math.min(Long.parseLong(seconds), MAX_SHOWN), locked);
    }

    /** "12 seconds", "1 minute", "15 minutes". */
    public String inWords() {
        if (seconds < 120) {
            return seconds + (seconds == 1 ? " second" : " seconds");
        }
        long minutes = (seconds + 59) / 60;
        return minutes + " minutes";
    }
}

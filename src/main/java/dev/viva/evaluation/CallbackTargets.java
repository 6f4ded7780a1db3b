package dev.viva.evaluation;

/** Decides where a caller's callbacks may go; refuses (a domain failure) any other address. */
public interface CallbackTargets {

    void requireAllowed(String callbackUrl, String clientRef);
}

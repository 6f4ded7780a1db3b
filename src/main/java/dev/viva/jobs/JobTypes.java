package dev.viva.jobs;

import java.util.Locale;

/**
 * The bounded name of a kind of job, from its handler's class: {@code dev.viva.webhook.DeliverWebhookHandler}
 * is {@code deliver_webhook}. One per handler in the code, so a safe meter tag.
 */
final class JobTypes {

    private JobTypes() {
    }

    static String of(String handlerClassName) {
        String simple = handlerClassName.substring(handlerClassName.lastIndexOf('.') + 1);
        if (simple.endsWith("Handler")) {
            simple = simple.substring(0, simple.length() - "Handler".length());
        }
        return simple.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}

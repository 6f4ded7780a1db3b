package dev.viva.question.importer;

import java.util.List;

/** The seed documents and the question ids they must yield, in document order. */
public final class SeedDocuments {

    public static final String DOC_000 = "nodejs/000_4b901903abdd6fa9.txt";
    public static final String DOC_002 = "nodejs/002_103c72581b15f37f.txt";

    public static final List<String> IDS_000 = List.of(
            "child-process-nodejs",
            "worker-thread-nodejs",
            "what-nodejs-how-differs-server-side",
            "what-benefits-using-nodejs-server-side",
            "how-handle-asynchronous-operations-nodejs",
            "concept-streams-nodejs-usage",
            "what-expressjs-why-commonly-used-nodejs",
            "have-used-orm-object-relational-mapping",
            "how-handle-errors-implement-error-handling",
            "what-tools-strategies-use-ensure-performance",
            "process-deploying-nodejs-application-production-environment",
            "have-worked-databases-conjunction-nodejs-which",
            "what-event-driven-architecture-nodejs-how",
            "how-nodejs-handle-module-dependencies-what",
            "what-differences-between-callbacks-promises-async",
            "concept-middleware-expressjs-usage",
            "how-handle-authentication-authorization-nodejs-application",
            "what-clustering-nodejs-how-used-improve",
            "have-worked-websocket-technology-nodejs-how",
            "what-security-best-practices-follow-when",
            "nodejs-single-threaded-how-handles-concurrency",
            "promises");

    public static final List<String> IDS_002 = List.of(
            "what-nodejs",
            "what-event-loop",
            "how-event-loop-work",
            "event-loop-phases",
            "event-loop-action",
            "nodejs-vs-browser-javascript",
            "streams",
            "buffers",
            "process-os-modules",
            "child-processes",
            "when-use-nodejs",
            "task-running-pararlel");

    private SeedDocuments() {
    }
}

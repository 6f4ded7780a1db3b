package dev.viva.instances;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An erasure of a large history, killed with kill -9 half-way: after the restart it goes on where it stopped
 * (each batch was committed with its count), ends done, counts every record once, and leaves no trace.
 */
class ErasureResumesAfterKillNineIT {

    private static final String SCHEMA = "viva_it_erase";
    private static final String REF = "it-erase-person-7";
    private static final String WORDS = "zephkillnine";
    private static final int HISTORY = 400;

    @Test
    void anErasureCrashedHalfWayCompletesAfterARestart() throws Exception {
        VivaProcess.freshSchema(SCHEMA);
        Map<String, String> settings = new LinkedHashMap<>(VivaProcess.quickRecovery());
        settings.put("viva.people.erasure.inline-max", "10");
        settings.put("viva.people.erasure.batch-size", "20");
        settings.put("viva.people.erasure.batch-pause", "300ms");
        settings.put("viva.people.erasure.stale-after", "5s");
        settings.put("viva.people.erasure.resume-every", "2s");
        try (VivaProcess viva = VivaProcess.start("eraser", SCHEMA, settings)) {
            sql("INSERT INTO " + SCHEMA + ".evaluation (id, question_id, candidate_ref, answer, answer_hash, requested_grader,"
                    + " status, score, criteria, flags, created_at, graded_at) SELECT gen_random_uuid(), 'what-event-loop', '"
                    + REF + "', 'An answer about the loop, " + WORDS + " ' || g, md5(g::text), 'OFFLINE', 'GRADED', 50,"
                    + " '[]', '[]', now(), now() FROM generate_series(1, " + HISTORY + ") g");

            JsonNode started = ScreeningApi.send(viva, "DELETE", "/api/people/" + REF, null, null, 202);
            String id = started.get("id").asText();
            JsonNode seen = awaitReceipt(viva, id, r -> r.path("counts").path("evaluations").asLong() >= 60, 60);
            viva.kill();
            long left = count("SELECT count(*) FROM " + SCHEMA + ".evaluation WHERE candidate_ref = '" + REF + "'");
            System.out.println("kill -9 with " + seen.get("counts") + "; " + left + " evaluations left");
            assertThat(seen.get("status").asText()).isEqualTo("running");
            assertThat(left).as("killed half-way").isBetween(1L, (long) HISTORY - 60);

            viva.launch();
            JsonNode done = awaitReceipt(viva, id, r -> "done".equals(r.get("status").asText()), 120);

            assertThat(done.get("counts").get("evaluations").asLong()).as("each record counted once").isEqualTo(HISTORY);
            assertThat(tablesHolding(REF)).as("tables naming the person").isEmpty();
            assertThat(tablesHolding(WORDS)).as("tables holding the answers").isEmpty();
            assertThat(count("SELECT count(*) FROM " + SCHEMA + ".person_erasure WHERE status = 'done' AND person_ref IS NULL"))
                    .as("the tombstone").isEqualTo(1);
            String log = java.nio.file.Files.readString(viva.log());
            assertThat(log).as("the instance's log").contains("Erasure " + id).doesNotContain(REF).doesNotContain(WORDS);
        }
    }

    private static JsonNode awaitReceipt(VivaProcess viva, String id, java.util.function.Predicate<JsonNode> until, int seconds)
            throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        JsonNode last = ScreeningApi.send(viva, "GET", "/api/erasures/" + id, null, null, 200);
        while (!until.test(last)) {
            if (System.nanoTime() > end) {
                throw new AssertionError("not reached within " + seconds + " s: " + last);
            }
            Thread.sleep(100);
            last = ScreeningApi.send(viva, "GET", "/api/erasures/" + id, null, null, 200);
        }
        return last;
    }

    private static java.util.Set<String> tablesHolding(String needle) throws Exception {
        try (Connection c = VivaProcess.connection()) {
            return dev.viva.people.TableSearch.find(c, SCHEMA, needle).keySet();
        }
    }

    private static void sql(String statement) throws Exception {
        try (Connection c = VivaProcess.connection(); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    private static long count(String query) throws Exception {
        try (Connection c = VivaProcess.connection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(query)) {
            r.next();
            return r.getLong(1);
        }
    }
}

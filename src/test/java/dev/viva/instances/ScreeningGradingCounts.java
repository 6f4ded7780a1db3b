package dev.viva.instances;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;

/** What the database says about a screening's gradings: per answer, how often it was begun and recorded. */
public record ScreeningGradingCounts(int answers, int gradedOrNeedsReview, int ungraded, int recordedMoreThanOnce,
        int begunMoreThanOnce, int maxBegun, Map<String, Integer> gradedByInstance) {

    public static ScreeningGradingCounts of(String schema, String screening) throws SQLException {
        try (Connection c = VivaProcess.connection()) {
            ResultSet r = c.createStatement().executeQuery("SELECT count(*),"
                    + " count(*) FILTER (WHERE e.status IN ('GRADED', 'NEEDS_REVIEW')),"
                    + " count(*) FILTER (WHERE e.status = 'UNGRADED'),"
                    + " count(*) FILTER (WHERE e.attempts > 1),"
                    + " count(*) FILTER (WHERE a.grading_starts > 1),"
                    + " COALESCE(max(a.grading_starts), 0)"
                    + " FROM " + schema + ".evaluation e JOIN " + schema + ".screening_answer a ON a.evaluation_id = e.id"
                    + " WHERE e.screening_id = '" + screening + "'");
            r.next();
            Map<String, Integer> byInstance = new TreeMap<>();
            ResultSet i = c.createStatement().executeQuery("SELECT COALESCE(graded_by, '(retry job)'), count(*) FROM "
                    + schema + ".screening_answer WHERE screening_id = '" + screening + "' GROUP BY 1");
            while (i.next()) {
                byInstance.put(i.getString(1), i.getInt(2));
            }
            return new ScreeningGradingCounts(r.getInt(1), r.getInt(2), r.getInt(3), r.getInt(4), r.getInt(5), r.getInt(6),
                    byInstance);
        }
    }
}

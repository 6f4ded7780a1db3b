package dev.viva.interview;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A learner's scores per topic over time: one point per finished interview that asked about the topic. */
public record LearnerProgress(String learnerRef, int interviews, List<TopicProgress> topics) {

    public record TopicProgress(String topic, List<Point> points,
            @Schema(nullable = true, description = "last score minus the first") BigDecimal change) {
    }

    public record Point(UUID interviewId, OffsetDateTime finishedAt, BigDecimal meanScore, int questions) {
    }
}

package dev.viva.ops;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The tokenizer the dashboard and alert checks rely on: it must find every name and nothing else. */
class PromQlNamesTest {

    @Test
    void findsTheMetricInsideFunctionsAndIgnoresLabelsRangesAndGrafanaVariables() {
        assertThat(PromQlNames.of("histogram_quantile(0.95, sum by (le, grader) "
                + "(rate(viva_grading_duration_seconds_bucket{grader=\"llm\", outcome!~\"cach.*\"}[$__rate_interval])))"))
                .containsExactly("viva_grading_duration_seconds_bucket");
    }

    @Test
    void findsEveryOperandOfABinaryExpressionAndSkipsKeywordsAndNumbers() {
        assertThat(PromQlNames.of("sum(rate(viva_webhook_attempts_total{outcome!=\"delivered\"}[15m])) / "
                + "sum(rate(viva_webhook_attempts_total[15m])) > 0.10 and on (instance) up offset 5m == 1e3"))
                .containsExactly("up", "viva_webhook_attempts_total");
    }

    @Test
    void aBareMetricIsAName() {
        assertThat(PromQlNames.of("max(delta(viva_ungraded_backlog[15m])) > 0 and max(viva_ungraded_backlog) > 0"))
                .containsExactly("viva_ungraded_backlog");
        assertThat(PromQlNames.of("no_such_metric")).containsExactly("no_such_metric");
    }
}

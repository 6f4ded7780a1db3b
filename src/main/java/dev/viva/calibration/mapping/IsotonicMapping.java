package dev.viva.calibration.mapping;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * A non-decreasing step map fitted on the fitting split by pool-adjacent-violators: blocks of Viva
 * scores with the mean human fraction of each block; between blocks it interpolates linearly, beyond
 * the ends it keeps the end values.
 */
record IsotonicMapping(double[] knots, double[] values) implements FittedMapping {

    static FittedMapping fit(double[] viva, double[] humanFraction) {
        int n = viva.length;
        if (n == 0) {
            return FittedMapping.IDENTITY;
        }
        Integer[] order = IntStream.range(0, n).boxed().sorted(Comparator.comparingDouble(i -> viva[i]))
                .toArray(Integer[]::new);
        List<double[]> blocks = new ArrayList<>(); // {sum of x, sum of y, count}
        for (int i : order) {
            blocks.add(new double[] {viva[i], humanFraction[i], 1});
            while (blocks.size() > 1 && mean(blocks.get(blocks.size() - 2)) >= mean(blocks.get(blocks.size() - 1))) {
                double[] last = blocks.remove(blocks.size() - 1);
                double[] prev = blocks.get(blocks.size() - 1);
                prev[0] += last[0];
                prev[1] += last[1];
                prev[2] += last[2];
            }
        }
        double[] knots = new double[blocks.size()];
        double[] values = new double[blocks.size()];
        for (int b = 0; b < blocks.size(); b++) {
            knots[b] = blocks.get(b)[0] / blocks.get(b)[2];
            values[b] = mean(blocks.get(b));
        }
        return new IsotonicMapping(knots, values);
    }

    private static double mean(double[] block) {
        return block[1] / block[2];
    }

    @Override
    public double fraction(double viva) {
        int i = Arrays.binarySearch(knots, viva);
        if (i >= 0) {
            return FittedMapping.clip(values[i]);
        }
        int upper = -i - 1;
        if (upper == 0) {
            return FittedMapping.clip(values[0]);
        }
        if (upper == knots.length) {
            return FittedMapping.clip(values[knots.length - 1]);
        }
        double t = (viva - knots[upper - 1]) / (knots[upper] - knots[upper - 1]);
        return FittedMapping.clip(values[upper - 1] + t * (values[upper] - values[upper - 1]));
    }

    @Override
    public Map<String, Object> parameters() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("formula", "isotonic step map of score onto the fraction of max_score, interpolated between blocks");
        p.put("blocks", knots.length);
        p.put("knots", Arrays.stream(knots).map(k -> Math.round(k * 100) / 100.0).boxed().toList());
        p.put("fractions", Arrays.stream(values).map(v -> Math.round(v * 1e4) / 1e4).boxed().toList());
        return p;
    }
}

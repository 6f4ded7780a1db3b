package dev.viva.people;

import java.util.Map;
import java.util.TreeMap;

/** How many records of each kind a removal deleted (or made anonymous), for receipts and the retention log. */
public final class RemovalCounts {

    private final Map<String, Long> counts = new TreeMap<>();

    public RemovalCounts() {
    }

    public RemovalCounts(Map<String, ? extends Number> earlier) {
        if (earlier != null) {
            earlier.forEach((kind, n) -> add(kind, n.longValue()));
        }
    }

    public void add(String kind, long n) {
        if (n > 0) {
            counts.merge(kind, n, Long::sum);
        }
    }

    public void addAll(RemovalCounts other) {
        other.counts.forEach(this::add);
    }

    public long total() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    public Map<String, Long> asMap() {
        return new TreeMap<>(counts);
    }

    @Override
    public String toString() {
        return counts.toString();
    }
}

package dev.viva.http;

import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.ReadWriteSpan;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.opentelemetry.sdk.trace.data.SpanData;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;

/** Test only: the last spans that ended, as an exporter would receive them. */
@ApplicationScoped
public class RecordedSpans implements SpanProcessor {

    private static final int KEPT = 5000;
    private final ConcurrentLinkedDeque<SpanData> ended = new ConcurrentLinkedDeque<>();

    @Override
    public void onStart(Context parentContext, ReadWriteSpan span) {
    }

    @Override
    public boolean isStartRequired() {
        return false;
    }

    @Override
    public void onEnd(ReadableSpan span) {
        ended.addLast(span.toSpanData());
        while (ended.size() > KEPT) {
            ended.pollFirst();
        }
    }

    @Override
    public boolean isEndRequired() {
        return true;
    }

    public void clear() {
        ended.clear();
    }

    public List<SpanData> all() {
        return new ArrayList<>(ended);
    }
}

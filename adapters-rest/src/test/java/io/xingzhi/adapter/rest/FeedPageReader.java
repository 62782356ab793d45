package io.xingzhi.adapter.rest;

import io.xingzhi.core.record.Dataset;
import io.xingzhi.core.record.RawRow;
import io.xingzhi.testkit.CollectingVisitor;
import java.time.Duration;
import java.util.List;

/**
 * A process of its own for {@link FeedPageLeavesNothingTest}: reads the feed at {@code args[0]} as
 * activities, and once its first row is read says {@code reading} on standard output and waits there
 * for ever (to be killed while the page is open).
 */
public final class FeedPageReader {
    private FeedPageReader() {
    }

    public static void main(String[] args) throws InterruptedException {
        HttpRecordSource source = new HttpRecordSource(List.of(HttpFeed.of(Dataset.ACTIVITIES, args[0])),
                HttpRecordSource.Options.defaults().withTimeouts(Duration.ofSeconds(60), Duration.ofSeconds(600)));
        source.read(Dataset.ACTIVITIES, new CollectingVisitor() {
            @Override
            public void row(RawRow row) {
                System.out.println("reading");
                System.out.flush();
                try {
                    Thread.sleep(Long.MAX_VALUE);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
    }
}

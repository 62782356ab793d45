package io.xingzhi.adapter.csv;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A process of its own for {@link PartFilesTest}: starts writing {@code args[0]} through
 * {@link AtomicFile}, says {@code writing} once some of it is on disk, and waits for ever (to be
 * killed half way).
 */
public final class HalfWrittenOutput {
    private HalfWrittenOutput() {
    }

    public static void main(String[] args) {
        AtomicFile.write(Path.of(args[0]), out -> {
            out.write("{\"lead_id\":\"half\"}\n".repeat(1000).getBytes(StandardCharsets.UTF_8));
            out.flush();
            System.out.println("writing");
            System.out.flush();
            try {
                Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }
}

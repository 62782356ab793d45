package io.xingzhi.core.lead;

import io.xingzhi.core.record.SourceRef;
import java.util.Objects;

/**
 * One source record a lead rests on: its dataset, file or table and line, and what it shows.
 *
 * @param ref dataset, source and line
 * @param role what the record shows, in Chinese (e.g. {@code 生效裁判}, {@code 看守所羁押记录})
 */
public record Evidence(SourceRef ref, String role) {
    public Evidence {
        Objects.requireNonNull(ref);
        Objects.requireNonNull(role);
    }
}

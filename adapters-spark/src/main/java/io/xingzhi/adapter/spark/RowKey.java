package io.xingzhi.adapter.spark;

import java.io.Serializable;

/**
 * Where a row goes and in which order it comes there: its partition, then the indexed datasets'
 * rows before the streamed ones (persons are assessed before their activities stream past), each in
 * the run's reading order (file, then row), the order the single-machine engine reads them in.
 */
record RowKey(int partition, int streamed, int fileIndex, long rowIndex) implements Serializable, Comparable<RowKey> {
    @Override
    public int compareTo(RowKey o) {
        int c = Integer.compare(partition, o.partition);
        if (c == 0) {
            c = Integer.compare(streamed, o.streamed);
        }
        if (c == 0) {
            c = Integer.compare(fileIndex, o.fileIndex);
        }
        return c != 0 ? c : Long.compare(rowIndex, o.rowIndex);
    }
}

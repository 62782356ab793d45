package io.xingzhi.adapter.spark;

import java.io.Serializable;

/**
 * One file to read in one task: its dataset, its place in the run's reading order (datasets in
 * order, each dataset's files as {@link io.xingzhi.adapter.csv.CsvRecordSource#files} lists them),
 * where it is and the name rejections give it.
 */
record FileTask(int dataset, int fileIndex, String uri, String name) implements Serializable {
}

package io.xingzhi.adapter.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.spark.SparkConf;
import org.junit.jupiter.api.Test;

/** The partition count is a {@code spark.*} setting, so that {@code spark-submit --conf} and {@code -D} can give it. */
class PartitionsSettingTest {
    @Test
    void thePartitionCountIsTakenFromASparkSettingASubmitCanGive() {
        assertThat(SparkEngine.partitions(new SparkConf(false).set("spark.xingzhi.partitions", "400"), 2)).isEqualTo(400);
    }

    @Test
    void withoutTheSettingItIsTwiceTheDefaultParallelismAndAtLeastTwo() {
        assertThat(SparkEngine.partitions(new SparkConf(false), 8)).isEqualTo(16);
        assertThat(SparkEngine.partitions(new SparkConf(false), 0)).isEqualTo(2);
    }

    @Test
    void aPartitionCountBelowOneIsRefusedNamingTheSetting() {
        assertThatThrownBy(() -> SparkEngine.partitions(new SparkConf(false).set("spark.xingzhi.partitions", "0"), 2))
                .hasMessageContaining("spark.xingzhi.partitions");
    }
}

package io.xingzhi.cli;

import io.xingzhi.core.engine.Engine;
import io.xingzhi.core.engine.RunEngine;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code run --engine spark}: the Spark engine of {@code xingzhi-adapters-spark}, loaded by its class
 * name so that the command line needs neither it nor Apache Spark to build or to run on one machine.
 * {@code bin/xingzhi} puts both on the class path for {@code --engine spark} (and {@code spark-submit}
 * does on a cluster); without them the run stops with a message that says so, exit code 2.
 */
final class SparkEngines {
    static final String ENGINE_CLASS = "io.xingzhi.adapter.spark.SparkEngine";

    private SparkEngines() {
    }

    /** Refuses an unknown engine, a Spark master without the Spark engine, and the Spark engine without a folder. */
    static void check(String engine, String master, Path sources) {
        if (!"single".equals(engine) && !"spark".equals(engine)) {
            throw new XingzhiCli.UsageError(Lang.text("--engine：没有引擎“" + engine + "”；可用：single（本机，默认）、spark（Apache Spark）",
                    "--engine: unknown engine \"" + engine + "\"; known: single (this machine, the default), spark (Apache Spark)"));
        }
        if (master != null && !"spark".equals(engine)) {
            throw new XingzhiCli.UsageError(Lang.text("--spark-master 只用于 --engine spark",
                    "--spark-master applies to --engine spark only"));
        }
        if ("spark".equals(engine) && sources != null) {
            throw new XingzhiCli.UsageError(Lang.text("--engine spark 读取 --data 给出的 CSV 文件夹，不读 --sources",
                    "--engine spark reads a folder of CSV files (--data), not --sources"));
        }
    }

    /** The Spark engine's factory for {@code run --engine spark}; empty for the single-machine engine. */
    @SuppressWarnings("unchecked")
    static Optional<Function<Engine.Builder, RunEngine>> choose(String engine, String master, Path data, Path sources,
                                                               String encoding) {
        check(engine, master, sources);
        if (!"spark".equals(engine)) {
            return Optional.empty();
        }
        try {
            Class.forName("org.apache.spark.SparkContext");
            Class<?> c = Class.forName(ENGINE_CLASS);
            Charset charset = encoding == null ? null : Charset.forName(encoding);
            return Optional.of((Function<Engine.Builder, RunEngine>) c.getMethod("factory", String.class, Path.class, Charset.class)
                    .invoke(null, master, data.toAbsolutePath(), charset));
        } catch (ClassNotFoundException | LinkageError e) {
            throw new XingzhiCli.UsageError(Lang.text("--engine spark：类路径上没有 Apache Spark 或 xingzhi-adapters-spark（缺少 "
                            + e.getMessage() + "）。请用 bin/xingzhi run --engine spark（它会加上 Spark 的类路径），"
                            + "或在集群上用 spark-submit --jars xingzhi-adapters-spark.jar（见 docs/distributed.md）",
                    "--engine spark: Apache Spark or xingzhi-adapters-spark is not on the class path (missing " + e.getMessage()
                            + "). Run it through bin/xingzhi run --engine spark (which adds Spark's class path), or on a cluster "
                            + "with spark-submit --jars xingzhi-adapters-spark.jar (see docs/distributed.md)"));
        } catch (NoSuchMethodException | IllegalAccessException e) {
            throw new XingzhiCli.CliError(XingzhiCli.FAILED, "--engine spark: " + ENGINE_CLASS + " has no usable factory: " + e);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            throw cause instanceof RuntimeException r ? r : new XingzhiCli.CliError(XingzhiCli.FAILED, "--engine spark: " + cause);
        }
    }
}

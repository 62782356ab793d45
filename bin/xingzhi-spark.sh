# Sourced by bin/xingzhi for `run --engine spark` (docs/distributed.md): sets spark_java_args, the JVM
# arguments that put Apache Spark, the Spark adapter and the command line on the class path, with the JDK
# opens Spark needs on Java 17. Spark's jars come from $SPARK_HOME/jars when SPARK_HOME is set, else from
# Maven's resolution of adapters-spark (adapters-spark/target/spark-classpath.txt, written by its build).
# Spark's jars come first: its Jackson module accepts only its own Jackson version.
spark_adapter="$root/adapters-spark/target/xingzhi-adapters-spark.jar"
spark_cp_file="$root/adapters-spark/target/spark-classpath.txt"

spark_stale() {
  [ ! -f "$spark_adapter" ] || [ ! -f "$spark_cp_file" ] && return 0
  [ -n "$(find "$root/adapters-spark" "$root/core/src/main" "$root/formats/src/main" -path '*/target' -prune -o \
            \( -path '*/src/main/*' -o -name pom.xml \) -newer "$spark_adapter" -type f -print -quit)" ]
}

if spark_stale; then
  echo "正在构建 Spark 引擎（adapters-spark；首次使用时 Maven 下载 Spark，约需几分钟）…" >&2
  if ! (cd "$root" && mvn -B -q -Dstyle.color=never -DskipTests package -pl adapters-spark -am) >&2; then
    echo "xingzhi：Spark 引擎构建失败（见上方信息）；可运行 mvn -B verify -pl adapters-spark -am 查看详情" >&2
    exit 1
  fi
  touch "$spark_adapter"
fi

# the command line binds SLF4J itself (warnings only, to standard error) and routes Log4j to it, so Spark's
# Log4j binding for SLF4J (which refuses to share a class path with that route) is left out
if [ -n "${SPARK_HOME:-}" ] && [ -d "$SPARK_HOME/jars" ]; then
  spark_cp="$(printf '%s\n' "$SPARK_HOME"/jars/*.jar | grep -v '/log4j-slf4j2-impl-' | paste -sd:)"
else
  spark_cp="$(tr ':' '\n' < "$spark_cp_file" | grep -v '/log4j-slf4j2-impl-' | paste -sd:)"
fi
# the JVM flags Spark needs on Java 17: one list, <spark.opens> in adapters-spark/pom.xml, which its tests use too
read -ra spark_opens <<< "$(sed -n 's/.*<spark.opens>\(.*\)<\/spark.opens>.*/\1/p' "$root/adapters-spark/pom.xml")"
spark_java_args=(
  "${spark_opens[@]}"
  -cp "$spark_cp:$spark_adapter:$jar"
)

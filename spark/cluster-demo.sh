#!/usr/bin/env bash
# ./vanban cluster-demo [PATH]: a local two-node SolrCloud, the Spark IngestJob into it, parity with an embedded index.
# Runs in its own JVM with the spark + solr class path (Solr's Jetty 10 never meets the app's Jetty 11).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
OUT="$ROOT/spark/target/cluster-demo"
mkdir -p "$OUT"
echo "vanban: building the spark and solr modules and their class paths (mvn)" >&2
mvn -q -B -DskipTests -pl spark,solr -am test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/demo-classpath.txt >&2
# Spark's jars first, then Solr's (the server, its test framework's MiniSolrCloudCluster, SolrJ)
CP="$ROOT/spark/target/classes:$ROOT/solr/target/classes:$ROOT/core/target/classes"
CP="$CP:$(cat "$ROOT/spark/target/demo-classpath.txt"):$(cat "$ROOT/solr/target/demo-classpath.txt")"
javac -nowarn -encoding UTF-8 -d "$OUT/classes" -cp "$CP" "$ROOT"/spark/src/demo/java/org/vanban/spark/*.java
OPENS="$(sed -n 's:.*<spark.java17.opens>\(.*\)</spark.java17.opens>.*:\1:p' "$ROOT/spark/pom.xml")"
export OMP_THREAD_LIMIT=1
# shellcheck disable=SC2086
exec nice -n 10 java -Xmx${VANBAN_HEAP:-3g} -Dfile.encoding=UTF-8 $OPENS -Dhost=127.0.0.1 \
    -Dlog4j2.configurationFile="$ROOT/spark/src/demo/log4j2-demo.properties" \
    -cp "$OUT/classes:$CP" org.vanban.spark.ClusterDemo "${1:-$ROOT/corpus}"

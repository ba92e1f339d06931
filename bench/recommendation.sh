#!/usr/bin/env bash
# Times one recommendation (with its counterfactuals) on the shipped question bank and on a generated bank of
# ROLES roles and QUESTIONS questions, in one JVM, and writes bench/results-recommendation.md.
# Usage: bench/recommendation.sh [ROLES] [QUESTIONS] [SAMPLES]   (defaults 1000 40 2000; no server needed)
set -euo pipefail
cd "$(dirname "$0")/.."
roles=${1:-1000}
questions=${2:-40}
samples=${3:-2000}
./mvnw -q -B -pl hiring-workflow -am install -DskipTests
./mvnw -q -B -pl hiring-workflow dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$PWD/target/bench-recommendation.cp"
classpath="hiring-workflow/target/classes:$(cat target/bench-recommendation.cp)"
{
    echo "# Recommendation: time per assessment"
    echo
    echo "\`bench/recommendation.sh $roles $questions $samples\`, $(date -u '+%Y-%m-%d %H:%M') UTC, $(nproc) cores, at $(git rev-parse --short HEAD)."
    echo "One recommendation = fits of every role, contenders, hiring order and the counterfactuals (every other"
    echo "answer to every answered question tried once); all questions answered at random; $samples samples after"
    echo "as many warm-up runs. Target: p95 at most 5 ms on the generated bank."
    echo
    java -cp "$classpath" bench/RecommendationBench.java "$roles" "$questions" "$samples"
} | tee bench/results-recommendation.md

#!/usr/bin/env bash
# Writes topics.yaml (beside this script): one Strimzi KafkaTopic for each line of deploy/topics.conf, with its
# partitions, cleanup policy and retention, replication factor 3 and min.insync.replicas 2 (the small overlay lowers both
# to 1). Run it after adding a topic to deploy/topics.conf; deploy/k8s-test fails until topics.yaml matches.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
CONF=$(cd "$HERE/../../.." && pwd)/deploy/topics.conf
{
  echo "# Generated from deploy/topics.conf by k8s/base/kafka/generate-topics.sh: do not edit by hand."
  first=1
  while read -r name partitions policy retention; do
    case "$name" in ''|'#'*) continue ;; esac
    case "$retention" in
      forever) retention_ms=-1 ;;
      *d) retention_ms=$(( ${retention%d} * 86400000 )) ;;
      *) echo "deploy/topics.conf: bad retention '$retention' for $name" >&2; exit 1 ;;
    esac
    [ "$first" = 1 ] || echo "---"
    first=0
    cat <<YAML
apiVersion: kafka.strimzi.io/v1
kind: KafkaTopic
metadata:
  name: $name
  labels:
    strimzi.io/cluster: plenary
spec:
  topicName: $name
  partitions: $partitions
  replicas: 3
  config:
    cleanup.policy: $policy
    retention.ms: "$retention_ms"
    min.insync.replicas: 2
YAML
  done <"$CONF"
} >"$HERE/topics.yaml"
echo "wrote $HERE/topics.yaml from $CONF"

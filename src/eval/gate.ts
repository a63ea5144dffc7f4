// `--min metric=value` floors for CI: parse them up front (a typo in a metric name is a usage
// error, not a silently passing gate), then check the metrics against them.
import { METRIC_NAMES, type MetricName, type Metrics, isMetricName } from './metrics.js';

export interface Floor {
  metric: MetricName;
  min: number;
}

export class FloorSpecError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FloorSpecError';
  }
}

export function parseFloor(spec: string): Floor {
  const eq = spec.indexOf('=');
  if (eq < 0) throw new FloorSpecError(`expected metric=value, e.g. --min quote.F1=0.6`);
  const metric = spec.slice(0, eq).trim();
  const value = spec.slice(eq + 1).trim();
  if (!isMetricName(metric)) throw new FloorSpecError(`unknown metric "${metric}" (known: ${METRIC_NAMES.join(', ')})`);
  const min = Number(value);
  if (value === '' || !Number.isFinite(min)) throw new FloorSpecError(`"${value}" is not a number`);
  return { metric, min };
}

export interface FloorFailure extends Floor {
  value: number;
}

/** The floors the metrics fall below (a metric equal to its floor passes). */
export function failedFloors(metrics: Metrics, floors: readonly Floor[]): FloorFailure[] {
  return floors.filter((f) => metrics[f.metric] < f.min).map((f) => ({ ...f, value: metrics[f.metric] }));
}

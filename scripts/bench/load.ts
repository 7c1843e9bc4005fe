// Loads one URL with autocannon and summarises it. Latencies are recorded per response (autocannon's own summary
// has no p95), so every percentile in the report comes from the same samples.
import autocannon from "autocannon";

export interface LoadPlan {
  url: string;
  connections: number;
  durationSeconds: number;
  /**
   * Builds each request (the next film, the next member); plain GETs of `url` when absent. Returning undefined ends
   * the run before its duration (autocannon's `amount` would ignore the duration instead).
   */
  nextRequest?: () => autocannon.Request | undefined;
  /** A 2xx response whose body fails this check is an error too (e.g. a review that was not saved). */
  isExpectedBody?: (body: string) => boolean;
  /** Sent with every request, besides autocannon's own. */
  headers?: Record<string, string>;
}

export interface LoadResult {
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
}

/** The value below which `fraction` of the sorted samples fall (nearest rank). */
export function percentile(sorted: number[], fraction: number) {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))]!;
}

export function summariseLatencies(latencies: number[]) {
  const sorted = [...latencies].sort((a, b) => a - b);
  return { p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), p99: percentile(sorted, 0.99) };
}

/** A series of requests made one at a time: few enough that the slowest says more than a p99. */
export function summariseSeries(latencies: number[]) {
  const { p50, p95, p99 } = summariseLatencies(latencies);
  return { p50, p95, p99, max: Math.max(...latencies) };
}

export type SeriesSummary = ReturnType<typeof summariseSeries>;

export async function runLoad(plan: LoadPlan): Promise<LoadResult> {
  const latencies: number[] = [];
  // autocannon passes its defaults (host, port, headers) in; a request must keep them.
  let lastRequest: autocannon.Request | undefined;
  const setupRequest = (defaults: autocannon.Request) => {
    const request = plan.nextRequest!();
    if (request) lastRequest = { ...defaults, ...request, headers: { ...defaults.headers, ...request.headers } };
    // Stopped on the next turn: autocannon asks for its first requests while it is being made, before `instance` is.
    else setImmediate(() => instance.stop());
    return lastRequest ?? defaults;
  };
  let finish: (result: autocannon.Result) => void = () => {};
  let fail: (error: unknown) => void = () => {};
  const finished = new Promise<autocannon.Result>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  const started = performance.now();
  const instance = autocannon(
    {
      url: plan.url,
      connections: plan.connections,
      duration: plan.durationSeconds,
      headers: plan.headers,
      requests: plan.nextRequest ? [{ setupRequest }] : undefined,
      verifyBody: plan.isExpectedBody ? (body) => plan.isExpectedBody!(String(body)) : undefined,
    },
    (error, result) => (error ? fail(error) : finish(result)),
  );
  instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  const result = await finished;
  const seconds = (performance.now() - started) / 1000;
  return {
    requestsPerSecond: latencies.length / seconds,
    ...summariseLatencies(latencies),
    errors: result.errors + result.non2xx + result.mismatches,
  };
}

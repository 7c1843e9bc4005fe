// SQL statements per request, from the counting relay, over a few requests sent one at a time to an idle app:
// under load, the requests cut off when a run ends would be counted without their answers.
import type autocannon from "autocannon";
import { appOrigin, waitUntilIdle } from "./app-server";
import type { Helper } from "./helpers/child";

export const STATEMENT_SAMPLES = 10;

export async function statementsPerRequest(counter: Helper, requests: autocannon.Request[]) {
  if (requests.length === 0) return Number.NaN;
  await waitUntilIdle(counter);
  const before = await counter.ask<number>("statements");
  for (const request of requests) {
    const response = await fetch(`${appOrigin()}${request.path}`, {
      method: request.method ?? "GET",
      headers: request.headers as Record<string, string> | undefined,
      body: request.body as string | undefined,
    });
    await response.arrayBuffer();
  }
  // Work a response leaves behind (a revalidation after it was sent) belongs to the request too.
  await waitUntilIdle(counter);
  return ((await counter.ask<number>("statements")) - before) / requests.length;
}

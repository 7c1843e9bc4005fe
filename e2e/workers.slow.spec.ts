// The production server on every core (production-server/workers.ts), from outside: a server of its own with two
// workers, asked by strangers (a new connection each time, so the cluster hands them to either worker).
import { expect, test } from "@playwright/test";
import { startSecondAppServer, type SecondAppServer } from "./support/fault-rig";
import { getAsStranger } from "../scripts/stranger-get";

let server: SecondAppServer | undefined;

test.beforeAll(async () => {
  server = await startSecondAppServer(process.env.DATABASE_URL!, { WEB_CONCURRENCY: "2" });
});

test.afterAll(async () => {
  await server?.stop();
});

const remainingAfterOneMore = async () =>
  Number((await getAsStranger(`${server!.origin}/api/v1/search?q=seven`)).headers["ratelimit-remaining"]);

test("runs two workers behind one port, and counts the API's rate limit once across them", async () => {
  expect(await server!.workerIds()).toHaveLength(2);

  // Counted per worker, every other answer would repeat a number.
  const remaining = [];
  for (let request = 0; request < 8; request += 1) remaining.push(await remainingAfterOneMore());
  const first = remaining[0]!;
  expect(remaining).toEqual(remaining.map((_, index) => first - index));
});

test("replaces a worker that dies, and answers throughout", async () => {
  const [killed, survivor] = await server!.workerIds();
  process.kill(killed!, "SIGKILL");
  const film = `${server!.origin}/films/escape-2024`;
  const statusOf = (url: string) =>
    getAsStranger(url, { timeoutMs: 5_000 }).then(
      ({ status }) => status,
      () => "failed",
    );

  // A request the dead worker had taken fails; the primary gives the next ones to the survivor.
  await expect.poll(() => statusOf(film), { timeout: 10_000 }).toBe(200);
  await expect
    .poll(async () => (await server!.workerIds()).filter((id) => id !== killed).length, { timeout: 30_000 })
    .toBe(2);
  expect(await server!.workerIds()).toContain(survivor);
  for (let request = 0; request < 6; request += 1) expect(await statusOf(film)).toBe(200);
});

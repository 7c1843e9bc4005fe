// An embedded PostgreSQL (the package the app's default install runs) of the test's own: a fresh cluster in a
// temporary directory on a free port, removed when stopped. The app's .data/ is never touched.
import { chmod, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createEmbeddedPostgres, freePort, urlFor } from "@/db/embedded";
import type { DatabaseServer } from "@/db/postgres-server";

export async function startPrivateEmbeddedServer(): Promise<DatabaseServer> {
  const directory = await mkdtemp(path.join(tmpdir(), "marquee-embedded-"));
  // As root, the server runs as the `postgres` user, who must be able to reach its cluster inside this directory.
  await chmod(directory, 0o755);
  const port = await freePort();
  const server = await createEmbeddedPostgres(path.join(directory, "postgres"), port);
  try {
    await server.initialise();
    await server.start();
  } catch (error) {
    await rm(directory, { recursive: true, force: true });
    throw error;
  }
  return {
    url: urlFor(port, "postgres"),
    isEmbedded: true,
    urlFor: (database) => urlFor(port, database),
    close: async () => {
      await server.stop();
      await rm(directory, { recursive: true, force: true });
    },
  };
}

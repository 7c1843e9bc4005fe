// `npm run user:create -- --username <name> --email <address> [--admin]`: makes an account, e.g. the first admin.
// The password is asked for (not echoed) on a terminal, or read from the first line of stdin otherwise.
import { createInterface } from "node:readline/promises";
import { parseArgs } from "node:util";
import { z } from "zod";
import { createAccount } from "@/db/mutations/accounts";
import { operatorAccountSchema } from "@/lib/validation/accounts";
import { withAppDatabase } from "./app-database";
import { runCli } from "./cli";

const USAGE = "usage: npm run user:create -- --username <name> --email <address> [--admin]";

async function readPassword(): Promise<string> {
  const input = createInterface({ input: process.stdin, output: process.stderr, terminal: process.stdin.isTTY });
  try {
    if (!process.stdin.isTTY) return (await input[Symbol.asyncIterator]().next()).value ?? "";
    const question = input.question("Password (at least 10 characters): ");
    // Echo nothing of what is typed after the prompt.
    (input as unknown as { _writeToOutput: (text: string) => void })._writeToOutput = () => {};
    const password = await question;
    process.stderr.write("\n");
    return password;
  } finally {
    input.close();
  }
}

runCli(async () => {
  const { values } = parseArgs({
    options: { username: { type: "string" }, email: { type: "string" }, admin: { type: "boolean" } },
  });
  if (!values.username || !values.email) {
    console.error(USAGE);
    return 2;
  }
  const parsed = operatorAccountSchema.safeParse({
    username: values.username,
    email: values.email,
    password: await readPassword(),
  });
  if (!parsed.success) {
    for (const [field, errors] of Object.entries(z.flattenError(parsed.error).fieldErrors))
      console.error(`${field}: ${errors?.join(" ")}`);
    return 1;
  }
  const role = values.admin ? "admin" : "user";
  const created = await withAppDatabase((db) => createAccount({ ...parsed.data, role }, db));
  if (!created.ok) {
    console.error(`That ${created.taken} is already in use.`);
    return 1;
  }
  console.log(`Created ${role} @${parsed.data.username} (id ${created.id}).`);
  return 0;
});

// `npm run audit`: fails when a production dependency has a high or critical advisory. Where the registry does not
// answer npm's advisory endpoint (this development machine's mirror refuses it), it says so and does not fail:
// nothing could be checked, which is different from nothing found.
import { spawnSync } from "node:child_process";
import { readAuditReport } from "@/lib/audit-report";

const audit = spawnSync("npm", ["audit", "--omit=dev", "--json"], { encoding: "utf8" });
const verdict = readAuditReport(audit.stdout);
if (verdict.kind === "unavailable") {
  console.warn(`npm audit could not be checked here: ${verdict.reason}`);
  process.exit(0);
}
console.log(
  `npm audit (production dependencies): ${verdict.total} advisories, ${verdict.high} high, ${verdict.critical} critical.`,
);
process.exit(verdict.high + verdict.critical > 0 ? 1 : 0);

import { describe, expect, it } from "vitest";
import { readAuditReport } from "./audit-report";

describe("readAuditReport", () => {
  it("counts high and critical advisories", () => {
    const output = JSON.stringify({
      metadata: { vulnerabilities: { low: 2, moderate: 1, high: 1, critical: 0, total: 4 } },
    });
    expect(readAuditReport(output)).toEqual({ kind: "checked", high: 1, critical: 0, total: 4 });
  });

  it("says when the registry did not answer, instead of passing silently as clean", () => {
    const output = JSON.stringify({
      message: "405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk",
    });
    expect(readAuditReport(output)).toEqual({ kind: "unavailable", reason: expect.stringContaining("405") });
    expect(readAuditReport("npm error")).toMatchObject({ kind: "unavailable" });
  });
});

// Reads `npm audit --json`: how many advisories of high or critical severity the production dependencies have, or
// that the registry would not answer (some mirrors and proxies refuse npm's bulk advisory endpoint).

export type AuditVerdict =
  { kind: "checked"; high: number; critical: number; total: number } | { kind: "unavailable"; reason: string };

interface AuditJson {
  metadata?: { vulnerabilities?: Partial<Record<"info" | "low" | "moderate" | "high" | "critical" | "total", number>> };
  error?: { summary?: string; detail?: string };
  message?: string;
}

export function readAuditReport(output: string): AuditVerdict {
  let report: AuditJson;
  try {
    report = JSON.parse(output) as AuditJson;
  } catch {
    return { kind: "unavailable", reason: "npm audit printed no report." };
  }
  const counts = report.metadata?.vulnerabilities;
  if (!counts)
    return { kind: "unavailable", reason: report.error?.summary || report.message || "npm audit printed no counts." };
  return { kind: "checked", high: counts.high ?? 0, critical: counts.critical ?? 0, total: counts.total ?? 0 };
}

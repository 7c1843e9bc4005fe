// What an import did, for the admin who ran it: counts per kind of row and outcome, and every reason a row or a
// value was left out, grouped, with a few examples to find them in the source.

/** How a row of the source ended up. "merged" rows repeat one seen earlier in the same run. */
type Outcome = "imported" | "updated" | "unchanged" | "merged" | "matched" | "skipped";

const OUTCOME_ORDER: Outcome[] = ["imported", "updated", "unchanged", "matched", "merged", "skipped"];
// The main rows first, whatever order a format counted them in.
const SUBJECT_ORDER = ["films", "people", "members", "ratings"];
const MAX_EXAMPLES = 3;

const rank = (subject: string) =>
  SUBJECT_ORDER.includes(subject) ? SUBJECT_ORDER.indexOf(subject) : SUBJECT_ORDER.length;
const number = (value: number) => value.toLocaleString("en-US");

interface SkipGroup {
  /** What was left out: "films", "cast names", "countries"… */
  subject: string;
  reason: string;
  count: number;
  examples: string[];
}

export interface SummaryReport {
  counts: Record<string, Partial<Record<Outcome, number>>>;
  added: Record<string, number>;
  skipped: SkipGroup[];
  notes: string[];
}

export class ImportSummary {
  private readonly counts = new Map<string, Map<Outcome, number>>();
  private readonly added = new Map<string, number>();
  private readonly skips = new Map<string, SkipGroup>();
  private readonly notes: string[] = [];

  /** Rows of a kind ("films", "reviews") with one outcome. */
  count(subject: string, outcome: Outcome, amount = 1) {
    if (amount === 0) return;
    const outcomes = this.counts.get(subject) ?? new Map<Outcome, number>();
    outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + amount);
    this.counts.set(subject, outcomes);
  }

  /** Rows written to a linked table ("credits", "alternate titles"). */
  countAdded(what: string, amount: number) {
    if (amount === 0) return;
    this.added.set(what, (this.added.get(what) ?? 0) + amount);
  }

  /** A row or a value left out; `example` says where it is ("netflix_titles.csv line 12: …"). */
  skip(subject: string, reason: string, example: string) {
    this.count(subject, "skipped");
    const key = `${subject}\u0000${reason}`;
    const group = this.skips.get(key) ?? { subject, reason, count: 0, examples: [] };
    group.count += 1;
    if (group.examples.length < MAX_EXAMPLES) group.examples.push(example);
    this.skips.set(key, group);
  }

  note(text: string) {
    this.notes.push(text);
  }

  /** The rows written so far, for a run that stopped: "2,000 films, 310 people", or undefined when none was. */
  written() {
    const amounts = [...this.counts]
      .map(([subject, outcomes]) => ({
        subject,
        amount: (outcomes.get("imported") ?? 0) + (outcomes.get("updated") ?? 0),
      }))
      .filter(({ amount }) => amount > 0)
      .sort((a, b) => rank(a.subject) - rank(b.subject));
    if (amounts.length === 0) return undefined;
    return amounts.map(({ subject, amount }) => `${number(amount)} ${subject}`).join(", ");
  }

  report(): SummaryReport {
    return {
      counts: Object.fromEntries(
        [...this.counts].map(([subject, outcomes]) => [subject, Object.fromEntries(outcomes)]),
      ),
      added: Object.fromEntries(this.added),
      skipped: [...this.skips.values()].sort((a, b) => a.subject.localeCompare(b.subject) || b.count - a.count),
      notes: [...this.notes],
    };
  }

  /** One line per kind of row and one for linked rows: [["films", "12 imported, 3 updated"], ["added", "…"]]. */
  private countLines(report: SummaryReport): [string, string][] {
    const lines = Object.entries(report.counts)
      .sort(([a], [b]) => rank(a) - rank(b))
      // Kinds with only skips (cast names, genres) are listed under "skipped" alone.
      .filter(([, outcomes]) => Object.keys(outcomes).some((outcome) => outcome !== "skipped"))
      .map(([subject, outcomes]): [string, string] => {
        const parts = OUTCOME_ORDER.filter((outcome) => outcomes[outcome]).map(
          (outcome) => `${number(outcomes[outcome]!)} ${outcome === "merged" ? "merged into an earlier row" : outcome}`,
        );
        return [subject, parts.join(", ")];
      });
    const added = Object.entries(report.added);
    if (added.length > 0) lines.push(["added", added.map(([what, amount]) => `${number(amount)} ${what}`).join(", ")]);
    return lines;
  }

  /** The counts as the audit log keeps them: a field per kind of row, and the number of rows left out. */
  auditFields(): Record<string, string> {
    const report = this.report();
    const skipped = report.skipped.reduce((total, group) => total + group.count, 0);
    return Object.fromEntries([...this.countLines(report), ...(skipped ? [["skipped", number(skipped)]] : [])]);
  }

  toText() {
    const report = this.report();
    const lines = this.countLines(report).map(([subject, counts]) => `${subject}: ${counts}`);
    if (report.skipped.length > 0) {
      lines.push("skipped:");
      for (const group of report.skipped) {
        lines.push(`  ${group.subject}: ${number(group.count)} × ${group.reason} (e.g. ${group.examples.join("; ")})`);
      }
    }
    lines.push(...report.notes.map((note) => `note: ${note}`));
    return lines.join("\n");
  }
}

import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { Suspense } from "react";
import { z } from "zod";
import { listAuditEntries, type AuditEntryRow } from "@/db/queries/admin";
import { diffSnapshots } from "@/lib/audit-diff";
import { parseListParams } from "@/lib/list-params";
import { parseId } from "@/lib/route-params";
import { AdminOnly } from "../_components/admin-only";
import { canRevert } from "./_components/can-revert";
import { RevertButton } from "./_components/revert-button";

export const metadata: Metadata = { title: "Audit log" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const filterSchema = z.object({
  entity: z.enum(["film", "person", "review", "user", "import"]).optional().catch(undefined),
  id: z
    .string()
    .optional()
    .transform((id) => (id ? parseId(id) : undefined))
    .catch(undefined),
  actor: z.string().trim().max(30).optional().catch(undefined),
  from: z.iso.date().optional().catch(undefined),
  to: z.iso.date().optional().catch(undefined),
});

// A review posted again under a hold names the hidden one it replaced (db/mutations/moderation.ts): the chain goes on
// from that review's entries.
const repostSchema = z.object({ repostOf: z.number().int() });

function repostedReviewOf(entry: AuditEntryRow) {
  const repost = repostSchema.safeParse(entry.after);
  return entry.entityType === "review" && repost.success ? repost.data.repostOf : undefined;
}

/** Imports run from the command line, with no account: their entry says who ran them instead. */
function actorOf(entry: AuditEntryRow) {
  if (entry.actor) return `@${entry.actor}`;
  return entry.entityType === "import" ? "npm run db:import" : "a deleted account";
}

function AuditEntry({ entry }: { entry: AuditEntryRow }) {
  const changes = diffSnapshots(entry.before, entry.after);
  const repostOf = repostedReviewOf(entry);
  return (
    <li className="rounded-md border border-stone-200 p-3 dark:border-stone-800">
      <p className="flex flex-wrap gap-x-3">
        <time dateTime={entry.at.toISOString()}>{entry.at.toISOString().replace("T", " ").slice(0, 19)} UTC</time>
        <span>{actorOf(entry)}</span>
        <span>
          {entry.action} {entry.entityType}{" "}
          <Link href={`/admin/audit?entity=${entry.entityType}&id=${entry.entityId}`}>#{entry.entityId}</Link>
        </span>
        {repostOf ? (
          <Link href={`/admin/audit?entity=review&id=${repostOf}`}>
            posted again after review #{repostOf} was hidden
          </Link>
        ) : null}
        {canRevert(entry) ? <RevertButton entryId={entry.id} /> : null}
      </p>
      <div className="overflow-x-auto">
        <table className="mt-2 w-full text-sm">
          <thead className="sr-only">
            <tr>
              <th scope="col">Field</th>
              <th scope="col">Before</th>
              <th scope="col">After</th>
            </tr>
          </thead>
          <tbody>
            {changes.map((change) => (
              <tr key={change.field}>
                <th scope="row" className="w-40 text-left font-normal text-stone-600 dark:text-stone-400">
                  {change.field}
                </th>
                <td className="text-red-800 line-through dark:text-red-300">{change.before}</td>
                <td className="text-green-800 dark:text-green-300">{change.after}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </li>
  );
}

async function AuditEntries({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const { page } = parseListParams(params, ["newest"]);
  const filter = filterSchema.parse(params);
  const entries = await listAuditEntries({
    entityType: filter.entity,
    entityId: filter.id,
    actor: filter.actor,
    from: filter.from,
    to: filter.to,
    page,
  });
  return (
    <>
      <form className="flex flex-wrap items-end gap-3">
        <label className="flex flex-col">
          Entity
          <select
            name="entity"
            defaultValue={filter.entity ?? ""}
            className="rounded-md border border-stone-300 px-2 py-1 dark:border-stone-700 dark:bg-stone-900"
          >
            <option value="">Any</option>
            <option value="film">Films</option>
            <option value="person">People</option>
            <option value="review">Reviews</option>
            <option value="user">Users</option>
            <option value="import">Imports</option>
          </select>
        </label>
        <label className="flex flex-col">
          Actor
          <input
            name="actor"
            defaultValue={filter.actor ?? ""}
            placeholder="username"
            className="rounded-md border border-stone-300 px-2 py-1 dark:border-stone-700 dark:bg-stone-900"
          />
        </label>
        <label className="flex flex-col">
          From
          <input
            type="date"
            name="from"
            defaultValue={filter.from ?? ""}
            className="rounded-md border border-stone-300 px-2 py-1 dark:border-stone-700 dark:bg-stone-900"
          />
        </label>
        <label className="flex flex-col">
          To
          <input
            type="date"
            name="to"
            defaultValue={filter.to ?? ""}
            className="rounded-md border border-stone-300 px-2 py-1 dark:border-stone-700 dark:bg-stone-900"
          />
        </label>
        {filter.id ? <input type="hidden" name="id" value={filter.id} /> : null}
        <button type="submit">Filter</button>
      </form>
      {entries.length === 0 ? (
        <p>No changes match.</p>
      ) : (
        <ol aria-label="Changes" className="space-y-3">
          {entries.map((entry) => (
            <AuditEntry key={entry.id} entry={entry} />
          ))}
        </ol>
      )}
    </>
  );
}

export default function AuditPage({ searchParams }: { searchParams: SearchParams }) {
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold tracking-tight">Audit log</h1>
      <Suspense fallback={<p>Loading changes…</p>}>
        <AdminOnly>{() => <AuditEntries searchParams={searchParams} />}</AdminOnly>
      </Suspense>
    </div>
  );
}

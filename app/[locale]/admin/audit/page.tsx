import type { Metadata } from "next";
import { useTranslations, type createTranslator } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { Suspense } from "react";
import { z } from "zod";
import { listAuditEntries, type AuditEntryRow } from "@/db/queries/admin";
import type { Messages } from "@/messages";
import { diffSnapshots } from "@/lib/audit-diff";
import { formattersFor, type Formatters } from "@/lib/format";
import { parseListParams } from "@/lib/list-params";
import { parseId } from "@/lib/route-params";
import { AdminOnly } from "../_components/admin-only";
import { canRevert } from "./_components/can-revert";
import { RevertButton } from "./_components/revert-button";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("AdminAuditPage"))("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const ENTITY_TYPES = ["film", "person", "review", "user", "import"] as const;

const filterSchema = z.object({
  entity: z.enum(ENTITY_TYPES).optional().catch(undefined),
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

type AuditWords = ReturnType<typeof createTranslator<Messages, "AdminAuditPage">>;

/** Imports run from the command line, with no account: their entry says who ran them instead. */
function actorOf(entry: AuditEntryRow, t: AuditWords) {
  if (entry.actor) return `@${entry.actor}`;
  return entry.entityType === "import" ? "npm run db:import" : t("deletedAccount");
}

type AuditAction = keyof Messages["AdminAuditPage"]["actions"];

/**
 * "update film": the action and the entity, as the log records them, in the page's words. Actions are keys, not an
 * ICU select like entities, since a select takes no hyphens ("sign-out-everywhere"); one the messages do not know
 * yet is shown as recorded.
 */
function changeOf(entry: AuditEntryRow, t: AuditWords) {
  const action = `actions.${entry.action}` as `actions.${AuditAction}`;
  return t("change", {
    action: t.has(action) ? t(action) : entry.action,
    entity: t("entityName", { entity: entry.entityType }),
  });
}

function AuditEntry({ entry, format }: { entry: AuditEntryRow; format: Formatters }) {
  const t = useTranslations("AdminAuditPage");
  const fieldName = useTranslations("AdminFields");
  const changes = diffSnapshots(entry.before, entry.after);
  const repostOf = repostedReviewOf(entry);
  return (
    <li className="rounded-md border border-stone-200 p-3 dark:border-stone-800">
      <p className="flex flex-wrap gap-x-3">
        <time dateTime={entry.at.toISOString()}>{format.dateTime(entry.at)}</time>
        <span>{actorOf(entry, t)}</span>
        <span>
          {changeOf(entry, t)}{" "}
          <Link href={`/admin/audit?entity=${entry.entityType}&id=${entry.entityId}`}>#{entry.entityId}</Link>
        </span>
        {repostOf ? (
          <Link href={`/admin/audit?entity=review&id=${repostOf}`}>{t("repostOf", { review: repostOf })}</Link>
        ) : null}
        {canRevert(entry) ? <RevertButton entryId={entry.id} /> : null}
      </p>
      <div className="overflow-x-auto">
        <table className="mt-2 w-full text-sm">
          <thead className="sr-only">
            <tr>
              <th scope="col">{t("field")}</th>
              <th scope="col">{t("before")}</th>
              <th scope="col">{t("after")}</th>
            </tr>
          </thead>
          <tbody>
            {changes.map((change) => (
              <tr key={change.field}>
                <th scope="row" className="w-40 text-left font-normal text-stone-600 dark:text-stone-400">
                  {fieldName("name", { field: change.field })}
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

const fieldClass = "rounded-md border border-stone-300 px-2 py-1 dark:border-stone-700 dark:bg-stone-900";

function AuditFilterForm({ filter }: { filter: z.output<typeof filterSchema> }) {
  const t = useTranslations("AdminAuditPage");
  return (
    <form className="flex flex-wrap items-end gap-3">
      <label className="flex flex-col">
        {t("entity")}
        <select name="entity" defaultValue={filter.entity ?? ""} className={fieldClass}>
          <option value="">{t("any")}</option>
          {ENTITY_TYPES.map((entity) => (
            <option key={entity} value={entity}>
              {t(`entities.${entity}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col">
        {t("actor")}
        <input
          name="actor"
          defaultValue={filter.actor ?? ""}
          placeholder={t("actorPlaceholder")}
          className={fieldClass}
        />
      </label>
      <label className="flex flex-col">
        {t("from")}
        <input type="date" name="from" defaultValue={filter.from ?? ""} className={fieldClass} />
      </label>
      <label className="flex flex-col">
        {t("to")}
        <input type="date" name="to" defaultValue={filter.to ?? ""} className={fieldClass} />
      </label>
      {filter.id ? <input type="hidden" name="id" value={filter.id} /> : null}
      <button type="submit">{t("filter")}</button>
    </form>
  );
}

async function AuditEntries({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const { page } = parseListParams(params, ["newest"]);
  const filter = filterSchema.parse(params);
  const [entries, locale, t, formatWords] = await Promise.all([
    listAuditEntries({
      entityType: filter.entity,
      entityId: filter.id,
      actor: filter.actor,
      from: filter.from,
      to: filter.to,
      page,
    }),
    getLocale(),
    getTranslations("AdminAuditPage"),
    getTranslations("Format"),
  ]);
  const format = formattersFor(locale, formatWords);
  return (
    <>
      <AuditFilterForm filter={filter} />
      {entries.length === 0 ? (
        <p>{t("noneMatch")}</p>
      ) : (
        <ol aria-label={t("changes")} className="space-y-3">
          {entries.map((entry) => (
            <AuditEntry key={entry.id} entry={entry} format={format} />
          ))}
        </ol>
      )}
    </>
  );
}

export default function AuditPage({ searchParams }: { searchParams: SearchParams }) {
  const t = useTranslations("AdminAuditPage");
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
      <Suspense fallback={<p>{t("loading")}</p>}>
        <AdminOnly>{() => <AuditEntries searchParams={searchParams} />}</AdminOnly>
      </Suspense>
    </div>
  );
}

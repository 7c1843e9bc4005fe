// /diary: the signed-in member's own diary, a month a page, with a way to delete each viewing that works without
// JavaScript too. Rendered per request from the session (app/_components/signed-in-page.ts), never cached; a visitor is
// sent to sign in. The public diary is /users/{username}/diary, cached for everyone.
import { getLocale, getTranslations } from "next-intl/server";
import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { notFound } from "next/navigation";
import { memberOrSignIn } from "@/app/_components/signed-in-page";
import { loadDiaryMonth } from "@/app/_data/diary";
import { withFilmsInLanguage } from "@/app/_data/film-titles";
import { DeleteViewingForm } from "@/app/[locale]/films/[slug]/_components/delete-viewing-form";
import { diaryPath, parseMonthSegments, type DiaryMonth } from "@/lib/diary-paths";
import { formattersFor } from "@/lib/format";
import { pageMetadata } from "@/lib/page-metadata";
import { DiaryMonthView } from "../users/[username]/diary/_components/diary-month-view";

// Rendered whole per request (it "blocks"), so that a browser without JavaScript gets the list and its forms.
export const instant = false;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("OwnDiaryPage");
  return pageMetadata({
    locale: await getLocale(),
    title: t("title"),
    description: t("description"),
    path: "/diary",
    isNoIndex: true,
  });
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function ownDiaryPath(month: DiaryMonth) {
  return `/diary?month=${month.year}-${String(month.month).padStart(2, "0")}`;
}

/** `?month=2026-03`; nothing names the latest month with viewings. */
function monthOf(param: string | string[] | undefined) {
  if (param === undefined) return { month: undefined };
  const [year = "", month = ""] = typeof param === "string" ? param.split("-") : [];
  const parsed = parseMonthSegments({ year, month });
  return parsed ? { month: parsed } : undefined;
}

export default async function OwnDiaryPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await memberOrSignIn("/diary");
  const asked = monthOf((await searchParams).month);
  if (!asked) notFound();
  const diary = await loadDiaryMonth(user.id, asked.month);
  if (!diary) notFound();
  const { month, earlier, later } = diary;
  const locale = await getLocale();
  const [t, formatWords, entries] = await Promise.all([
    getTranslations("OwnDiaryPage"),
    getTranslations("Format"),
    withFilmsInLanguage(diary.entries, locale),
  ]);
  const format = formattersFor(locale, formatWords);
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">{t("heading")}</h1>
      <p>{t.rich("intro", { link: (chunks) => <Link href={diaryPath(user.username)}>{chunks}</Link> })}</p>
      <DiaryMonthView
        month={month}
        entries={entries}
        earlier={earlier}
        later={later}
        pathFor={ownDiaryPath}
        toolsFor={(entry) => (
          <DeleteViewingForm
            entryId={entry.id}
            label={t("deleteViewing", { film: entry.film.title, date: format.date(entry.watchedOn) })}
          />
        )}
      />
    </div>
  );
}

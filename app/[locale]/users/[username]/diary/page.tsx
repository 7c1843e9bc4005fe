import { getLocale, getTranslations } from "next-intl/server";
import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { notFound } from "next/navigation";
import { loadDiaryMonth, loadDiaryOwner } from "@/app/_data/diary";
import { withFilmsInLanguage } from "@/app/_data/film-titles";
import { diaryPath, parseMonthSegments, yearInReviewPath } from "@/lib/diary-paths";
import { pageMetadata } from "@/lib/page-metadata";
import { DiaryMonthView } from "./_components/diary-month-view";
import { monthNamerFor } from "./_components/month-name";
import { MemberPageHeader } from "../_components/member-page-header";

interface DiaryPageProps {
  /** year and month when rendered for ./[year]/[month]. */
  params: Promise<{ username: string; year?: string; month?: string }>;
}

export async function generateStaticParams() {
  return [{ username: "admin" }];
}

/** The member and the month of their diary the path names; undefined for no member, or a month with no viewings. */
async function loadDiaryView({ username, year, month }: Awaited<DiaryPageProps["params"]>) {
  const named = year === undefined || month === undefined ? undefined : parseMonthSegments({ year, month });
  if (year !== undefined && !named) return undefined;
  const owner = await loadDiaryOwner(username);
  if (!owner) return undefined;
  const diary = await loadDiaryMonth(owner.user.id, named);
  return diary ? { ...owner, ...diary, isLatest: !named } : undefined;
}

export async function generateMetadata({ params }: DiaryPageProps): Promise<Metadata> {
  const [view, locale, t] = await Promise.all([loadDiaryView(await params), getLocale(), getTranslations("DiaryPage")]);
  if (!view) return { title: t("notFoundTitle") };
  const { user, name, month, isLatest } = view;
  const monthName = monthNamerFor(locale);
  return pageMetadata({
    locale,
    title: month && !isLatest ? t("titleOfMonth", { name, month: monthName(month) }) : t("title", { name }),
    description: month
      ? t("descriptionOfMonth", { name, username: user.username, month: monthName(month) })
      : t("description", { name, username: user.username }),
    path: diaryPath(user.username, isLatest ? undefined : month),
  });
}

export default async function DiaryPage({ params }: DiaryPageProps) {
  const view = await loadDiaryView(await params);
  if (!view) notFound();
  const { user, name, month, earlier, later, years } = view;
  const [t, entries] = await Promise.all([
    getTranslations("DiaryPage"),
    withFilmsInLanguage(view.entries, await getLocale()),
  ]);
  return (
    <div className="max-w-3xl space-y-6">
      <MemberPageHeader
        member={{ username: user.username, name }}
        trail={[{ name: t("trail"), path: diaryPath(user.username) }]}
        heading={(member) => t.rich("heading", { name, member })}
      />
      <DiaryMonthView
        month={month}
        entries={entries}
        earlier={earlier}
        later={later}
        pathFor={(shown) => diaryPath(user.username, shown)}
      />
      {years.length > 0 ? (
        <nav aria-label={t("yearInReview")} className="flex flex-wrap gap-x-4 gap-y-1">
          <span className="text-stone-600 dark:text-stone-400">{t("yearInReviewCaption")}</span>
          {years.map((year) => (
            <Link key={year} href={yearInReviewPath(user.username, year)}>
              {year}
            </Link>
          ))}
        </nav>
      ) : null}
    </div>
  );
}

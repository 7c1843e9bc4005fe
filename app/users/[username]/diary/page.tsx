import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { loadDiaryMonth, loadDiaryOwner } from "@/app/_data/diary";
import { diaryPath, formatMonth, parseMonthSegments, yearInReviewPath } from "@/lib/diary-paths";
import { pageMetadata } from "@/lib/page-metadata";
import { DiaryMonthView } from "./_components/diary-month-view";
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
  const view = await loadDiaryView(await params);
  if (!view) return { title: "Diary not found" };
  const { user, name, month, isLatest } = view;
  return pageMetadata({
    title: `${name}’s diary${month && !isLatest ? `, ${formatMonth(month)}` : ""}`,
    description: `The films ${name} (@${user.username}) watched${month ? ` in ${formatMonth(month)}` : ""}, day by day, on Marquee.`,
    path: diaryPath(user.username, isLatest ? undefined : month),
  });
}

export default async function DiaryPage({ params }: DiaryPageProps) {
  const view = await loadDiaryView(await params);
  if (!view) notFound();
  const { user, name, month, entries, earlier, later, years } = view;
  return (
    <div className="max-w-3xl space-y-6">
      <MemberPageHeader
        member={{ username: user.username, name }}
        trail={[{ name: "Diary", path: diaryPath(user.username) }]}
        heading={(memberLink) => <>{memberLink}’s diary</>}
      />
      <DiaryMonthView
        month={month}
        entries={entries}
        earlier={earlier}
        later={later}
        pathFor={(shown) => diaryPath(user.username, shown)}
      />
      {years.length > 0 ? (
        <nav aria-label="Year in review" className="flex flex-wrap gap-x-4 gap-y-1">
          <span className="text-stone-600 dark:text-stone-400">Year in review:</span>
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

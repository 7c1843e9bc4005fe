import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ChoiceLinks } from "@/app/_components/choice-links";
import { Pagination } from "@/app/_components/pagination";
import { loadUserRatings, USER_RATINGS_PAGE_SIZE } from "@/app/_data/reviews";
import { USER_RATING_SORTS, type UserRatingSort } from "@/lib/browse-sorts";
import { pluralise } from "@/lib/format";
import { pageMetadata } from "@/lib/page-metadata";
import { userRatingsPath, userRatingsView } from "@/lib/user-rating-paths";
import { loadMemberListView } from "../member-list-view";
import { RatingList } from "./_components/rating-list";
import { MemberPageHeader } from "../_components/member-page-header";

interface UserRatingsPageProps {
  /** sort and page when rendered for ./[sort]/[page]. */
  params: Promise<{ username: string; sort?: string; page?: string }>;
}

const SORT_LABELS: Record<UserRatingSort, string> = {
  date: "Newest",
  rating: "Highest rated",
  title: "Title",
};

export async function generateStaticParams() {
  return [{ username: "admin" }];
}

function loadRatingsView({ username, ...segments }: Awaited<UserRatingsPageProps["params"]>) {
  return loadMemberListView(username, userRatingsView(segments), loadUserRatings, USER_RATINGS_PAGE_SIZE);
}

export async function generateMetadata({ params }: UserRatingsPageProps): Promise<Metadata> {
  const loaded = await loadRatingsView(await params);
  if (!loaded) return { title: "Ratings not found" };
  const { user, name, sort, page, total } = loaded;
  return pageMetadata({
    title: `Ratings by ${name}${page > 1 ? `, page ${page}` : ""}`,
    description: `${pluralise(total, "rating")} by ${name} (@${user.username}) on Marquee: newest first, highest rated first, or by title.`,
    path: userRatingsPath(user.username, sort, page),
  });
}

export default async function UserRatingsPage({ params }: UserRatingsPageProps) {
  const loaded = await loadRatingsView(await params);
  if (!loaded) notFound();
  const { user, name, sort, page, ratings, total, pages } = loaded;
  return (
    <div className="max-w-3xl space-y-6">
      <MemberPageHeader
        member={{ username: user.username, name }}
        trail={[{ name: "Ratings", path: userRatingsPath(user.username) }]}
        heading={(memberLink) => <>Ratings by {memberLink}</>}
      />
      <p>{pluralise(total, "rating")}</p>
      <ChoiceLinks
        label="Sort ratings"
        options={USER_RATING_SORTS}
        current={sort}
        labelFor={(option) => SORT_LABELS[option]}
        hrefFor={(option) => userRatingsPath(user.username, option)}
      />
      {ratings.length === 0 ? <p>No ratings yet.</p> : <RatingList ratings={ratings} />}
      <Pagination page={page} pages={pages} hrefFor={(target) => userRatingsPath(user.username, sort, target)} />
    </div>
  );
}

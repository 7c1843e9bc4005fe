import Link from "next/link";
import { Breadcrumbs } from "@/app/_components/breadcrumbs";

/**
 * The top of each page about a member (their watchlist, ratings, diary, lists, likes, follows): the trail from their
 * profile, and a heading that names them with a link back to it. Long names wrap rather than widen the page.
 */
export function MemberPageHeader({
  member,
  trail,
  heading,
}: {
  member: { username: string; name: string };
  /** The crumbs after the member's profile, this page's last. */
  trail: { name: string; path: string }[];
  /** The heading, given the member's name as a link to their profile. */
  heading: (memberLink: React.ReactNode) => React.ReactNode;
}) {
  const profilePath = `/users/${member.username}`;
  return (
    <>
      <Breadcrumbs trail={[{ name: "Home", path: "/" }, { name: member.name, path: profilePath }, ...trail]} />
      <h1 className="text-3xl font-bold tracking-tight break-words">
        {heading(<Link href={profilePath}>{member.name}</Link>)}
      </h1>
    </>
  );
}

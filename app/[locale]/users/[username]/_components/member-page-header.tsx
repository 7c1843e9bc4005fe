import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Link } from "@/i18n/navigation";
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
  /** The heading, given the link to the member's profile as a rich-text tag for its message (`<member>…</member>`). */
  heading: (memberLink: (chunks: ReactNode) => ReactNode) => ReactNode;
}) {
  const t = useTranslations("MemberPageHeader");
  const profilePath = `/users/${member.username}`;
  return (
    <>
      <Breadcrumbs trail={[{ name: t("home"), path: "/" }, { name: member.name, path: profilePath }, ...trail]} />
      <h1 className="text-3xl font-bold tracking-tight break-words">
        {heading((chunks) => (
          <Link href={profilePath}>{chunks}</Link>
        ))}
      </h1>
    </>
  );
}

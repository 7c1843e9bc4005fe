import { useLocale, useTranslations } from "next-intl";
import { getPathname, Link } from "@/i18n/navigation";
import { siteUrl } from "@/lib/site";
import { breadcrumbJsonLd } from "@/lib/structured-data";
import { JsonLd } from "./json-ld";

/** Where a page sits, for people (a trail of links) and for search engines (a BreadcrumbList). */
export function Breadcrumbs({ trail }: { trail: { name: string; path: string }[] }) {
  const t = useTranslations("Breadcrumbs");
  const locale = useLocale();
  // Search engines are given the addresses of the pages in this page's language, as its links lead.
  const localisedTrail = trail.map((crumb) => ({ name: crumb.name, path: getPathname({ href: crumb.path, locale }) }));
  return (
    <nav aria-label={t("label")} className="mb-4 text-sm">
      <ol className="flex flex-wrap gap-x-2 text-stone-600 dark:text-stone-400">
        {trail.map((crumb, index) => {
          const isCurrent = index === trail.length - 1;
          return (
            <li key={crumb.path} className="flex gap-x-2">
              {index > 0 ? <span aria-hidden="true">›</span> : null}
              {isCurrent ? <span aria-current="page">{crumb.name}</span> : <Link href={crumb.path}>{crumb.name}</Link>}
            </li>
          );
        })}
      </ol>
      <JsonLd data={breadcrumbJsonLd(localisedTrail, siteUrl())} />
    </nav>
  );
}

import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";

/** Previous / next links for a paginated list; `hrefFor` keeps the list's other parameters (such as sort). */
export function Pagination({
  page,
  pages,
  hrefFor,
}: {
  page: number;
  pages: number;
  hrefFor: (page: number) => string;
}) {
  const t = useTranslations("Pagination");
  if (pages <= 1) return null;
  return (
    <nav aria-label={t("label")} className="flex items-center gap-4">
      {page > 1 ? (
        <Link href={hrefFor(page - 1)} rel="prev">
          {t("previous")}
        </Link>
      ) : null}
      <span>{t("pageOf", { page, pages })}</span>
      {page < pages ? (
        <Link href={hrefFor(page + 1)} rel="next">
          {t("next")}
        </Link>
      ) : null}
    </nav>
  );
}

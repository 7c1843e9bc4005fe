import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { Stars } from "./stars";

/** Ratings given without a written review: they count in the rating and are listed apart from reviews. */
export function BareRatings({
  id,
  ratings,
}: {
  id: string;
  ratings: { key: number; label: string; href: string; rating: number }[];
}) {
  const t = useTranslations("BareRatings");
  if (ratings.length === 0) return null;
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="mb-4 text-2xl font-semibold">
        {t("heading")}
      </h2>
      <ul className="grid gap-x-8 gap-y-1 sm:grid-cols-2 lg:grid-cols-3">
        {ratings.map((entry) => (
          <li key={entry.key} className="flex justify-between gap-3">
            <Link href={entry.href}>{entry.label}</Link>
            <Stars rating={entry.rating} />
          </li>
        ))}
      </ul>
    </section>
  );
}

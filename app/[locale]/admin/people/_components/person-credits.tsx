import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { listPersonCreditsForAdmin } from "@/db/queries/admin-people";

type Credit = Awaited<ReturnType<typeof listPersonCreditsForAdmin>>[number];

/** The person's credits, each linking to its film's admin page (where credits are edited). */
export function PersonCredits({ credits }: { credits: Credit[] }) {
  const t = useTranslations("AdminPersonCredits");
  const roleName = useTranslations("Filmography");
  return (
    <section aria-labelledby="credits-heading" className="space-y-2">
      <h2 id="credits-heading" className="text-xl font-semibold">
        {t("heading")}
      </h2>
      {credits.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <table className="w-full text-left">
          <thead>
            <tr>
              <th scope="col">{t("film")}</th>
              <th scope="col">{t("role")}</th>
              <th scope="col">{t("character")}</th>
            </tr>
          </thead>
          <tbody>
            {credits.map((credit) => (
              <tr key={credit.id}>
                <td>
                  <Link href={`/admin/films/${credit.filmId}`}>
                    {credit.title} ({credit.year})
                  </Link>
                </td>
                <td>{roleName(`roles.${credit.role}`)}</td>
                <td>{credit.character ?? "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

import { Link } from "@/i18n/navigation";
import type { listPersonCreditsForAdmin } from "@/db/queries/admin-people";

type Credit = Awaited<ReturnType<typeof listPersonCreditsForAdmin>>[number];

/** The person's credits, each linking to its film's admin page (where credits are edited). */
export function PersonCredits({ credits }: { credits: Credit[] }) {
  return (
    <section aria-labelledby="credits-heading" className="space-y-2">
      <h2 id="credits-heading" className="text-xl font-semibold">
        Credits
      </h2>
      {credits.length === 0 ? (
        <p>No credits.</p>
      ) : (
        <table className="w-full text-left">
          <thead>
            <tr>
              <th scope="col">Film</th>
              <th scope="col">Role</th>
              <th scope="col">Character</th>
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
                <td>{credit.role}</td>
                <td>{credit.character ?? "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

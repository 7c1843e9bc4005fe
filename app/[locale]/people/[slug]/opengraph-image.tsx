import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { shareCardImage } from "@/app/_components/share-card";
import { withFilmsInLanguage } from "@/app/_data/film-titles";
import { loadPersonPage } from "@/app/_data/people";
import { localeOrDefault } from "@/i18n/locales";
import { SHARE_CARD_SIZE } from "@/lib/page-metadata";
import { knownFor } from "@/lib/filmography";

export const size = SHARE_CARD_SIZE;
export const contentType = "image/png";

/** The card shown when a person is shared: their name and their most rated films. */
export default async function PersonOpenGraphImage({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale: localeSegment, slug } = await params;
  const locale = localeOrDefault(localeSegment);
  const person = await loadPersonPage(slug);
  if (!person) notFound();
  const t = await getTranslations({ locale, namespace: "PersonShareCard" });
  const known = await withFilmsInLanguage(knownFor(person.filmography, 3), locale);
  const films = known.map(({ film }) => `${film.title} (${film.year})`);
  return shareCardImage({
    colourSlug: person.slug,
    heading: person.name,
    details: films.length ? t("knownFor", { films: films.join(", ") }) : undefined,
  });
}

import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { SHARE_CARD_SIZE, shareCardImage } from "@/app/_components/share-card";
import { loadPersonPage } from "@/app/_data/people";
import { localeOrDefault } from "@/i18n/locales";
import { knownFor } from "@/lib/filmography";

export const size = SHARE_CARD_SIZE;
export const contentType = "image/png";
export const alt = "The person's name and the films they are known for, on Marquee";

/** The card shown when a person is shared: their name and their most rated films. */
export default async function PersonOpenGraphImage({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params;
  const person = await loadPersonPage(slug);
  if (!person) notFound();
  const t = await getTranslations({ locale: localeOrDefault(locale), namespace: "PersonShareCard" });
  const films = knownFor(person.filmography, 3).map(({ film }) => `${film.title} (${film.year})`);
  return shareCardImage({
    colourSlug: person.slug,
    heading: person.name,
    details: films.length ? t("knownFor", { films: films.join(", ") }) : undefined,
  });
}

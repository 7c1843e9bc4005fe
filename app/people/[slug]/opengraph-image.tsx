import { notFound } from "next/navigation";
import { SHARE_CARD_SIZE, shareCardImage } from "@/app/_components/share-card";
import { loadPersonPage } from "@/app/_data/people";
import { knownFor } from "@/lib/filmography";

export const size = SHARE_CARD_SIZE;
export const contentType = "image/png";
export const alt = "The person's name and the films they are known for, on Marquee";

/** The card shown when a person is shared: their name and their most rated films. */
export default async function PersonOpenGraphImage({ params }: { params: Promise<{ slug: string }> }) {
  const person = await loadPersonPage((await params).slug);
  if (!person) notFound();
  const films = knownFor(person.filmography, 3).map(({ film }) => `${film.title} (${film.year})`);
  return shareCardImage({
    colourSlug: person.slug,
    heading: person.name,
    details: films.length ? `Known for ${films.join(", ")}` : undefined,
  });
}

import { notFound } from "next/navigation";
import { ImageResponse } from "next/og";
import { loadFilmPage } from "@/app/_data/films";
import { pluralise } from "@/lib/format";
import { summariseRatings } from "@/lib/rating";
import { posterHue } from "@/lib/poster";

export const size = { width: 1200, height: 630 };
export const contentType = "image/png";
export const alt = "The film's title, year, director and rating on Marquee";

/** The card shown when a film is shared: title, year, director and rating on the film's own colours. */
export default async function FilmOpenGraphImage({ params }: { params: Promise<{ slug: string }> }) {
  const page = await loadFilmPage((await params).slug);
  if (!page) notFound();
  const { film } = page;
  const hue = posterHue(film.slug);
  const rating = summariseRatings(film.stats?.ratingSum ?? 0, film.stats?.ratingCount ?? 0);
  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: 72,
        color: "white",
        background: `linear-gradient(160deg, hsl(${hue} 45% 38%), hsl(${(hue + 40) % 360} 55% 12%))`,
      }}
    >
      <div style={{ fontSize: 36, opacity: 0.85 }}>Marquee</div>
      <div style={{ display: "flex", flexDirection: "column" }}>
        <div style={{ fontSize: 84, fontWeight: 700, lineHeight: 1.05 }}>{film.title}</div>
        <div style={{ fontSize: 40, marginTop: 16, opacity: 0.9 }}>
          {`${film.year}${film.directors.length ? ` · directed by ${film.directors.map((person) => person.name).join(", ")}` : ""}`}
        </div>
      </div>
      <div style={{ fontSize: 48, fontWeight: 700 }}>
        {rating.percentage === null
          ? "Not rated yet"
          : `${rating.percentage}% · ${rating.average!.toFixed(1)}/10 · ${pluralise(rating.count, "rating")}`}
      </div>
    </div>,
    size,
  );
}

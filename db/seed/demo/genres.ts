// Genres of the demo catalogue; all texts are written by the Marquee project.
import type { DemoGenre } from "./types";

export const genres: DemoGenre[] = [
  { slug: "action", name: "Action" },
  { slug: "adventure", name: "Adventure" },
  { slug: "animation", name: "Animation" },
  { slug: "comedy", name: "Comedy" },
  { slug: "crime", name: "Crime" },
  { slug: "documentary", name: "Documentary" },
  { slug: "drama", name: "Drama" },
  { slug: "family", name: "Family" },
  { slug: "fantasy", name: "Fantasy" },
  { slug: "history", name: "History" },
  { slug: "horror", name: "Horror" },
  { slug: "musical", name: "Musical" },
  { slug: "mystery", name: "Mystery" },
  { slug: "romance", name: "Romance" },
  { slug: "science-fiction", name: "Science Fiction" },
  { slug: "thriller", name: "Thriller" },
  { slug: "war", name: "War" },
  { slug: "western", name: "Western" },
];

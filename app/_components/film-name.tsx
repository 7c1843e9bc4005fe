export interface NamedFilm {
  title: string;
  year: number;
  /** Where the page's language gave the film a title of its own (app/_data/film-titles.ts). */
  titleLanguage?: string;
}

/**
 * A film's name and year as a member's pages show it, "Amélie z Montmartru (2001)": the title is marked with its
 * language where it is the page language's own, as film cards do, so that a screen reader says it as written.
 */
export function FilmName({ film }: { film: NamedFilm }) {
  return (
    <>
      <span lang={film.titleLanguage}>{film.title}</span> ({film.year})
    </>
  );
}

import { useTranslations } from "next-intl";
import type { ImageDetails } from "@/db/queries/stored-images";

const TMDB_PAGES = { poster: "movie", photo: "person" } as const;

/**
 * Credits a picture that came from TMDB, as its terms ask, linking to its page there; uploads need no credit line.
 */
export function ImageCredit({ details, kind }: { details?: ImageDetails; kind: keyof typeof TMDB_PAGES }) {
  const t = useTranslations("ImageCredit");
  if (details?.source !== "tmdb") return null;
  const page = details.sourceId ? `https://www.themoviedb.org/${TMDB_PAGES[kind]}/${details.sourceId}` : undefined;
  return (
    <p className="mt-1 text-xs text-stone-600 dark:text-stone-400">
      {t(kind)}: {page ? <a href={page}>TMDB</a> : "TMDB"}
    </p>
  );
}

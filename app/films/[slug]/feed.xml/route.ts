import { loadFilmPage, loadPrerenderedFilmSlugs } from "@/app/_data/films";
import { loadReviewsFeedXml } from "@/app/_data/feeds";
import { notFoundResponse, xmlResponse } from "@/app/_data/xml-response";
import { cacheTags } from "@/lib/cache-tags";
import { staticSlugParams } from "@/lib/static-params";

export async function generateStaticParams() {
  return staticSlugParams(await loadPrerenderedFilmSlugs());
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const page = await loadFilmPage((await params).slug);
  if (!page) return notFoundResponse();
  const { film } = page;
  const xml = await loadReviewsFeedXml({
    title: `Marquee: reviews of ${film.title} (${film.year})`,
    pagePath: `/films/${film.slug}`,
    feedPath: `/films/${film.slug}/feed.xml`,
    scope: { filmId: film.id },
    tags: [cacheTags.film(film.id)],
  });
  return xmlResponse(xml, "application/atom+xml");
}

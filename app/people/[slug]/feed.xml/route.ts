import { loadReviewsFeedXml } from "@/app/_data/feeds";
import { loadPersonPage, loadPrerenderedPersonSlugs } from "@/app/_data/people";
import { notFoundResponse, xmlResponse } from "@/app/_data/xml-response";
import { cacheTags } from "@/lib/cache-tags";
import { staticSlugParams } from "@/lib/static-params";

export async function generateStaticParams() {
  return staticSlugParams(await loadPrerenderedPersonSlugs());
}

/** Reviews of every film the person has a credit in; refreshed with the home page's latest reviews. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const person = await loadPersonPage((await params).slug);
  if (!person) return notFoundResponse();
  const xml = await loadReviewsFeedXml({
    title: `Marquee: reviews of films with ${person.name}`,
    pagePath: `/people/${person.slug}`,
    feedPath: `/people/${person.slug}/feed.xml`,
    scope: { personId: person.id },
    tags: [cacheTags.person(person.id), cacheTags.home],
  });
  return xmlResponse(xml, "application/atom+xml");
}

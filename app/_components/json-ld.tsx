import { useLocale } from "next-intl";
import { siteUrl } from "@/lib/site";
import { serializeJsonLd, webPageJsonLd } from "@/lib/structured-data";

/** Structured data for search engines; serializeJsonLd escapes `<`, so user text cannot break out of the script. */
export function JsonLd({ data }: { data: Parameters<typeof serializeJsonLd>[0] }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}

/** A page about one thing (a film, a person, a review): its JSON-LD, and the page's own, in the page's language. */
export function EntityJsonLd({ entity, name, path }: { entity: Record<string, unknown>; name: string; path: string }) {
  const locale = useLocale();
  return (
    <>
      <JsonLd data={entity} />
      <JsonLd data={webPageJsonLd(entity, { name, path, locale }, siteUrl())} />
    </>
  );
}

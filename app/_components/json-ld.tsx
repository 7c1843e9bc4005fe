import { serializeJsonLd } from "@/lib/structured-data";

/** Structured data for search engines; serializeJsonLd escapes `<`, so user text cannot break out of the script. */
export function JsonLd({ data }: { data: Parameters<typeof serializeJsonLd>[0] }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}

// English pages are served from /en/… by a rewrite (next.config.ts), and Next tells the browser's router about it in
// `x-nextjs-rewritten-query`: the query the page was rendered with. The rewrite's destination names no query, so
// Next says "" even when the page had one (`/admin/films?deleted=1`); the router then took a page it had just been
// sent for another, and the page of an action's redirect to an address with a query never showed. Marquee's
// rewrites keep the query as it is, so the header is dropped, and the router reads the query from the address.
import type { ServerResponse } from "node:http";

const REWRITTEN_QUERY = "x-nextjs-rewritten-query";

export function keepRenderedQueryFromTheAddress(response: ServerResponse) {
  const setHeader = response.setHeader;
  response.setHeader = function setHeaderButRewrittenQuery(
    this: ServerResponse,
    name: string,
    value: number | string | readonly string[],
  ) {
    return name.toLowerCase() === REWRITTEN_QUERY ? this : setHeader.call(this, name, value);
  } as ServerResponse["setHeader"];
}

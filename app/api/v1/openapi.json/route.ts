// The OpenAPI document: built from the API's zod schemas, the same for every request, so it is prerendered at build
// time and served as a static file (outside the rate limit, which would make it per request).
import { openApiDocument } from "@/lib/api/openapi";

export function GET() {
  return Response.json(openApiDocument(), {
    headers: { "Access-Control-Allow-Origin": "*", "Cache-Control": "public, max-age=3600" },
  });
}

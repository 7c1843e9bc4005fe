// Any other address under /api/v1, and /api/v1 itself, answers like the API (a 404 problem) rather than with the
// website's HTML 404 page.
import { apiRoute } from "@/app/api/v1/_lib/api-route";
import { problemResponse } from "@/lib/api/responses";

export const GET = apiRoute(async () =>
  problemResponse(
    "not-found",
    "There is no such endpoint. The OpenAPI document at /api/v1/openapi.json lists them all.",
  ),
);

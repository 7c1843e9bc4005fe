// People for the credits editor's finder, with their ids: admins only (proxy.ts 404s others before this runs).
import type { NextRequest } from "next/server";
import { findSignedInAdmin } from "@/auth";
import { searchPeople } from "@/db/queries/search";
import { searchTextSchema } from "@/lib/search-query";

const SUGGESTION_COUNT = 8;

export async function GET(request: NextRequest) {
  if (!(await findSignedInAdmin())) return new Response(null, { status: 404 });
  const parsed = searchTextSchema.safeParse(request.nextUrl.searchParams.get("q") ?? "");
  if (!parsed.success) return Response.json({ people: [] });
  const { people } = await searchPeople(parsed.data, { page: 1, pageSize: SUGGESTION_COUNT });
  return Response.json({ people }, { headers: { "Cache-Control": "private, no-store" } });
}

// Serves uploaded posters. Their names are their content's hash, so a name's bytes never change.
import { readPoster } from "@/lib/poster-files";

export async function GET(_request: Request, { params }: { params: Promise<{ name: string }> }) {
  const poster = await readPoster((await params).name);
  if (!poster) return new Response("Not found", { status: 404 });
  return new Response(new Uint8Array(poster), {
    headers: {
      "Content-Type": "image/webp",
      "Cache-Control": "public, max-age=31536000, immutable",
      "Content-Length": String(poster.length),
    },
  });
}

// Serves uploaded posters (lib/image-files.ts).
import { storedImageResponse } from "@/lib/image-files";

export async function GET(_request: Request, { params }: { params: Promise<{ name: string }> }) {
  return storedImageResponse((await params).name);
}

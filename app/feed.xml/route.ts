import { loadLatestReviewsFeedXml } from "@/app/_data/feeds";
import { xmlResponse } from "@/app/_data/xml-response";

export async function GET() {
  return xmlResponse(await loadLatestReviewsFeedXml(), "application/atom+xml");
}

// The signed-in home: /activity for the bench member who follows 200 active members (scale-data/members.ts). It is
// rendered for each request from the session and never cached, so it is timed like search, one request at a time,
// and every answer must show the followed members' activity rather than the sign-in page or an empty home.
import type { Helper } from "./helpers/child";
import type { Member } from "./review-posting";
import { measureServerTime, type ServerTimeMeasurement } from "./server-time";
import { STATEMENT_SAMPLES, statementsPerRequest } from "./statement-count";

/** More than the searches' 200, so that the p99 is not the second slowest answer. */
const ACTIVITY_SAMPLES = 500;

export interface ActivityMeasurement extends ServerTimeMeasurement {
  statementsPerRequest: number;
}

/** The list of entries (app/activity/_components/activity-list.tsx), absent from the sign-in page and an empty home. */
function showsActivity(html: string) {
  return html.includes('aria-label="Activity"');
}

export async function measureActivity(member: Member, counter: Helper): Promise<ActivityMeasurement> {
  const headers = { cookie: member.cookie };
  const time = await measureServerTime({
    label: "Signed-in home `/activity`, following 200 members",
    paths: Array<string>(ACTIVITY_SAMPLES).fill("/activity"),
    isFound: showsActivity,
    headers,
  });
  const samples = Array.from({ length: STATEMENT_SAMPLES }, () => ({ path: "/activity", headers }));
  return { ...time, statementsPerRequest: await statementsPerRequest(counter, samples) };
}

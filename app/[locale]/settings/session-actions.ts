"use server";

import { z } from "zod";
import { defineAction, done, refuse } from "@/app/_actions/define-action";
import { getPrimaryDb } from "@/db/client";
import { endOwnSession, endSessionsOf } from "@/db/mutations/sessions";
import { FORM_OUT_OF_DATE } from "@/lib/validation/fields";

// The settings page lists sessions as they are now: going back to it shows the list without the ended ones.
const BACK_TO_SETTINGS = "/settings?sessions=ended";

/** Signs one of the member's other sessions out, from their list: its next request is signed out. */
export const endSessionAction = defineAction({
  who: "member",
  schema: z.object({ sessionId: z.string().min(1, FORM_OUT_OF_DATE).max(100, FORM_OUT_OF_DATE) }),
  async run({ sessionId }, { caller }) {
    // This browser's own session ends with "Sign out", which also clears its cookie.
    if (sessionId === caller.sessionId) return refuse(FORM_OUT_OF_DATE);
    if (!(await endOwnSession(caller.id, sessionId))) return refuse("That session had already ended.");
    return done({ redirectTo: BACK_TO_SETTINGS });
  },
});

/** Signs out every session of the member but the one asking. */
export const endOtherSessionsAction = defineAction({
  who: "member",
  schema: z.object({}),
  async run(_input, { caller }) {
    await endSessionsOf(getPrimaryDb(), caller.id, caller.sessionId);
    return done({ redirectTo: BACK_TO_SETTINGS });
  },
});

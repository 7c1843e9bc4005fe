"use server";

import { z } from "zod";
import { defineAction, done, refuse } from "@/app/_actions/define-action";
import { setAvatar } from "@/db/mutations/profile";
import { hitRateLimit } from "@/db/mutations/rate-limits";
import { saveImage } from "@/db/mutations/stored-images";
import { rateLimits } from "@/lib/rate-limits";

const CHOOSE_IMAGE = "Choose an image file.";

/** Counted before the picture is decoded: decoding and resizing are the work the limit bounds. */
async function isWithinLimit(userId: number) {
  return hitRateLimit(rateLimits.avatarChangesPerUser, String(userId));
}

/** Wherever the member is shown, the new avatar or the initial instead. */
async function showAvatar(userId: number, avatar: string | null) {
  const reviewedFilmIds = await setAvatar(userId, avatar);
  return done({ writes: [{ kind: "profile-changed", userId, reviewedFilmIds }] });
}

/** Stores the uploaded image (checked by content, cut to a square and resized) and makes it the member's avatar. */
export const uploadAvatarAction = defineAction({
  who: "member",
  schema: z.object({
    avatar: z.instanceof(File, { error: CHOOSE_IMAGE }).refine((file) => file.size > 0, CHOOSE_IMAGE),
  }),
  async run({ avatar }, { caller }) {
    if (!(await isWithinLimit(caller.id))) return refuse(rateLimits.avatarChangesPerUser.message);
    const stored = await saveImage(Buffer.from(await avatar.arrayBuffer()), "avatar", { source: "upload" });
    if (!stored.ok) return refuse({ avatar: [stored.error] });
    return showAvatar(caller.id, stored.url);
  },
});

/** The member goes back to the initial of their name. */
export const removeAvatarAction = defineAction({
  who: "member",
  schema: z.object({}),
  async run(_input, { caller }) {
    if (!(await isWithinLimit(caller.id))) return refuse(rateLimits.avatarChangesPerUser.message);
    return showAvatar(caller.id, null);
  },
});

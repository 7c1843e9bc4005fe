"use client";

import { OwnToggle } from "@/app/_components/own-toggle";
import type { OwnFollowAnswer } from "@/app/api/me/follows/[userId]/route";
import { followAction, unfollowAction } from "../follow-actions";

/** Follows the member or stops, on their profile; nothing on the member's own. */
export function FollowButton({ member }: { member: { id: number; username: string } }) {
  return (
    <OwnToggle<OwnFollowAnswer>
      answerUrl={`/api/me/follows/${member.id}`}
      isOn={(answer) => answer.isFollowing}
      isAllowed={(answer) => !answer.isSelf}
      fields={{ userId: member.id }}
      turnOn={{ action: followAction, label: "Follow", pendingLabel: "Following…" }}
      turnOff={{ action: unfollowAction, label: "Unfollow", pendingLabel: "Unfollowing…" }}
      onNote={`You follow @${member.username}`}
      signIn={{ label: `Sign in to follow @${member.username}`, returnTo: `/users/${member.username}` }}
      checkingLabel="Checking whether you follow…"
    />
  );
}

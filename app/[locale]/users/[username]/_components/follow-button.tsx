"use client";

import { useTranslations } from "next-intl";
import { OwnToggle } from "@/app/_components/own-toggle";
import type { OwnFollowAnswer } from "@/app/api/me/follows/[userId]/route";
import { followAction, unfollowAction } from "../follow-actions";

/** Follows the member or stops, on their profile; nothing on the member's own. */
export function FollowButton({ member }: { member: { id: number; username: string } }) {
  const t = useTranslations("FollowButton");
  const { username } = member;
  return (
    <OwnToggle<OwnFollowAnswer>
      answerUrl={`/api/me/follows/${member.id}`}
      isOn={(answer) => answer.isFollowing}
      isAllowed={(answer) => !answer.isSelf}
      fields={{ userId: member.id }}
      turnOn={{ action: followAction, label: t("follow"), pendingLabel: t("following") }}
      turnOff={{ action: unfollowAction, label: t("unfollow"), pendingLabel: t("unfollowing") }}
      onNote={t("onNote", { username })}
      signIn={{ label: t("signIn", { username }), returnTo: `/users/${username}` }}
      checkingLabel={t("checking")}
    />
  );
}

"use client";

import { useEffect } from "react";
import { forgetMember } from "./use-member";

/** Rendered where the server found no session: a hint cookie left from it must not keep showing the member. */
export function ForgetMember() {
  useEffect(forgetMember, []);
  return null;
}

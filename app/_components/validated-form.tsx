"use client";

import { useIsHydrated } from "./use-browser-value";
import { CheckMemberAfterActions } from "./use-member";

/**
 * A form whose fields are checked by the server (zod) once the page's script runs, and by the browser's own
 * constraint validation (`required`, `minLength`, `pattern`) before that or without JavaScript, since Next
 * cannot yet show an action's errors to a browser that posted without it (vercel/next.js#97784). Its actions may
 * sign the member in or out: the header reads the member hint again after each.
 */
export function ValidatedForm(
  props: Omit<React.FormHTMLAttributes<HTMLFormElement>, "noValidate" | "action"> & {
    action: (formData: FormData) => void;
  },
) {
  const isHydrated = useIsHydrated();
  return (
    <form {...props} noValidate={isHydrated}>
      {props.children}
      <CheckMemberAfterActions />
    </form>
  );
}

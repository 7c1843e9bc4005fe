"use client";

import { useSyncExternalStore } from "react";

const neverChanges = () => () => {};

/**
 * A form whose fields are checked by the server (zod) once the page's script runs, and by the browser's own
 * constraint validation (`required`, `minLength`, `pattern`) before that or without JavaScript, since Next
 * cannot yet show an action's errors to a browser that posted without it (vercel/next.js#97784).
 */
export function ValidatedForm(props: Omit<React.FormHTMLAttributes<HTMLFormElement>, "noValidate" | "action"> & { action: (formData: FormData) => void }) {
  const isHydrated = useSyncExternalStore(neverChanges, () => true, () => false);
  return <form {...props} noValidate={isHydrated} />;
}

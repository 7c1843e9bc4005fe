import { createNavigation } from "next-intl/navigation";
import { routing } from "./routing";

/** Links and redirects that stay in the page's language. */
export const { Link, redirect, permanentRedirect, usePathname, useRouter, getPathname } = createNavigation(routing);

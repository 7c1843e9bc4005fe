import type { Locale } from "./locales";
import type { Messages } from "@/messages";

// Every message key and every locale is checked by the compiler where it is used.
declare module "use-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}

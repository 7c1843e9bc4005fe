import type { Locale } from "@/i18n/locales";
import cs from "./cs.json";
import en from "./en.json";
import ko from "./ko.json";

/** The English messages' shape: every other language has the same keys (messages.test.ts). */
export type Messages = typeof en;

const MESSAGES: Record<Locale, Messages> = { en, cs, ko };

export function messagesFor(locale: Locale): Messages {
  return MESSAGES[locale];
}

/** The namespaces client components read; only these travel to the browser with each page. */
export const CLIENT_NAMESPACES: (keyof Messages)[] = [
  "Format",
  "LanguageSwitcher",
  "SearchBox",
  "UserMenu",
  // Shared components (app/_components)
  "ConfirmLink",
  "DeleteReviewForm",
  "ErrorPage",
  "FollowedActivityLink",
  "FormField",
  "MemberAvatar",
  "MultiSelectCombobox",
  "NotificationsLink",
  "PersonPhoto",
  "Poster",
  "ReviewForm",
  "Stars",
  "WatchlistMark",
  // The film and review pages' own
  "DeleteViewingForm",
  "FriendsRatings",
  "MemberTools",
  "ReportForm",
  "YourDiary",
  "YourLike",
  "YourLists",
  "YourRating",
  "YourReview",
  "YourWatchlist",
  // Lists and members
  "AddToListForm",
  "DeleteListForm",
  "FollowButton",
  "ListForm",
  "ListItemsEditor",
  // Account and settings
  "AvatarForm",
  "ChangeEmailForm",
  "ChangePasswordForm",
  "ConfirmEmailForm",
  "DeleteAccountForm",
  "ForgotPasswordForm",
  "LetterboxdImportForm",
  "ProfileForm",
  "ProviderSignIn",
  "ResetPasswordForm",
  "SessionList",
  "SignInForm",
  "SignUpForm",
  "WatchlistVisibilityForm",
];

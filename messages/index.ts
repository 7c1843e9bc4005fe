import type { Locale } from "@/i18n/locales";
import adminCs from "./admin/cs.json";
import adminEn from "./admin/en.json";
import adminKo from "./admin/ko.json";
import cs from "./cs.json";
import en from "./en.json";
import ko from "./ko.json";

// The admin area's messages (namespaces "Admin…") live in admin/, apart from the public ones: its translators and
// its payload are its own.

/** The English messages' shape: every other language has the same keys (messages.test.ts). */
export type Messages = typeof en & typeof adminEn;

const MESSAGES: Record<Locale, Messages> = {
  en: { ...en, ...adminEn },
  cs: { ...cs, ...adminCs },
  ko: { ...ko, ...adminKo },
};

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

/**
 * The namespaces admin client components read, besides CLIENT_NAMESPACES: sent only with admin pages, by a provider
 * of the admin layout's own.
 */
export const ADMIN_CLIENT_NAMESPACES: (keyof Messages)[] = [
  "AdminFields",
  "AdminImageUpload",
  "AdminListEditor",
  "AdminUnsavedEdits",
  "AdminVersionedForm",
  "AdminRevertButton",
  // Films
  "AdminCreditsEditor",
  "AdminDeleteFilmForm",
  "AdminFilmForm",
  "AdminMergeFilmForm",
  "AdminPersonFinder",
  "AdminPlotsEditor",
  "AdminPosterForm",
  "AdminTitlesEditor",
  // The credits editor names roles as filmographies do.
  "Filmography",
  // People
  "AdminDeletePerson",
  "AdminMergePerson",
  "AdminOtherNamesEditor",
  "AdminPersonForm",
  "AdminPhotoForm",
  // Moderation and users
  "AdminModerationDeleteForm",
  "AdminModerationForm",
  "AdminUserAccessForms",
];

/** The part of a page's messages that its client components read, for a NextIntlClientProvider. */
export function clientMessages(messages: Messages, namespaces: readonly (keyof Messages)[]) {
  return Object.fromEntries(namespaces.map((namespace) => [namespace, messages[namespace]]));
}

// How often each thing may be done. Fixed windows: simple, one atomic statement per check, good enough against
// password guessing and floods (a burst at a window's edge can reach twice the limit, which these numbers allow for).

export interface RateLimit {
  bucket: string;
  max: number;
  windowSeconds: number;
  /** Said to the user when the limit is reached. */
  message: string;
}

const QUARTER_HOUR = 15 * 60;

export const rateLimits = {
  // Sign-in counts failures only (lib/sign-in-throttle.ts). A pair of account and address past its limit is refused
  // until the window ends; so is an address failing across accounts (spraying). An account failing from everywhere
  // is slowed, never refused: that would let strangers lock its owner out.
  signInFailuresPerPair: {
    bucket: "sign-in-failures-pair",
    max: 10,
    windowSeconds: QUARTER_HOUR,
    message: "Too many sign-in attempts. Wait 15 minutes and try again.",
  },
  signInFailuresPerAddress: {
    bucket: "sign-in-failures-address",
    max: 50,
    windowSeconds: QUARTER_HOUR,
    message: "Too many sign-in attempts. Wait 15 minutes and try again.",
  },
  signInFailuresPerAccount: {
    bucket: "sign-in-failures-account",
    max: 10,
    windowSeconds: QUARTER_HOUR,
    message: "This account is being signed in to slowly for a while: someone is guessing at its password.",
  },
  // Each asks for an email to be sent: a few from one network, and fewer to one address, so the form cannot be used to
  // flood someone's inbox.
  passwordResetPerAddress: {
    bucket: "password-reset-address",
    max: 10,
    windowSeconds: 60 * 60,
    message: "Too many reset links were asked for from your network. Try again in an hour.",
  },
  passwordResetPerEmail: {
    bucket: "password-reset-email",
    max: 3,
    windowSeconds: 60 * 60,
    message: "Three links were sent to this address in the last hour: use the latest, or try again later.",
  },
  // Asking for a new address to be checked sends an email to it.
  emailChangePerUser: {
    bucket: "email-change-user",
    max: 5,
    windowSeconds: 60 * 60,
    message: "You asked to change your email too often. Try again in an hour.",
  },
  signUpPerAddress: {
    bucket: "sign-up-address",
    max: 5,
    windowSeconds: 60 * 60,
    message: "Too many accounts were created from your network. Try again in an hour.",
  },
  reviewsPerUser: {
    bucket: "review-user",
    max: 10,
    windowSeconds: 60,
    message: "You are saving reviews faster than we allow. Wait a minute and try again.",
  },
  // A tap on the film page adds or removes a film: enough for a member going through a list, not for a script.
  watchlistPerUser: {
    bucket: "watchlist-user",
    max: 30,
    windowSeconds: 60,
    message: "You are changing your watchlist faster than we allow. Wait a minute and try again.",
  },
  // A tap on a review's page: enough for a member reading a film's reviews, not for a script liking everything.
  likesPerUser: {
    bucket: "likes-user",
    max: 30,
    windowSeconds: 60,
    message: "You are liking reviews faster than we allow. Wait a minute and try again.",
  },
  // A tap on a profile follows or unfollows: enough for a member finding friends, not for a script following everyone.
  followsPerUser: {
    bucket: "follows-user",
    max: 30,
    windowSeconds: 60,
    message: "You are following and unfollowing faster than we allow. Wait a minute and try again.",
  },
  // A viewing logged on the film page: a member catching up on a month’s films, not a script.
  diaryPerUser: {
    bucket: "diary-user",
    max: 30,
    windowSeconds: 60,
    message: "You are logging viewings faster than we allow. Wait a minute and try again.",
  },
  // Making lists and filling them: every add, move, note and removal counts, like the watchlist's taps.
  listsPerUser: {
    bucket: "lists-user",
    max: 60,
    windowSeconds: 60,
    message: "You are changing your lists faster than we allow. Wait a minute and try again.",
  },
  // An upload is decoded and resized, and every change or removal refreshes the pages of every film the member reviewed:
  // enough to try a few pictures, not to keep the server resizing or the caches empty.
  avatarChangesPerUser: {
    bucket: "avatar-user",
    max: 10,
    windowSeconds: 60 * 60,
    message: "You have changed your avatar as often as we allow for now. Try again in an hour.",
  },
  // An import saves up to MAX_IMPORT_ROWS reviews, so it is limited as a whole rather than by the reviews it saves:
  // enough to fix a file and import it again, or to import a long export in parts.
  letterboxdImportsPerUser: {
    bucket: "letterboxd-import-user",
    max: 5,
    windowSeconds: 60 * 60,
    message: "You have imported as many files as we allow for now. Try again in an hour.",
  },
  // An archive reads and compresses everything the member wrote, megabytes for a heavy member: enough to download it
  // again when a download fails, not to keep the server compressing.
  accountArchivesPerUser: {
    bucket: "account-archive-user",
    max: 10,
    windowSeconds: 60 * 60,
    message: "You have downloaded your archive as often as we allow for now. Try again in an hour.",
  },
} satisfies Record<string, RateLimit>;

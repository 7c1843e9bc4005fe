import { useTranslations } from "next-intl";
import { OptimisedImage } from "./optimised-image";

// Square boxes of a fixed size: the stored avatar is square (lib/image-files.ts), so nothing moves as it loads.
const SIZES = {
  // A profile's heading, and Settings.
  large: { pixels: 96, className: "size-24 text-4xl" },
  // Beside the author's name on a review.
  small: { pixels: 32, className: "size-8 text-sm" },
};

/**
 * A member's avatar through the image optimiser (resized, in modern formats, blurred from its preview while it loads; lazy
 * unless `isPriority`), or without one the first letter of their name on a neutral disc: a stand-in, not a picture.
 */
export function MemberAvatar({
  name,
  avatar,
  placeholder = null,
  size = "large",
  isPriority = false,
}: {
  /** The name the page shows: the display name, or the username. */
  name: string;
  avatar: string | null;
  /** The avatar's blurred preview (db/queries/stored-images.ts). */
  placeholder?: string | null;
  size?: keyof typeof SIZES;
  isPriority?: boolean;
}) {
  const t = useTranslations("MemberAvatar");
  const { pixels, className } = SIZES[size];
  if (avatar) {
    return (
      <OptimisedImage
        src={avatar}
        alt={t("alt", { name })}
        width={pixels}
        height={pixels}
        preload={isPriority}
        className={`${className} shrink-0 rounded-full bg-stone-200 object-cover dark:bg-stone-700`}
        {...(placeholder ? { placeholder: "blur", blurDataURL: placeholder } : {})}
      />
    );
  }
  return (
    <span
      aria-hidden="true"
      data-testid="avatar-initial"
      className={`${className} flex shrink-0 items-center justify-center rounded-full bg-stone-200 font-semibold text-stone-600 dark:bg-stone-700 dark:text-stone-200`}
    >
      {initialOf(name)}
    </span>
  );
}

function initialOf(name: string) {
  return ([...name.trim()][0] ?? "?").toLocaleUpperCase();
}

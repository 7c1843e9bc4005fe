import type { CSSProperties } from "react";
import { posterHue } from "@/lib/poster";
import { OptimisedImage } from "./optimised-image";

/**
 * A stored picture (a poster, a photo) through the image optimiser (OptimisedImage), filling a box of the caller's shape: resized, served in
 * modern formats, with a srcset of widths for `sizes`, lazy unless `isPriority`, and blurred from its `placeholder`
 * (a few pixels, in the page's HTML) until it has loaded.
 */
export function Picture({
  src,
  alt,
  sizes,
  className,
  isPriority = false,
  placeholder = null,
}: {
  src: string;
  alt: string;
  sizes: string;
  className: string;
  isPriority?: boolean;
  placeholder?: string | null;
}) {
  return (
    <div className={`${className} relative shrink-0 overflow-hidden rounded-md bg-stone-200 shadow-md`}>
      <OptimisedImage
        src={src}
        alt={alt}
        fill
        sizes={sizes}
        preload={isPriority}
        className="object-cover"
        {...(placeholder ? { placeholder: "blur", blurDataURL: placeholder } : {})}
      />
    </div>
  );
}

/** The colours of what stands in for a missing picture: the same for a slug every time, different from its neighbours. */
export function drawnBackground(slug: string): CSSProperties {
  const hue = posterHue(slug);
  return { background: `linear-gradient(160deg, hsl(${hue} 45% 38%), hsl(${(hue + 40) % 360} 55% 16%))` };
}

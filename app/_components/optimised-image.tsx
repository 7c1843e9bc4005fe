import { getImageProps, type ImageProps } from "next/image";
import { preload } from "react-dom";

/**
 * next/image's work — a srcset of widths resized by the image optimiser, lazy loading, the blurred preview — as the
 * plain img the server writes out. next/image's own component is a client component: every page showing a picture
 * made the browser load its code (about 6 kB gzipped, #21) to take the preview away once the picture is in, where
 * the opaque picture covers it anyway. `preload` has the picture fetched first, from the page's head: the first
 * screen's largest.
 */
export function OptimisedImage({ preload: isPreloaded = false, ...image }: Omit<ImageProps, "priority" | "loading">) {
  const { props } = getImageProps({ ...image, preload: isPreloaded });
  if (isPreloaded) {
    preload(props.src, { as: "image", imageSrcSet: props.srcSet, imageSizes: props.sizes, fetchPriority: "high" });
  }
  // The img next/image renders, without its script.
  // eslint-disable-next-line @next/next/no-img-element, jsx-a11y/alt-text
  return <img {...props} />;
}

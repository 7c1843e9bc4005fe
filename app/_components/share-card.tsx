// The card link previews show (OpenGraph, and Twitter after it), drawn the same way for every opengraph-image.tsx.
import { ImageResponse } from "next/og";
import { SHARE_CARD_SIZE } from "@/lib/page-metadata";
import { posterHue } from "@/lib/poster";
import { shareCardFonts } from "./share-card-fonts";

export interface ShareCardText {
  /** The slug whose colours the card takes: a film's are those of its generated poster (lib/poster.ts). */
  colourSlug: string;
  heading: string;
  details?: string;
  footer?: string;
}

/** "Marquee" at the top, the heading and its details, then the footer, on a gradient of the slug's own hue. */
export async function shareCardImage({ colourSlug, heading, details, footer }: ShareCardText) {
  const hue = posterHue(colourSlug);
  const fonts = await shareCardFonts([heading, details, footer].join(""));
  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: 72,
        color: "white",
        fontFamily: [...new Set(fonts.map((font) => font.name))].join(", "),
        background: `linear-gradient(160deg, hsl(${hue} 45% 38%), hsl(${(hue + 40) % 360} 55% 12%))`,
      }}
    >
      <div style={{ fontSize: 36, opacity: 0.85 }}>Marquee</div>
      <div style={{ display: "flex", flexDirection: "column" }}>
        <div style={{ fontSize: 84, fontWeight: 700, lineHeight: 1.05 }}>{heading}</div>
        {details ? <div style={{ fontSize: 40, marginTop: 16, opacity: 0.9 }}>{details}</div> : null}
      </div>
      {footer ? <div style={{ fontSize: 48, fontWeight: 700 }}>{footer}</div> : null}
    </div>,
    { ...SHARE_CARD_SIZE, fonts },
  );
}

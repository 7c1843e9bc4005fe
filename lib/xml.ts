import { CONTROL_CHARACTERS } from "./validation/fields";

/** Escapes text for XML content and attribute values, leaving out control characters that XML cannot carry. */
export function escapeXml(text: string) {
  return text.replace(CONTROL_CHARACTERS, "").replace(/[<>&'"]/g, (character) => `&#${character.charCodeAt(0)};`);
}

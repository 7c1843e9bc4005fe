export const ROLE_HEADINGS: Record<string, string> = {
  director: "Director",
  writer: "Writer",
  cast: "Actor",
  composer: "Composer",
  cinematographer: "Cinematographer",
  editor: "Editor",
  producer: "Producer",
};

// Serves members' avatars: stored as posters are, in the same directory (lib/image-files.ts).
export { GET } from "../../posters/[name]/route";

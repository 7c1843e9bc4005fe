// The 'use cache' handler named in next.config.ts, as Next loads it: with Node's own import() at run time, never
// bundled, in `next build`'s workers, in `next dev` and in the production server. Node 20 cannot load TypeScript and
// only the production server runs under tsx, so this file loads the handler (shared-tags.ts) through tsx's scoped
// import, whose hooks apply to that module and its imports only.
import { tsImport } from "tsx/esm/api";

const { createProcessCacheHandler } = await tsImport("./shared-tags.ts", import.meta.url);

export default await createProcessCacheHandler();

import FileSystemCache from "next/dist/server/lib/incremental-cache/file-system-cache.js";

/** Next's file-system page cache, keeping no page whose render an invalidation overtook. */
export default class PageCache extends FileSystemCache {}

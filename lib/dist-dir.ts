/** Next's build directory: `.next`, or another the e2e suite and the bench build into so as not to overwrite the app's. */
export function distDir() {
  return process.env.NEXT_DIST_DIR || ".next";
}

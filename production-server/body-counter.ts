// A body sent without a declared length (chunked) cannot be judged before it arrives, and Next and Auth.js read such
// a body whole, without limit, on any route but a server action: 200 MB to /api/auth/* once took 540 MB of memory.
// So its bytes are counted here as the socket delivers them, before any reader sees them, whoever reads (Next, a
// route handler, Auth.js) and whatever the method.
import type { IncomingMessage } from "node:http";

/**
 * Counts the request's body as it arrives; past `limit` bytes, calls `refuse` once and drops the rest. The reader
 * never sees the end of a cut body, so nothing acts on part of one: it waits until the connection closes.
 *
 * Node's HTTP parser hands each piece of a body to the request stream's `push` (the Readable implementer's API), so
 * the count is taken there: no reader can get a byte past it, and nothing is buffered on the way.
 */
export function countBodyAsItArrives(request: IncomingMessage, limit: number, refuse: () => void) {
  let received = 0;
  const push = request.push.bind(request);
  request.push = (chunk: unknown, encoding?: BufferEncoding) => {
    if (received > limit) return true;
    if (chunk !== null) {
      received += (chunk as Buffer).length;
      if (received > limit) {
        refuse();
        return true;
      }
    }
    return push(chunk, encoding);
  };
}

/**
 * Closes the connection of a request refused midway, after `lingerMs`. Closing while the client is still sending
 * makes the client's system reset the connection, which throws away the answer before the client reads it: so what
 * still comes is dropped for a moment first (Apache's "lingering close"). A client that asked for the connection to
 * be closed (`Connection: close`) would have it closed by Node the moment the answer is out: there, only the
 * sending side is shut until then.
 */
export function closeAfterLingering(request: IncomingMessage, lingerMs: number) {
  const { socket } = request;
  socket.destroySoon = () => socket.end();
  setTimeout(() => socket.destroy(), lingerMs).unref();
}

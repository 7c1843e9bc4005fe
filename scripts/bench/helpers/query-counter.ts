// A TCP relay between the app and PostgreSQL that reads the protocol's message headers and forwards every byte
// unchanged, so the app needs no change. It counts the SQL statements the app sends (each Execute of the extended
// protocol and each simple Query, BEGIN and COMMIT included) and the exchanges still waiting for the server's
// ReadyForQuery, which tells when the app's database work is done.
// Run as a child process: `query-counter.ts <target host> <target port>`; it listens on a free local port.
import { createServer, connect, type AddressInfo } from "node:net";
import { serveHelperRequests } from "./child";

const EXECUTE = 0x45; // 'E'
const SIMPLE_QUERY = 0x51; // 'Q'
const SYNC = 0x53; // 'S'
const READY_FOR_QUERY = 0x5a; // 'Z'
// The messages before the startup message have no type byte; these codes follow their length.
const SSL_REQUEST = 80877103;
const GSS_ENCRYPTION_REQUEST = 80877104;
const CANCEL_REQUEST = 80877102;
const STARTUP = -1;

const [targetHost = "127.0.0.1", targetPort = "5432"] = process.argv.slice(2);
let statements = 0;
let pendingExchanges = 0;

/**
 * Splits a stream into messages across chunk boundaries and reports each one's type byte: [type][int32 length
 * including itself][body]. A client's stream starts untyped ([int32 length][int32 code][body]); those messages are
 * reported by their code, the startup message as STARTUP.
 */
function messageReader(onMessage: (type: number) => void, { startsUntyped }: { startsUntyped: boolean }) {
  let isUntyped = startsUntyped;
  let header = Buffer.alloc(0);
  let bodyLeft = 0;
  return (chunk: Buffer) => {
    let offset = 0;
    while (offset < chunk.length) {
      if (bodyLeft > 0) {
        const skipped = Math.min(bodyLeft, chunk.length - offset);
        offset += skipped;
        bodyLeft -= skipped;
        continue;
      }
      const headerSize = isUntyped ? 8 : 5;
      const taken = chunk.subarray(offset, offset + headerSize - header.length);
      header = Buffer.concat([header, taken]);
      offset += taken.length;
      if (header.length < headerSize) return;
      if (isUntyped) {
        const code = header.readInt32BE(4);
        const isRequest = code === SSL_REQUEST || code === GSS_ENCRYPTION_REQUEST || code === CANCEL_REQUEST;
        onMessage(isRequest ? code : STARTUP);
        isUntyped = code === SSL_REQUEST || code === GSS_ENCRYPTION_REQUEST;
        bodyLeft = header.readInt32BE(0) - 8;
      } else {
        onMessage(header[0]!);
        bodyLeft = header.readInt32BE(1) - 4;
      }
      header = Buffer.alloc(0);
    }
  };
}

const relay = createServer((client) => {
  const server = connect(Number(targetPort), targetHost);
  // Exchanges of this connection awaiting their ReadyForQuery: the startup's, then one per Sync or simple Query.
  let pending = 0;
  // An encrypted connection cannot be read; the app's URLs ask for none, so this only guards the counts.
  let isReadable = true;
  const change = (by: number) => {
    pending += by;
    pendingExchanges += by;
  };
  const readClient = messageReader(
    (type) => {
      if (type === SSL_REQUEST || type === GSS_ENCRYPTION_REQUEST) isReadable = false;
      if (!isReadable) return;
      if (type === EXECUTE || type === SIMPLE_QUERY) statements++;
      if (type === STARTUP || type === SYNC || type === SIMPLE_QUERY) change(1);
    },
    { startsUntyped: true },
  );
  const readServer = messageReader(
    (type) => {
      if (type === READY_FOR_QUERY) change(-1);
    },
    { startsUntyped: false },
  );
  client.on("data", (chunk: Buffer) => {
    readClient(chunk);
    if (!server.write(chunk)) client.pause();
  });
  server.on("drain", () => client.resume());
  server.on("data", (chunk: Buffer) => {
    if (isReadable) readServer(chunk);
    if (!client.write(chunk)) server.pause();
  });
  client.on("drain", () => server.resume());
  let isClosed = false;
  const closeBoth = () => {
    if (isClosed) return;
    isClosed = true;
    change(-pending);
    client.destroy();
    server.destroy();
  };
  client.on("close", closeBoth).on("error", closeBoth);
  server.on("close", closeBoth).on("error", closeBoth);
});

relay.listen(0, "127.0.0.1", () => {
  const { port } = relay.address() as AddressInfo;
  serveHelperRequests((type) => {
    if (type === "port") return port;
    if (type === "statements") return statements;
    if (type === "pending") return pendingExchanges;
    throw new Error(`unknown request ${type}`);
  });
});

// A real SMTP server in this process, for tests of what the app mails: it accepts every message on a free port and
// keeps it parsed, so a test can read the link a member would follow.
import type { AddressInfo } from "node:net";
import { type ParsedMail, simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export interface SmtpInbox {
  /** For SMTP_URL. */
  url: string;
  messages: ParsedMail[];
  /** The next message to `to` that arrives, or one already there and not yet taken. */
  nextMailTo(to: string, timeoutMs?: number): Promise<ParsedMail>;
  close(): Promise<void>;
}

export async function startSmtpInbox(port = 0): Promise<SmtpInbox> {
  const messages: ParsedMail[] = [];
  const taken = new Set<ParsedMail>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          messages.push(mail);
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const { port: listening } = server.server.address() as AddressInfo;
  const isTo = (mail: ParsedMail, to: string) =>
    [mail.to ?? []]
      .flat()
      .some((address) => address.value.some((box) => box.address?.toLowerCase() === to.toLowerCase()));
  return {
    url: `smtp://127.0.0.1:${listening}`,
    messages,
    async nextMailTo(to, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        const mail = messages.find((message) => !taken.has(message) && isTo(message, to));
        if (mail) {
          taken.add(mail);
          return mail;
        }
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      throw new Error(`No mail to ${to} within ${timeoutMs} ms (${messages.length} received)`);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The first link in a mail's text that starts with `prefix`. */
export function linkIn(mail: ParsedMail, prefix: string) {
  const link = mail.text?.match(/https?:\/\/\S+/g)?.find((url) => new URL(url).pathname.startsWith(prefix));
  if (!link) throw new Error(`No ${prefix} link in: ${mail.text}`);
  return new URL(link);
}

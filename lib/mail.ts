// Sends the site's few emails (password resets, address checks) through SMTP_URL. Without one the message is logged
// instead, link and all, so that the two-command start works with no mail server: the operator reads the log.
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "./env";
import { getLogger } from "./logger";
import { siteUrl } from "./site";

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

let transporter: { url: string; transport: Transporter } | undefined;

function transportFor(url: string) {
  if (transporter?.url !== url) transporter = { url, transport: nodemailer.createTransport(url) };
  return transporter.transport;
}

function sender() {
  return env().MAIL_FROM ?? `Marquee <noreply@${siteUrl().hostname}>`;
}

/**
 * Sends the mail, or logs it when no SMTP server is configured. A server that refuses or cannot be reached is logged
 * and reported as false, never thrown: whoever asked for the mail gets the same answer either way, and may ask again.
 */
export async function sendMail(mail: Mail): Promise<boolean> {
  const url = env().SMTP_URL;
  if (!url) {
    getLogger().info({ mail: { to: mail.to, subject: mail.subject } }, `mail not sent (no SMTP_URL):\n${mail.text}`);
    return true;
  }
  try {
    await transportFor(url).sendMail({ from: sender(), ...mail });
    return true;
  } catch (error) {
    getLogger().error({ err: error, mail: { to: mail.to, subject: mail.subject } }, "mail not sent");
    return false;
  }
}

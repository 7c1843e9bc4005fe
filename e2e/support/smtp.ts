// Where the app under test sends its mail: a port beside its own, on which a spec that reads mail runs an SMTP server
// (tests/support/smtp-inbox.ts). With none listening, the app logs that the mail was not sent, and carries on.
export const E2E_SMTP_PORT = Number(process.env.E2E_PORT ?? 3100) + 1000;

import { expect } from 'vitest';

export interface Account {
  accountSid: string;
  authToken: string;
}

/** The environment that gives the CLI these credentials (never flags: they show in `ps`). */
export const credentialsEnv = ({ accountSid, authToken }: Account): NodeJS.ProcessEnv => ({
  TWILIO_ACCOUNT_SID: accountSid,
  TWILIO_AUTH_TOKEN: authToken,
});

/** What must never be written anywhere: the token, and base64 of `sid:token` (the Basic credential). */
export const secretForms = ({ accountSid, authToken }: Account): string[] => [
  authToken,
  Buffer.from(`${accountSid}:${authToken}`, 'utf8').toString('base64'),
];

/** Asserts that no artefact (stdout, stderr, reports) holds the token in any of its forms. */
export function expectNoSecrets(account: Account, artefacts: Record<string, string>): void {
  for (const [name, text] of Object.entries(artefacts)) {
    for (const secret of secretForms(account)) {
      expect(text.includes(secret), `${name} holds the secret ${secret.slice(0, 6)}…`).toBe(false);
    }
  }
}

import { buildRequest } from '../../../src/http/buildRequest.js';
import type { RequestCase } from '../../../src/generate/types.js';
import type { Exchange, HttpClient, HttpRequest, TransportFailure } from '../../../src/http/types.js';
import type { Resource } from '../../../src/spec/types.js';
import type { RunSession } from '../../../src/run/session/RunSession.js';
import { exchangeOf, type Answer } from '../../checks/support/answer.js';
import { ACCOUNT, FIXTURES, type SpecId } from '../../checks/support/subjects.js';

/** A recorded answer, or one computed from the request that gets it. */
export type Recorded = Answer | ((request: HttpRequest) => Answer);

const BASE = 'http://replay.invalid';

/** The fixtures a sequence works under; Chat's channel also has a unique name (the parent alias). */
export const sequenceFixtures = (specId: string): Record<string, string> => ({
  ...FIXTURES[specId as SpecId],
  ...(specId === 'chat_v2' ? { ChannelUniqueName: 'general' } : {}),
});

type Used = 'fixtures' | 'parentPath' | 'request' | 'baseUrl' | 'uniqueFor' | 'seedFor';

/** What the sequences ask of a run session, and the requests it was asked to send. */
export type ReplaySession = Pick<RunSession, Used> & {
  transport: Pick<RunSession['transport'], 'send' | 'burstClient'>;
  created: Pick<RunSession['created'], 'noteCreate' | 'untrack'>;
  sent: HttpRequest[];
  unused(): number;
};

const next = (answers: Recorded[], request: HttpRequest): Exchange => {
  const answer = answers.shift();
  if (answer === undefined) throw new Error(`the case recorded no answer for ${request.method} ${request.url}`);
  return exchangeOf(typeof answer === 'function' ? answer(request) : answer, request);
};

/**
 * The run session with its transport replaced by recorded answers, in order: the sequence client,
 * the commands and the scenarios run as they are and judge what comes back. Requests are built by
 * the real buildRequest; running out of answers is an error of the case, not a verdict.
 */
export function replaySession(answers: Recorded[], burst: Recorded[] = []): ReplaySession {
  let tag = 0;
  const sent: HttpRequest[] = [];
  const burstClient = {
    send: async (request: HttpRequest): Promise<Exchange | TransportFailure> => next(burst, request),
  } as HttpClient;
  return {
    sent,
    unused: () => answers.length + burst.length,
    fixtures: (resource: Resource) => sequenceFixtures(resource.specId),
    parentPath: (resource: Resource, overrides: Record<string, string> = {}) =>
      Object.fromEntries(resource.parentParams.map((name) => [name, overrides[name] ?? sequenceFixtures(resource.specId)[name] ?? ''])),
    request: (requestCase: RequestCase) => buildRequest(requestCase, { baseUrl: BASE, auth: { accountSid: ACCOUNT, authToken: 'replay-token' } }),
    transport: {
      send: async (request: HttpRequest) => {
        sent.push(request);
        return next(answers, request);
      },
      burstClient: () => burstClient,
    },
    created: { noteCreate: () => undefined, untrack: () => undefined },
    baseUrl: () => BASE,
    uniqueFor: () => () => `~t.${(tag += 1)}`,
    seedFor: () => 1,
  };
}

export const asRunSession = (session: ReplaySession): RunSession => session as unknown as RunSession;

import { chatMember } from '../support/bodies.js';
import type { ExchangeCase } from '../support/exchangeCase.js';
import type { Operation } from '../../../src/spec/types.js';

const create = { spec: 'chat_v2', operation: 'CreateMember' } as const;

/** The operation with one documented header of its 201 made required (the bundled specs require none). */
const requiring = (name: string) => (operation: Operation): Operation => ({
  ...operation,
  responses: operation.responses.map((r) =>
    r.status === '201' ? { ...r, headers: r.headers.map((h) => (h.name === name ? { ...h, required: true } : h)) } : r,
  ),
});

export const responseHeadersCases: ExchangeCase[] = [
  { name: 'no documented header sent: none is required', ...create, response: { status: 201, json: chatMember() }, expect: [] },
  {
    name: 'documented headers of their schema',
    ...create,
    response: { status: 201, json: chatMember(), headers: { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Credentials': 'true' } },
    expect: [],
  },
  {
    name: 'a boolean header that is not a boolean',
    ...create,
    response: { status: 201, json: chatMember(), headers: { 'Access-Control-Allow-Credentials': 'yes' } },
    expect: [{ kind: 'invalid', message: ['header Access-Control-Allow-Credentials: "yes" must be boolean'] }],
  },
  {
    name: 'a required header missing',
    ...create,
    adjust: requiring('Access-Control-Allow-Origin'),
    response: { status: 201, json: chatMember() },
    expect: [{ kind: 'missing', message: ['required header Access-Control-Allow-Origin is missing'] }],
  },
];

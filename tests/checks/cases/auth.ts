import { chatMember, twilioError } from '../support/bodies.js';
import { breaking, type ExchangeCase } from '../support/exchangeCase.js';
import { OTHER_SID } from '../support/subjects.js';

const wrongToken = {
  spec: 'chat_v2',
  operation: 'CreateMember',
  scenario: 'auth',
  form: [['Identity', 'jing']],
  breaks: { ...breaking('Authorization', 'a wrong token'), location: 'header' },
} as const satisfies Partial<ExchangeCase>;

export const authCases: ExchangeCase[] = [
  { name: '401 with code 20003', ...wrongToken, listBefore: [], listAfter: [], response: { status: 401, json: twilioError(401, 20003) }, expect: [] },
  {
    name: 'accepted with a wrong token',
    ...wrongToken,
    response: { status: 201, json: chatMember() },
    expect: [{ kind: 'wrong_status', message: ['Received: 201 code undefined / Expected: 401 code 20003, for a wrong token'] }],
  },
  {
    name: '401 with another code',
    ...wrongToken,
    response: { status: 401, json: twilioError(401, 20001) },
    expect: [{ kind: 'wrong_code', message: ['Received: 401 code 20001'] }],
  },
  {
    name: 'refused, but created one all the same',
    ...wrongToken,
    listBefore: [],
    listAfter: [chatMember({ sid: OTHER_SID.chat_v2 })],
    response: { status: 401, json: twilioError(401, 20003) },
    expect: [{ kind: 'changed_state', message: [`the request was refused but created ${OTHER_SID.chat_v2}`] }],
  },
  { name: 'not judged for a valid case', spec: 'chat_v2', operation: 'CreateMember', response: { status: 401, json: twilioError(401, 20003) }, applies: false, expect: [] },
];

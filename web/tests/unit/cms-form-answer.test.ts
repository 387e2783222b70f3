import { describe, expect, it } from 'vitest';
import { readCmsFormAnswer } from '../../layers/network/shared/utils/cms-form-answer';

describe('readCmsFormAnswer: one reading of the CMS answer for every form', () => {
  it('takes the message of an accepted form', () => {
    expect(readCmsFormAnswer(202, { data: { message: 'Check your inbox' } })).toEqual({
      status: 202,
      message: 'Check your inbox',
      fieldErrors: {},
    });
  });

  it('maps each refused field to its message', () => {
    const body = {
      error: {
        message: 'Please correct the form',
        details: {
          errors: [
            { path: ['email'], message: 'Enter a valid email address' },
            { path: ['consent'], message: 'Consent is required' },
          ],
        },
      },
    };
    expect(readCmsFormAnswer(400, body)).toEqual({
      status: 400,
      message: 'Please correct the form',
      fieldErrors: { email: 'Enter a valid email address', consent: 'Consent is required' },
    });
  });

  it('falls back to the given message when the body says nothing (or is not JSON)', () => {
    expect(readCmsFormAnswer(503, null, 'Unavailable').message).toBe('Unavailable');
    expect(readCmsFormAnswer(502, 'Bad gateway', 'Unavailable').message).toBe('Unavailable');
    expect(readCmsFormAnswer(500, {}).message).toBe('');
  });
});

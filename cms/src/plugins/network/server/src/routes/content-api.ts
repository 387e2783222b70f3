import { REPORT_SUBMIT_PATH } from '../lib/limits';

/**
 * The network's public endpoints. Sign-up and sharing a report are the only anonymous writes;
 * confirm and unsubscribe act only with a signed token from an email. No route reads contacts.
 * No plugin prefix: the paths are the ones the site has always posted to.
 */
export default {
  type: 'content-api',
  prefix: '',
  routes: [
    {
      method: 'GET',
      path: '/network/consent',
      handler: 'network-sign-up.consent',
      config: { auth: false },
    },
    {
      method: 'POST',
      path: '/network/sign-up',
      handler: 'network-sign-up.signUp',
      config: { auth: false },
    },
    {
      method: 'POST',
      path: '/network/confirm',
      handler: 'network-sign-up.confirm',
      config: { auth: false },
    },
    {
      method: 'POST',
      path: '/network/unsubscribe',
      handler: 'network-sign-up.unsubscribe',
      config: { auth: false },
    },
    {
      // "Share a report with the project" (multipart form, read by lib/intake.ts).
      method: 'POST',
      path: REPORT_SUBMIT_PATH,
      handler: 'report-submission.submit',
      config: { auth: false },
    },
  ],
};

/**
 * The network's public endpoints. Sign-up is the only anonymous write; confirm and unsubscribe act
 * only with a signed token from an email. No route reads contacts.
 */
export default {
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
  ],
};

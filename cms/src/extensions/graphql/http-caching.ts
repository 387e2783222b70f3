import type { ApolloServerPlugin } from '@apollo/server';

/**
 * What HTTP caches (a partner's CDN, our nginx) may keep. An anonymous query sent by GET that
 * succeeded is public content, the same for everyone: shared caches may keep it for `sharedMaxAge`
 * seconds, browsers revalidate it by ETag (src/middlewares/graphql-conditional-get.ts). Everything
 * else is never stored: POST bodies, answers with errors and, above all, anything asked with a
 * token (a full-access token sees drafts).
 */
export function graphqlHttpCaching(sharedMaxAge: number): ApolloServerPlugin {
  return {
    async requestDidStart({ request }) {
      const authorized = Boolean(request.http?.headers.get('authorization'));
      const readByGet = request.http?.method === 'GET';
      return {
        async willSendResponse({ response, errors }) {
          const headers = response.http.headers;
          if (authorized) {
            headers.set('cache-control', 'private, no-store');
          } else if (readByGet && !errors?.length && sharedMaxAge > 0) {
            headers.set('cache-control', `public, max-age=0, s-maxage=${sharedMaxAge}`);
          } else {
            headers.set('cache-control', 'no-store');
          }
        },
      };
    },
  };
}

import { operationName, type TypedDocumentString } from '@mdle/api-client';

/**
 * Fetches one typed GraphQL operation through the site's server (`/api/cms/<operation>`), with
 * SSR payload reuse and a result typed by the document.
 */
export function useCmsQuery<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: MaybeRefOrGetter<TVariables>,
) {
  const name = operationName(document);
  const query = computed(() => ({ variables: JSON.stringify(toValue(variables)) }));
  return useFetch<TResult>(`/api/cms/${name}`, {
    query,
    key: computed(() => `cms:${name}:${query.value.variables}`),
  });
}

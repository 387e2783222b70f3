import { operationName, type TypedDocumentString } from '@mdle/api-client';

/**
 * Fetches one typed GraphQL operation through the site's server (`/api/cms/<operation>`), with
 * SSR payload reuse and a result typed by the document; in an editor's preview, the version the
 * preview shows.
 */
export function useCmsQuery<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: MaybeRefOrGetter<TVariables>,
) {
  const name = operationName(document);
  const preview = usePreview();
  const query = computed(() => ({
    variables: JSON.stringify(toValue(variables)),
    // An editor's preview reads the version it shows (server/api/cms checks the token).
    ...(preview.value ? { [PREVIEW_PARAMETER]: preview.value.token } : {}),
  }));
  return useFetch<TResult>(`/api/cms/${name}`, {
    query,
    key: computed(() => `cms:${name}:${query.value.variables}`),
  });
}

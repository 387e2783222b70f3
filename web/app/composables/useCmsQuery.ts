import { operationName, type TypedDocumentString } from '@mdle/api-client';

/**
 * Runs one typed GraphQL operation (server/utils/cms-operation.ts): in-process while the page
 * renders on the server, through `/api/cms/<operation>` in the browser. The result is typed by
 * the document and reused from the SSR payload; in an editor's preview, it is the version the
 * preview shows.
 */
export function useCmsQuery<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: MaybeRefOrGetter<TVariables>,
) {
  const name = operationName(document);
  const preview = usePreview();
  const variablesJson = computed(() => JSON.stringify(toValue(variables)));
  return useSiteRead<TResult>(
    () => `cms:${name}:${variablesJson.value}`,
    () => ({
      path: `/api/cms/${name}`,
      query: {
        variables: variablesJson.value,
        // An editor's preview reads the version it shows (server/api/cms checks the token).
        ...(preview.value ? { [PREVIEW_PARAMETER]: preview.value.token } : {}),
      },
    }),
    (reads, event) => reads.cms(event, name, toValue(variables) as Record<string, unknown>),
  );
}

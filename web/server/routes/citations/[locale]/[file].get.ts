const FILE = new RegExp(`^(.+)\\.(${Object.keys(CITATION_FILES).join('|')})$`);

/**
 * `/citations/<locale>/<slug>.<bib|ris|json>`: a publication's reference for reference managers
 * (BibTeX, RIS, CSL-JSON), downloaded as a file.
 */
export default defineEventHandler(async (event) => {
  const match = FILE.exec(getRouterParam(event, 'file', { decode: true }) ?? '');
  const { item } = await publicationCitation(getRouterParam(event, 'locale'), match?.[1]);
  const file = match![2] as CitationFile;
  setResponseHeader(event, 'content-type', `${CITATION_FILES[file]}; charset=utf-8`);
  setResponseHeader(event, 'content-disposition', `attachment; filename="${item.id}.${file}"`);
  return citationFile(item, file);
});

/**
 * The articles the method comes from, by title. Rules files and catalogues
 * name them by a short key ("004"); readers only ever see the title.
 */
export const SOURCES: Readonly<Record<string, string>> = {
  '000': 'How does a CPO work for you?',
  '001': 'Dealing with your MPO Partner – An IT firm perspective',
  '002': '4 Things Digital Marketers Can Learn from IT Outsourcing',
  '003': "Outsourcing the social media process – do's and don'ts",
  '004': 'What Internet Marketing Task To Outsource?',
};

/** The title for a key, or for each of "002, 003"; an unknown key is returned as given. */
export function sourceTitle(key: string): string {
  return key
    .split(/\s*[,;]\s*/)
    .map((k) => SOURCES[k.trim()] ?? k.trim())
    .join('"; "');
}

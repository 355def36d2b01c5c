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

/** The titles for "002", "002, 003" or "004 step 7; 001", joined by '"; "'; text without a key is returned as given. */
export function sourceTitle(key: string): string {
  const keys = [...new Set(key.match(/00[0-4]/g) ?? [])];
  return keys.length === 0 ? key : keys.map((k) => SOURCES[k] ?? k).join('"; "');
}

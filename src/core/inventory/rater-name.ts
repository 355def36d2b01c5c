/** Why a rater's name cannot be used, if it cannot: names show in reports, and "answers" is the voice of the shared answers. The same words as the schema's (a test holds them together), without zod. */
export function raterNameProblem(name: string): string | undefined {
  if (name === 'answers') return 'the rater name "answers" is kept for the shared answers; pick another name';
  if (name.length > 64 || !/^[A-Za-z0-9][A-Za-z0-9 ._@-]*$/.test(name))
    return 'a rater name is 1-64 letters, digits, spaces or . _ @ -, starting with a letter or digit';
  return undefined;
}

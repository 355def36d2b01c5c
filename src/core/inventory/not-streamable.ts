/**
 * A file the bounded-memory reader leaves to the reader that holds it whole:
 * a quote, a CR, a money column, a bad row, a duplicate id. That reader then
 * gives its usual result or its usual errors, so nothing is worded twice.
 */
export class NotStreamable extends Error {
  constructor(why: string) {
    super(why);
    this.name = 'NotStreamable';
  }
}

/** A file whose second reading differs from the first: the ranks of the first no longer hold. */
export class InputChanged extends Error {
  /** What differs, for the message: "row 12 has another id", say. */
  constructor(what: string) {
    super(what);
    this.name = 'InputChanged';
  }
}

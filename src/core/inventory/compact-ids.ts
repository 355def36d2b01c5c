/**
 * Process ids in one byte array, with a hash index: a million ids cost about
 * 25 bytes each instead of a string and a Set entry apiece. Only ASCII ids fit
 * (the inventory schema allows a-z, 0-9 and "-"), so bytes compare as the
 * strings do.
 */
export class CompactIds {
  private bytes = new Uint8Array(1 << 16);
  private used = 0;
  private starts = new Uint32Array(1 << 12);
  private count = 0;
  /** Open addressing: row + 1, 0 for an empty slot; kept at most half full. */
  private slots = new Int32Array(1 << 13);

  get size(): number {
    return this.count;
  }

  /** Adds the id of the next row: -1, or the earlier row that has the same id (and then nothing is added). */
  add(id: string): number {
    if (this.slots.length === 0) throw new Error('sealed: no id can be added');
    const hash = hashOf(id);
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    for (;;) {
      const row = this.slots[slot]! - 1;
      if (row === -1) break;
      if (this.equals(row, id)) return row;
      slot = (slot + 1) & mask;
    }
    if (!isAscii(id)) throw new RangeError('only ASCII ids are kept compactly');
    if (this.used + id.length > this.bytes.length) this.bytes = grown(this.bytes, this.used + id.length);
    if (this.count + 2 > this.starts.length) this.starts = grown(this.starts, this.count + 2);
    const start = this.used;
    for (let i = 0; i < id.length; i++) this.bytes[start + i] = id.charCodeAt(i);
    this.used += id.length;
    this.starts[this.count] = start;
    this.starts[this.count + 1] = this.used;
    this.slots[slot] = this.count + 1;
    this.count++;
    if (this.count * 2 > this.slots.length) this.rehash();
    return -1;
  }

  /** Drops the hash index once every id is in (a quarter of the memory): `equals` and `compare` still answer, `add` no longer may. */
  seal(): void {
    this.slots = new Int32Array(0);
  }

  /** Whether row `row` holds `id`. */
  equals(row: number, id: string): boolean {
    const start = this.starts[row]!;
    const end = this.starts[row + 1]!;
    if (end - start !== id.length) return false;
    for (let i = 0; i < id.length; i++) if (this.bytes[start + i] !== id.charCodeAt(i)) return false;
    return true;
  }

  /** The ids of two rows in string order: negative, 0 or positive. */
  compare(a: number, b: number): number {
    let i = this.starts[a]!;
    const aEnd = this.starts[a + 1]!;
    let j = this.starts[b]!;
    const bEnd = this.starts[b + 1]!;
    for (; i < aEnd && j < bEnd; i++, j++) {
      const d = this.bytes[i]! - this.bytes[j]!;
      if (d !== 0) return d;
    }
    return aEnd - this.starts[a]! - (bEnd - this.starts[b]!);
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let row = 0; row < this.count; row++) {
      let slot = this.hashOfRow(row) & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = row + 1;
    }
    this.slots = slots;
  }

  private hashOfRow(row: number): number {
    let h = 0x811c9dc5;
    for (let i = this.starts[row]!; i < this.starts[row + 1]!; i++) h = Math.imul(h ^ this.bytes[i]!, 0x01000193);
    return h >>> 0;
  }
}

/** FNV-1a over the character codes: for ASCII, the same as over the bytes hashOfRow reads. */
function hashOf(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function isAscii(id: string): boolean {
  for (let i = 0; i < id.length; i++) if (id.charCodeAt(i) > 0x7f) return false;
  return true;
}

function grown<T extends Uint8Array | Uint32Array>(array: T, needed: number): T {
  let size = array.length * 2;
  while (size < needed) size *= 2;
  const next = new (array.constructor as new (n: number) => T)(size);
  next.set(array);
  return next;
}

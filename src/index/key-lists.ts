/**
 * A build-time multimap from string keys to int ids. Frozen, the lists are the plain arrays they
 * were built in: copying each into an Int32Array cost more than it saved (one typed array per key,
 * 100,000+ keys on the SDN list, and a small typed array is no smaller than a small array of ints).
 */
export class KeyLists {
  private readonly lists = new Map<string, number[]>();
  private frozen = false;

  add(key: string, id: number): void {
    if (this.frozen) throw new Error('KeyLists: add after freeze');
    const list = this.lists.get(key);
    if (!list) this.lists.set(key, [id]);
    else if (list[list.length - 1] !== id) list.push(id);
  }

  freeze(): void {
    this.frozen = true;
  }

  /** The ids of `key` in the order added, without consecutive repeats (shared: do not modify). */
  get(key: string): readonly number[] | undefined {
    return this.lists.get(key);
  }
}

/** A build-time multimap from string keys to int ids, frozen into Int32Arrays. */
export class KeyLists {
  private readonly building = new Map<string, number[]>();
  private frozen: Map<string, Int32Array> | undefined;

  add(key: string, id: number): void {
    let list = this.building.get(key);
    if (!list) this.building.set(key, (list = []));
    if (list[list.length - 1] !== id) list.push(id);
  }

  freeze(): void {
    this.frozen = new Map([...this.building].map(([k, v]) => [k, Int32Array.from(v)]));
    this.building.clear();
  }

  get(key: string): Int32Array | undefined {
    return this.frozen!.get(key);
  }
}

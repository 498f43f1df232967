/**
 * Small bounded records kept in extension storage, so they survive the worker being stopped:
 * every entry expires, and past the size limit the oldest go first. Writes are queued so two
 * updates in one worker never overwrite each other.
 */
export interface KeyValueArea {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** A Map-backed area for tests and the bench. */
export function memoryArea(): KeyValueArea & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return {
    data,
    get: async (keys) =>
      Object.fromEntries(keys.filter((k) => data.has(k)).map((k) => [k, structuredClone(data.get(k))])),
    set: async (items) => {
      for (const [k, v] of Object.entries(items)) data.set(k, structuredClone(v));
    },
  };
}

interface Stored<T> {
  value: T;
  /** Written at (epoch ms). */
  at: number;
  /** Expires at (epoch ms). */
  until: number;
}

export interface RecordOptions<T> {
  maxEntries: number;
  /** How long an entry stays valid. */
  ttlMs(value: T): number;
  now?: () => number;
}

export class ExpiringRecord<T> {
  private queue: Promise<unknown> = Promise.resolve();
  private readonly now: () => number;

  constructor(
    private readonly area: KeyValueArea,
    private readonly key: string,
    private readonly options: RecordOptions<T>,
  ) {
    this.now = options.now ?? Date.now;
  }

  private async read(): Promise<Record<string, Stored<T>>> {
    const raw = (await this.area.get([this.key]))[this.key];
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return {};
    const now = this.now();
    const live: Record<string, Stored<T>> = {};
    for (const [id, entry] of Object.entries(raw as Record<string, Stored<T>>)) {
      if (entry && typeof entry.until === 'number' && entry.until > now) live[id] = entry;
    }
    return live;
  }

  /** Live (unexpired) values by id. */
  async all(): Promise<Map<string, T>> {
    await this.queue.catch(() => undefined);
    return new Map(Object.entries(await this.read()).map(([id, e]) => [id, e.value]));
  }

  async get(id: string): Promise<T | undefined> {
    return (await this.all()).get(id);
  }

  /** Adds or replaces entries; drops expired ones and the oldest beyond `maxEntries`. */
  put(entries: [string, T][]): Promise<void> {
    const write = this.queue.then(async () => {
      const record = await this.read();
      const now = this.now();
      for (const [id, value] of entries) {
        delete record[id];
        record[id] = { value, at: now, until: now + this.options.ttlMs(value) };
      }
      const ids = Object.keys(record).sort((a, b) => (record[a] as Stored<T>).at - (record[b] as Stored<T>).at);
      for (const id of ids.slice(0, Math.max(0, ids.length - this.options.maxEntries))) delete record[id];
      await this.area.set({ [this.key]: record });
    });
    this.queue = write.catch(() => undefined);
    return write;
  }
}

// In-memory collections a simulator keeps its system's state in (dossiers, sessions, tokens …).

export interface MemoryStore {
  /** The named collection, created empty on first use. */
  collection<T>(name: string): Map<string, T>;
  /** Empties every collection. */
  clear(): void;
}

export function createMemoryStore(): MemoryStore {
  const collections = new Map<string, Map<string, unknown>>();
  return {
    collection<T>(name: string): Map<string, T> {
      let found = collections.get(name);
      if (!found) {
        found = new Map();
        collections.set(name, found);
      }
      return found as Map<string, T>;
    },
    clear() {
      for (const collection of collections.values()) collection.clear();
    },
  };
}

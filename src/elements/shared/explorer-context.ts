import { createContext } from '@lit/context';

/**
 * What an explorer shares with the map, timeline and table placed inside it, so a site can
 * arrange them in its own layout and still have them linked. State flows down through
 * this context; user actions flow up as the usual bubbling events.
 */
export interface ExplorerState {
  data: unknown;
  lang: string;
  year: number | null;
  selected: string | null;
  partners: string[];
}

export const explorerContext = createContext<ExplorerState | undefined>(Symbol('partnership-explorer-state'));

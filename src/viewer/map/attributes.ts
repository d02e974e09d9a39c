/** The attributes of the map's graphology graph: a person (or a ghost) and a drawn pair. */
import type { Mark } from './labels.js';

export interface MapNode {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  mark: Mark;
  forceLabel: boolean;
  zIndex: number;
}

export interface MapEdge {
  s: number;
  t: number;
  size: number;
  color: string;
  zIndex?: number;
  /** An edge of the change layer (`--compare`), drawn over the ties of this report. */
  change?: 'gained' | 'lost';
}

/**
 * What the map can highlight, and a handle the rest of the page uses to ask for it (a finding's
 * "show on the map", a click on a group or a person in a table). The map registers itself once it
 * is drawn; before that, or without WebGL, requests are ignored.
 */
export type Focus =
  | { type: 'group'; group: number }
  | { type: 'community'; community: number }
  /** `withReports`: shown with the reporting line, and each one's direct reports brought forward. */
  | { type: 'people'; people: number[]; withReports?: boolean }
  | { type: 'person'; person: number };

export interface FocusTarget {
  focus(focus: Focus | null): void;
}

let target: FocusTarget | null = null;

export function setFocusTarget(t: FocusTarget): void {
  target = t;
}

export function focusOnMap(focus: Focus): void {
  if (!target) return;
  target.focus(focus);
  document.getElementById('map')?.scrollIntoView({ behavior: 'smooth', block: 'start' });
}

/**
 * What a check renderer may know besides the result. Shaped so the analysis RenderContext
 * (`color` + `chalk`) can be passed as it is.
 */
import { Chalk, type ChalkInstance, type ColorSupportLevel } from 'chalk';

export interface CheckRenderContext {
  /** Colour on or off, decided once by the CLI (TTY, NO_COLOR, FORCE_COLOR, --no-color). */
  color: boolean;
  /** A chalk instance to colour with when `color` is on; else one is made at `level`. */
  chalk?: ChalkInstance;
  level?: ColorSupportLevel;
  /** Seconds the check took, for the JUnit `time` attributes (default 0). */
  seconds?: number;
  /** When the check ran (ISO 8601), for the JUnit `timestamp` attribute (omitted by default). */
  timestamp?: string;
}

/** Never the global chalk: colour comes from the context only. */
export function chalkFor(ctx: CheckRenderContext): ChalkInstance {
  if (!ctx.color) return new Chalk({ level: 0 });
  return ctx.chalk ?? new Chalk({ level: ctx.level ?? 1 });
}

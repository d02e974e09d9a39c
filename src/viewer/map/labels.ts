/**
 * How the map writes a person's name and marks: a ring around key players (red) and critical
 * people (dark), a label with a white halo so it reads over ties. Drawn on sigma's label canvas.
 */
import type { NodeDisplayData, PartialButFor } from 'sigma/types';
import { CRITICAL, GHOST_RING, KEY_PLAYER } from './colors.js';

type LabelData = PartialButFor<NodeDisplayData, 'x' | 'y' | 'size' | 'label' | 'color'>;
/** The settings a label needs; any sigma instance's settings have them. */
interface LabelSettings {
  labelSize: number;
  labelWeight: string;
  labelFont: string;
}

/** `ghost`: someone who left since the `--compare` snapshot, drawn with a dashed ring. */
export type Mark = 'key-player' | 'critical' | 'ghost' | null;

function ring(context: CanvasRenderingContext2D, x: number, y: number, radius: number, color: string, dashed = false): void {
  context.beginPath();
  context.arc(x, y, radius, 0, Math.PI * 2);
  context.lineWidth = dashed ? 1.2 : 2;
  context.strokeStyle = color;
  if (dashed) context.setLineDash([2, 2]);
  context.stroke();
  if (dashed) context.setLineDash([]);
}

export function drawLabel(context: CanvasRenderingContext2D, data: LabelData, settings: LabelSettings): void {
  const mark = data.mark as Mark | undefined;
  if (mark === 'key-player') ring(context, data.x, data.y, data.size + 3, KEY_PLAYER);
  if (mark === 'critical') ring(context, data.x, data.y, data.size + 3, CRITICAL);
  if (mark === 'ghost') ring(context, data.x, data.y, data.size + 1, GHOST_RING, true);
  if (!data.label) return;
  const size = settings.labelSize;
  context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
  const x = data.x + data.size + 4;
  const y = data.y + size / 3;
  context.lineWidth = 3;
  context.strokeStyle = 'rgba(255,255,255,0.9)';
  context.strokeText(data.label, x, y);
  context.fillStyle = '#1f2937';
  context.fillText(data.label, x, y);
}

/** Hovered: a dark ring on top of the marks, and the label. */
export function drawHover(context: CanvasRenderingContext2D, data: LabelData, settings: LabelSettings): void {
  ring(context, data.x, data.y, data.size + 1.5, '#111827');
  drawLabel(context, data, settings);
}

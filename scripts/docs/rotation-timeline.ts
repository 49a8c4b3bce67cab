/**
 * The picture of docs/rotation.md: the two tokens of a rotation with overlap over a few cycles, drawn from
 * the rotation simulation (test/rotation/deploy-simulation.ts: the library's own expressions, evaluated by
 * `terraform apply` at each simulated deploy), so that the picture cannot drift from the code.
 *   npm run docs:rotation-timeline            writes docs/rotation-timeline.svg
 *   npm run docs:rotation-timeline -- --check fails when the committed picture differs
 */
import { readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { Deploy, deploySeries, minutesOf, Slot } from '../../test/rotation/deploy-simulation';

export const ROTATION = { every: '60m', overlap: '20m' };
const DEPLOY_EVERY = 10;
const LAST_DEPLOY = 240;
export const PICTURE = join(__dirname, '..', '..', 'docs', 'rotation-timeline.svg');

type Role = 'current' | 'previous' | 'disabled' | 'spare';

interface Segment { readonly slot: Slot; readonly generation: number; readonly role: Role; readonly from: number; readonly to: number }

const ROLE_FILL: Record<Role, string> = { current: '#2e7d32', previous: '#f9a825', disabled: '#bdbdbd', spare: '#90caf9' };
const ROLE_TEXT: Record<Role, string> = {
  current: 'current: its keys are the outputs',
  previous: 'previous: still valid (the overlap)',
  disabled: 'disabled: Cloudflare refuses it',
  spare: 'spare',
};

function roleOf(deploy: Deploy, slot: Slot): Role {
  const { state } = deploy;
  if (state.tokens[slot]!.status === 'disabled') return 'disabled';
  if (state.current === slot) return 'current';
  return state.previous === slot ? 'previous' : 'spare';
}

/** One segment per token and role, from the deploy that gave it that role to the next change. */
export function segmentsOf(deploys: readonly Deploy[]): Segment[] {
  const end = deploys[deploys.length - 1].minute + DEPLOY_EVERY;
  const segments: Segment[] = [];
  for (const slot of ['A', 'B'] as const) {
    let open: { generation: number; role: Role; from: number } | undefined;
    for (const deploy of deploys) {
      const generation = deploy.state.tokens[slot]!.generation;
      const role = roleOf(deploy, slot);
      if (open && open.generation === generation && open.role === role) continue;
      if (open) segments.push({ slot, ...open, to: deploy.minute });
      open = { generation, role, from: deploy.minute };
    }
    segments.push({ slot, ...open!, to: end });
  }
  return segments;
}

export function renderSvg(deploys: readonly Deploy[]): string {
  const segments = segmentsOf(deploys);
  const end = deploys[deploys.length - 1].minute + DEPLOY_EVERY;
  const [left, width, laneTop, laneHeight, laneGap] = [150, 760, 70, 34, 22];
  const x = (minute: number) => (left + (minute / end) * width).toFixed(1);
  const laneY = (slot: Slot) => laneTop + (slot === 'A' ? 0 : laneHeight + laneGap);
  const axisY = laneTop + 2 * laneHeight + laneGap + 18;
  const tokenNumbers = new Map([...new Set(segments.map((s) => s.generation))].sort((a, b) => a - b).map((g, i) => [g, i + 1]));
  const out: string[] = [];
  const height = axisY + 110;
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${left + width + 30}" height="${height}" viewBox="0 0 ${left + width + 30} ${height}" font-family="Helvetica, Arial, sans-serif" font-size="13">`);
  out.push('<rect width="100%" height="100%" fill="#ffffff"/>');
  out.push(`<text x="${left}" y="24" font-size="15" font-weight="bold">rotation: { every: "${ROTATION.every}", overlap: "${ROTATION.overlap}" }, a deploy every ${DEPLOY_EVERY} minutes</text>`);
  out.push(`<text x="${left}" y="44" fill="#555">Each bar is one Cloudflare token; a new number is a new token, created by the deploy at that minute (the one it replaces is destroyed after).</text>`);
  const dues = [...new Set(deploys.map((d) => d.state.next).filter((n): n is string => n !== undefined).map(minutesOf))].filter((m) => m < end);
  for (const due of dues) {
    out.push(`<line x1="${x(due)}" y1="${laneTop - 8}" x2="${x(due)}" y2="${axisY}" stroke="#1565c0" stroke-dasharray="4 3"/>`);
  }
  for (const slot of ['A', 'B'] as const) {
    out.push(`<text x="${left - 12}" y="${laneY(slot) + laneHeight / 2 + 5}" text-anchor="end" font-weight="bold">token slot ${slot}</text>`);
  }
  for (const s of segments) {
    const [x1, x2] = [x(s.from), x(s.to)];
    out.push(`<rect x="${x1}" y="${laneY(s.slot)}" width="${(Number(x2) - Number(x1)).toFixed(1)}" height="${laneHeight}" fill="${ROLE_FILL[s.role]}" stroke="#ffffff"/>`);
  }
  for (const slot of ['A', 'B'] as const) {
    const starts = segments.filter((s) => s.slot === slot).filter((s, i, all) => i === 0 || all[i - 1].generation !== s.generation);
    for (const s of starts) {
      out.push(`<circle cx="${x(s.from)}" cy="${laneY(slot) + laneHeight / 2}" r="5" fill="#000000"/>`);
      out.push(`<text x="${Number(x(s.from)) + 9}" y="${laneY(slot) + laneHeight / 2 + 5}" fill="#ffffff" font-weight="bold">#${tokenNumbers.get(s.generation)}</text>`);
    }
  }
  out.push(`<line x1="${left}" y1="${axisY}" x2="${left + width}" y2="${axisY}" stroke="#000000"/>`);
  for (let minute = 0; minute <= end; minute += 60) {
    out.push(`<line x1="${x(minute)}" y1="${axisY}" x2="${x(minute)}" y2="${axisY + 5}" stroke="#000000"/>`);
    out.push(`<text x="${x(minute)}" y="${axisY + 19}" text-anchor="middle">${minute} min</text>`);
  }
  for (const d of deploys) out.push(`<line x1="${x(d.minute)}" y1="${axisY - 4}" x2="${x(d.minute)}" y2="${axisY}" stroke="#555555"/>`);
  const legend: Array<[string, string]> = (['current', 'previous', 'disabled'] as const).map((role) => [ROLE_FILL[role], ROLE_TEXT[role]]);
  legend.forEach(([fill, text], i) => {
    const lx = left + i * 265;
    out.push(`<rect x="${lx}" y="${axisY + 36}" width="16" height="16" fill="${fill}"/>`);
    out.push(`<text x="${lx + 22}" y="${axisY + 49}">${text}</text>`);
  });
  out.push(`<circle cx="${left + 8}" cy="${axisY + 76}" r="5" fill="#000000"/>`);
  out.push(`<text x="${left + 22}" y="${axisY + 81}">token created (replaces the slot's last one)</text>`);
  out.push(`<line x1="${left + 345}" y1="${axisY + 68}" x2="${left + 345}" y2="${axisY + 86}" stroke="#1565c0" stroke-dasharray="4 3"/>`);
  out.push(`<text x="${left + 353}" y="${axisY + 81}">rotation due (the next deploy rotates)</text>`);
  out.push(`<line x1="${left + 625}" y1="${axisY + 72}" x2="${left + 625}" y2="${axisY + 80}" stroke="#555555"/>`);
  out.push(`<text x="${left + 633}" y="${axisY + 81}">a deploy</text>`);
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}

/** Runs the simulation (a `terraform apply` per deploy) and draws it. */
export function renderRotationTimeline(): string {
  const minutes = Array.from({ length: LAST_DEPLOY / DEPLOY_EVERY + 1 }, (_, i) => i * DEPLOY_EVERY);
  return renderSvg(deploySeries(minutes.map((minute) => [minute, ROTATION] as const)));
}

if (require.main === module) {
  const svg = renderRotationTimeline();
  if (process.argv.includes('--check')) {
    if (readFileSync(PICTURE, 'utf8') !== svg) {
      console.error(`${PICTURE} differs from the simulation: run npm run docs:rotation-timeline and commit it`);
      process.exit(1);
    }
  } else {
    writeFileSync(PICTURE, svg);
    console.log(`wrote ${PICTURE}`);
  }
}

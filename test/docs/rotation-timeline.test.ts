import { readFileSync } from 'fs';
import { PICTURE, renderRotationTimeline } from '../../scripts/docs/rotation-timeline';

// The picture in docs/rotation.md is drawn from the rotation simulation; a change to rotation that moves
// any token's lifetime changes the picture, and this test asks for it to be regenerated.
test('docs/rotation-timeline.svg is what the rotation simulation draws (npm run docs:rotation-timeline)', () => {
  expect(readFileSync(PICTURE, 'utf8')).toBe(renderRotationTimeline());
}, 180_000);

import { overlapProblems } from '../../devtools/preview/screens/overlaps';

const phone = { name: 'phone', box: { x: 0, y: 0, width: 375, height: 603 } };

describe('the overlap check of the screenshots', () => {
  it('passes parts that only share an edge', () => {
    const controls = { name: 'controls', box: { x: 0, y: 400, width: 375, height: 40 } };
    const input = { name: 'chat input', box: { x: 0, y: 440, width: 375, height: 48 } };
    expect(overlapProblems([controls, input], phone)).toEqual([]);
  });

  it('names the parts that cover each other, and a part that leaves the phone', () => {
    const controls = { name: 'controls', box: { x: 0, y: 400, width: 375, height: 40 } };
    const preview = { name: 'my preview', box: { x: 290, y: 380, width: 75, height: 100 } };
    const stage = { name: 'stage buttons', box: { x: 340, y: 590, width: 50, height: 30 } };
    expect(overlapProblems([controls, preview, stage], phone)).toEqual([
      'controls overlaps my preview',
      'stage buttons is not inside the phone',
    ]);
  });
});

import { expect } from '@open-wc/testing';
import { firstPoint, nearestInDirection } from '../../src/geo/spatial.js';

describe('nearest region in a direction', () => {
  //   0 . 1
  //   . 2 .
  //   3 . 4
  const pts = [
    { x: 0, y: 0 },
    { x: 10, y: 0 },
    { x: 5, y: 5 },
    { x: 0, y: 10 },
    { x: 10, y: 10 },
  ];

  it('moves to the closest point lying that way', () => {
    expect(nearestInDirection(pts, 0, 'right')).to.equal(1);
    expect(nearestInDirection(pts, 0, 'down')).to.equal(3);
    expect(nearestInDirection(pts, 2, 'up')).to.equal(0);
    expect(nearestInDirection(pts, 4, 'left')).to.equal(3);
  });

  it('stays put when nothing lies that way, and skips regions with no position', () => {
    expect(nearestInDirection(pts, 0, 'left')).to.equal(0);
    expect(nearestInDirection([pts[0], undefined, pts[1]], 0, 'right')).to.equal(2);
  });

  it('starts at the top-left point', () => {
    expect(firstPoint([pts[4], pts[2], pts[0]])).to.equal(2);
    expect(firstPoint([])).to.equal(-1);
  });
});

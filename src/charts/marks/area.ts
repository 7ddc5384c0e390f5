import { bandPath } from '../downsample.js';
import { stackedMark } from './stacked.js';

/** Stacked areas: each series a band on the ones before it. */
export const area = stackedMark(bandPath);

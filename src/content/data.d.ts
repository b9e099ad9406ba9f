// build/content/data.js is written by scripts/build-content.mjs from content/*.yaml after
// validate.ts has checked it, so the runtime can trust this shape.
import type {GuideContent} from './model.js';

export declare const content: GuideContent;

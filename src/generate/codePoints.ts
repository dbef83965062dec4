/** Length in Unicode code points, as JSON Schema's minLength/maxLength count it. */
export const codePointLength = (text: string): number => [...text].length;

/** The first `count` code points of `text`. */
export const firstCodePoints = (text: string, count: number): string => [...text].slice(0, Math.max(0, count)).join('');

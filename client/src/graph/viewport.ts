/**
 * Where the view goes to bring a set of elements into sight: the zoom that fits their bounding box
 * in the viewport with some padding, as Cytoscape's `fit` does, but never closer than a cap.
 */

/** A bounding box as Cytoscape reports it (model units). */
export interface Box {
  w: number;
  h: number;
}

/**
 * The zoom at which `box` fits a `width` × `height` viewport with `padding` pixels around it,
 * at most `maxZoom` (and at most that for a box with no size, e.g. a single point).
 */
export function fittingZoom(box: Box, width: number, height: number, padding: number, maxZoom: number): number {
  const across = box.w > 0 ? (width - 2 * padding) / box.w : Infinity;
  const down = box.h > 0 ? (height - 2 * padding) / box.h : Infinity;
  const zoom = Math.min(across, down, maxZoom);
  return zoom > 0 ? zoom : maxZoom;
}

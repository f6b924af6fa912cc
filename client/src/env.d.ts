/// <reference types="vite/client" />

// The layout extensions ship without type definitions; they are plain Cytoscape extensions.
declare module 'cytoscape-fcose' {
  import type { Ext } from 'cytoscape';
  const extension: Ext;
  export default extension;
}
declare module 'cytoscape-dagre' {
  import type { Ext } from 'cytoscape';
  const extension: Ext;
  export default extension;
}

/**
 * The page's entry: asks for the opening network first, then loads the explorer (React,
 * Cytoscape: most of the code) while the answer travels. Without this the request would wait for
 * the whole bundle to load and run and for React's first render, a few hundred ms of the first picture.
 */
import { prefetchOpeningNetwork } from './state/use-explorer-data.ts';

prefetchOpeningNetwork();
void import('./boot.tsx');

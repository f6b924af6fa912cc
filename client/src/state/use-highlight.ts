import { useMemo } from 'react';
import type { AgencyDuties, Paths, ReferenceCitations } from '../api/types.ts';
import type { Highlight } from '../components/GraphView.tsx';
import { fullLabel } from '../graph/transforms.ts';
import { agencyName, t } from '../i18n.ts';
import type { ViewState } from './view-state.ts';

interface Answers {
  paths: Paths | null;
  duties: AgencyDuties | null;
  citations: ReferenceCitations | null;
}

/** What the graph emphasises, and its caption: a path first, then the open list's agency or document. */
export function useHighlight(view: ViewState, answers: Answers): { highlight: Highlight | null; highlightLabel: string | null } {
  const { lang } = view;
  const pathAnswer = view.path ? answers.paths : null;
  const dutyAnswer = view.agency ? answers.duties : null;
  const citationAnswer = view.reference ? answers.citations : null;
  const citationFirst = view.tab === 'citations';
  return useMemo(() => {
    if (pathAnswer && pathAnswer.paths.length) {
      return {
        highlight: {
          nodes: new Set(pathAnswer.paths.flatMap((path) => path.nodes.map((node) => node.id))),
          edges: new Set(pathAnswer.paths.flatMap((path) => path.edges.map((edge) => edge.id))),
        },
        highlightLabel: `${t(lang, 'pathFinder')}: ${fullLabel(pathAnswer.from, lang)} → ${fullLabel(pathAnswer.to, lang)}`,
      };
    }
    if (dutyAnswer?.resolved && !(citationFirst && citationAnswer?.resolved)) {
      const ids = new Set<string>(dutyAnswer.agencies.map((agency) => agency.id));
      for (const duty of [...dutyAnswer.duties, ...dutyAnswer.collectiveDuties]) {
        ids.add(duty.itemId);
        if (duty.via) ids.add(duty.via.id);
      }
      const first = dutyAnswer.agencies[0];
      const name = first ? agencyName(first, lang) : dutyAnswer.query;
      return { highlight: { nodes: ids }, highlightLabel: `${t(lang, 'tabDuties')}: ${name}` };
    }
    if (citationAnswer?.resolved && citationAnswer.reference) {
      const ids = new Set<string>([citationAnswer.reference.id, ...citationAnswer.citedBy.map((item) => item.itemId)]);
      return { highlight: { nodes: ids }, highlightLabel: `${t(lang, 'tabCitations')}: ${citationAnswer.reference.label}` };
    }
    return { highlight: null, highlightLabel: null };
  }, [lang, pathAnswer, dutyAnswer, citationAnswer, citationFirst]);
}

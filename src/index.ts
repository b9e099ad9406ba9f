// The bundle's entry: importing it defines all three elements.
export type {ProcedureOverviewSection, ResultsExplainerSection, RiskListSection} from './generated/sections.js';
export {
  GuideElement,
  type LanguageErrorDetail,
  type ReadyDetail,
  type SectionToggleDetail,
  type TermToggleDetail,
} from './guide-element.js';
export {ProcedureOverview} from './procedure-overview.js';
export {RiskList} from './risk-list.js';
export {ResultsExplainer} from './results-explainer.js';

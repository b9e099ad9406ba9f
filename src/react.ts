// `bone-marrow-guide/react`: the three elements as React components, made with @lit/react, Lit's
// own wrapper. A React app (18 or 19, TypeScript or not) imports them and needs no declaration:
// props are typed from the element classes, `sections` and `headingLevel` are set as properties,
// and each event has a camel-case handler prop. Importing this module defines the elements.
import {createComponent, type EventName} from '@lit/react';
import * as React from 'react';
import type {LanguageErrorDetail, ReadyDetail, SectionToggleDetail, TermToggleDetail} from './guide-element.js';
import {ProcedureOverview as ProcedureOverviewElement} from './procedure-overview.js';
import {ResultsExplainer as ResultsExplainerElement} from './results-explainer.js';
import {RiskList as RiskListElement} from './risk-list.js';

/**
 * Which React prop listens to which event: `<RiskList onTermToggle={(event) => event.detail.term} />`.
 * Every event in custom-elements.json has one (test/react.test.ts checks).
 */
export const events = {
  onTermToggle: 'bmg-term-toggle' as EventName<CustomEvent<TermToggleDetail>>,
  onSectionToggle: 'bmg-section-toggle' as EventName<CustomEvent<SectionToggleDetail>>,
  onReady: 'bmg-ready' as EventName<CustomEvent<ReadyDetail>>,
  onLanguageError: 'bmg-language-error' as EventName<CustomEvent<LanguageErrorDetail>>,
};

/** `<procedure-overview>`: the key points, what the test is, why, getting ready, how it is done and how it feels. */
export const ProcedureOverview = createComponent({
  react: React,
  tagName: 'procedure-overview',
  elementClass: ProcedureOverviewElement,
  events,
  displayName: 'ProcedureOverview',
});

/** `<risk-list>`: the risks of the test. */
export const RiskList = createComponent({
  react: React,
  tagName: 'risk-list',
  elementClass: RiskListElement,
  events,
  displayName: 'RiskList',
});

/** `<results-explainer>`: how long the results take, and what normal and abnormal results mean. */
export const ResultsExplainer = createComponent({
  react: React,
  tagName: 'results-explainer',
  elementClass: ResultsExplainerElement,
  events,
  displayName: 'ResultsExplainer',
});

export type {LanguageErrorDetail, ReadyDetail, SectionToggleDetail, TermToggleDetail};

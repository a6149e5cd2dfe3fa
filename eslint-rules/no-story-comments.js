/**
 * careline/no-story-comments: comments say what the code is for and why, as it stands. The story of
 * how it got there lives in git and the issue tracker, figures live in docs/benchmarks.md, and what a
 * maintainer needs from the team's design notes is summarised in docs/architecture.md. So a comment
 * may not name an issue, quote a measurement, date an observation, tell the code's history, or point
 * at files outside the repository; code may not point outside it either (tests/x-captures.ts is the
 * one place that locates the real x.com captures, and says so).
 */

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';

/** Each story a comment may not tell: a pattern and what to do instead. */
const STORIES = [
  {
    pattern: /\bissues?\s*#?\d+/i,
    message: 'names an issue ("issue 4"): say what the code does and why; the history is in git',
  },
  {
    pattern: /\bmeasured\b.*\d\s*(?:ms|s|MB|KB|GB)\b/i,
    message: 'quotes a measurement: figures belong in docs/benchmarks.md',
  },
  {
    pattern: /~\s*\d[\d.,]*\s*(?:ms|s|MB|KB|GB)\b/,
    message: 'quotes an approximate figure: measurements belong in docs/benchmarks.md',
  },
  {
    pattern: new RegExp(`\\b${MONTH}(?:\\s*[-–]\\s*${MONTH})?\\s+(?:19|20)\\d{2}\\b`, 'i'),
    message: 'dates an observation ("seen Nov 2025"): state the fact, or keep the evidence as data',
  },
  {
    pattern:
      /(?:,\s*kept\s*[:;.)]|\bkept (?:for|as) (?:compat\w*|history|legacy|now|back\w*)|\bused to (?:be|have|do|take|run|read|write|call|make|keep|live|sit|go|use|need|throw|freeze|crash|break)\b|\bthe old (?:regex|code|implementation|approach|parser|loop|version of (?:the|this) code)\b|\bbefore the fix\b|\bCI caught\b)/i,
    message: 'tells the code\'s history ("kept", "used to", "the old regex"): say why it is so now',
  },
];

/** Files outside the repository: the team's shared folder beside the checkout. */
const OUTSIDE =
  /(?:\.\.\/)+shared\b|\bshared\/(?:x-captures|design\.md|ui-contract\.md|hooks)\b|(?<![\w-])(?:design|ui-contract)\.md\b/;
const OUTSIDE_MESSAGE =
  'points outside the repository (../shared): summarise what is needed in docs/architecture.md and point there';

/** @type {import('eslint').Rule.RuleModule} */
const noStoryComments = {
  meta: {
    type: 'suggestion',
    docs: { description: 'Comments explain; docs narrate: no issue numbers, figures, dates, history or ../shared' },
    schema: [],
    messages: { story: 'Comment {{why}}.', outside: 'This {{what}} {{why}}.' },
  },
  create(context) {
    const source = context.sourceCode;
    const outside = (node, value, what) => {
      if (OUTSIDE.test(value)) context.report({ node, messageId: 'outside', data: { what, why: OUTSIDE_MESSAGE } });
    };
    return {
      Program() {
        for (const comment of source.getAllComments()) {
          if (/^\s*eslint-disable/.test(comment.value)) continue;
          const story = STORIES.find((s) => s.pattern.test(comment.value));
          if (story) context.report({ loc: comment.loc, messageId: 'story', data: { why: story.message } });
          else if (OUTSIDE.test(comment.value))
            context.report({ loc: comment.loc, messageId: 'outside', data: { what: 'comment', why: OUTSIDE_MESSAGE } });
        }
      },
      Literal(node) {
        if (typeof node.value === 'string') outside(node, node.value, 'string');
      },
      TemplateElement(node) {
        outside(node, node.value.raw, 'string');
      },
    };
  },
};

/** The in-repo plugin: `careline/<rule>` in eslint.config.js. */
export default { meta: { name: 'careline' }, rules: { 'no-story-comments': noStoryComments } };

import { z } from 'astro/zod';
import { aliases, slug, summary, title } from './common.ts';

/** How far a complete single-choice question may stray from 100%: the report rounds each figure. */
export const SUM_TOLERANCE = 2;

/** One answer and its published share. */
export const optionSchema = z.object({
  /** The answer: the report's wording where it prints a table, our paraphrase where it gives the figure in prose. */
  label: z.string().min(1),
  /** Share of respondents, exactly as published. */
  percent: z.number().min(0, { error: 'percent must be 0 to 100' }).max(100, { error: 'percent must be 0 to 100' }),
});

/** A survey question with its published figures (file name is its id). */
export const questionSchema = z
  .object({
    /** A short chart title; at most 60 characters. */
    title,
    /** The question as asked in the survey. */
    question: z.string().min(1),
    /** Id of its survey section. */
    section: slug,
    /** Position within the section, in the report's order. */
    order: z.number().int().min(1),
    /** single: one answer each; multiple: up to maxAnswers each. */
    kind: z.enum(['single', 'multiple']),
    /** For multiple choice: the most answers one respondent could give. */
    maxAnswers: z.number().int().min(2).optional(),
    /** How many answered, as a lower bound where the report says "over 100". */
    respondents: z.number().int().min(1).default(100),
    /** True where the respondent count is approximate. */
    respondentsApproximate: z.boolean().default(true),
    /** True where the text gives figures for only some of the chart's options. */
    partial: z.boolean().default(false),
    /** Which options the report shows without a figure; required when partial. */
    unpublished: z.string().optional(),
    /**
     * Where the option labels come from: `table` where the report prints the answers as a table (labels exactly as
     * published), `prose` where it states them only in running text (labels are our paraphrase, and say so).
     */
    labels: z.enum(['table', 'prose'], {
      error:
        'labels must be "table" (printed as a table, labels as published) or "prose" (given in running text, labels paraphrased)',
    }),
    /** The published answers, in the published order. */
    options: z.array(optionSchema).min(1, { error: 'options needs at least one published figure' }),
    /** The question in one sentence, for previews; defaults to the question itself. */
    summary: summary.optional(),
    /** Id of the source document. */
    source: slug.default('stx-radar-2023'),
    /** Old ids that redirect here. */
    aliases,
  })
  .superRefine((q, ctx) => {
    const labels = q.options.map((o) => o.label.toLowerCase());
    labels.forEach((label, i) => {
      if (labels.indexOf(label) !== i)
        ctx.addIssue({
          code: 'custom',
          path: ['options', i, 'label'],
          message: `duplicate option "${q.options[i]?.label}"`,
        });
    });
    const sum = Math.round(q.options.reduce((total, o) => total + o.percent, 0) * 100) / 100;
    if (q.kind === 'multiple' && q.maxAnswers === undefined)
      ctx.addIssue({ code: 'custom', path: ['maxAnswers'], message: 'a multiple-choice question needs maxAnswers' });
    if (q.kind === 'single' && q.maxAnswers !== undefined)
      ctx.addIssue({ code: 'custom', path: ['maxAnswers'], message: 'a single-choice question takes no maxAnswers' });
    if (q.kind === 'single' && !q.partial && Math.abs(sum - 100) > SUM_TOLERANCE)
      ctx.addIssue({
        code: 'custom',
        path: ['options'],
        message: `percentages sum to ${sum}; a complete single-choice question must sum to 100 ± ${SUM_TOLERANCE} (set partial: true if figures are missing)`,
      });
    if (q.kind === 'single' && sum > 100 + SUM_TOLERANCE)
      ctx.addIssue({
        code: 'custom',
        path: ['options'],
        message: `percentages sum to ${sum}, past 100 for a single-choice question`,
      });
    if (q.kind === 'multiple' && q.maxAnswers !== undefined && sum > q.maxAnswers * 100)
      ctx.addIssue({
        code: 'custom',
        path: ['options'],
        message: `percentages sum to ${sum}, past ${q.maxAnswers * 100} (${q.maxAnswers} answers each at most)`,
      });
    if (q.partial && !q.unpublished)
      ctx.addIssue({
        code: 'custom',
        path: ['unpublished'],
        message: 'a partial question must say which options were not published',
      });
  });
export type Question = z.infer<typeof questionSchema>;
export type Option = z.infer<typeof optionSchema>;

import type { ApothecaClient, RequestOptions } from '@apotheca/core';
import { ConflictError } from '@apotheca/core';
import type {
  TriageAnswerParams,
  TriageInterview,
  TriageInterviewConflictError,
  TriageInterviewCreateParams,
  TriageParseParams,
  TriageParseResult,
} from './types';

/** Triage interviews (`/v1/triage/interviews`): a guided interview ending in a triage result. */
export interface TriageInterviewsResource {
  /**
   * Starts an interview (`POST /v1/triage/interviews`); safe to retry. A red flag in the
   * complaint completes it at once as `emergency`.
   *
   * @example
   * ```ts
   * const interview = await apotheca.consultations.triage.interviews.create({
   *   patient_id: 'pat_test_liqiang',
   *   complaint: '腿疼，走不了路',
   *   locale: 'zh-CN',
   * });
   * console.log(interview.status, interview.question?.text['zh-CN']);
   * ```
   */
  create(params: TriageInterviewCreateParams, options?: RequestOptions): Promise<TriageInterview>;
  /** Retrieves an interview (`GET /v1/triage/interviews/{id}`). */
  retrieve(id: string, options?: RequestOptions): Promise<TriageInterview>;
  /**
   * Answers the question of `params.step` (`POST /v1/triage/interviews/{id}/answers`). Answering
   * an earlier step replaces that answer and drops the later ones: that is Back. A later step
   * rejects with a {@link TriageInterviewConflictError} (`step_not_current`, with
   * `problem.current_step`); so does any answer once the interview is `completed`.
   *
   * @example
   * ```ts
   * const { step, question } = interview;
   * const next = await apotheca.consultations.triage.interviews.answer(interview.id, {
   *   step,
   *   answers: question!.items.map((item) => ({ id: item.id, choice: 'absent' })),
   * });
   * ```
   */
  answer(
    id: string,
    params: TriageAnswerParams,
    options?: RequestOptions,
  ): Promise<TriageInterview>;
}

/** Symptom triage (`/v1/triage/*`); see {@link consultations}. */
export interface TriageResource {
  /**
   * Maps free text in English or Chinese to concepts, with negation (`POST /v1/triage/parse`).
   * Nothing is stored.
   *
   * @example
   * ```ts
   * const { mentions } = await apotheca.consultations.triage.parse({ text: '不发烧，胸口疼' });
   * // [{ id: 'chest_pain', choice: 'present', … }, { id: 'fever', choice: 'absent', … }]
   * ```
   */
  parse(params: TriageParseParams, options?: RequestOptions): Promise<TriageParseResult>;
  readonly interviews: TriageInterviewsResource;
}

/**
 * Whether `error` is an answer refused for the interview's state ({@link TriageInterviewConflictError}):
 * `step_not_current` (a stale tab; `problem.current_step` is the open step) or `interview_completed`.
 *
 * @example
 * ```ts
 * const refused = await interviews.answer(id, { step: 9, answers }).catch((e: unknown) => e);
 * if (isTriageInterviewConflict(refused)) console.log(refused.problem?.current_step);
 * ```
 */
export function isTriageInterviewConflict(error: unknown): error is TriageInterviewConflictError {
  return error instanceof ConflictError && typeof error.problem?.current_step === 'number';
}

/** The triage resource bound to a client (reached as `consultations(client).triage`). */
export function triageResource(client: ApothecaClient): TriageResource {
  return {
    parse: (params, options) => client.post('/v1/triage/parse', { ...options, body: params }),
    interviews: {
      create: (params, options) =>
        client.post('/v1/triage/interviews', { ...options, body: params }),
      retrieve: (id, options) =>
        client.get('/v1/triage/interviews/{id}', { ...options, params: { path: { id } } }),
      answer: (id, params, options) =>
        client.post('/v1/triage/interviews/{id}/answers', {
          ...options,
          params: { path: { id } },
          body: params,
        }),
    },
  };
}

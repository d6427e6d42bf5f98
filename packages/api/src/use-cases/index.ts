import { createApiKey } from "./api-key/create";
import { listApiKeys } from "./api-key/list";
import { findKeyOwner } from "./api-key/owner";
import { revokeApiKey } from "./api-key/revoke";
import { predictionById } from "./prediction/by-id";
import { createPrediction } from "./prediction/create";
import { countDuePredictions, listDuePredictions } from "./prediction/due";
import { predictionFacets } from "./prediction/facets";
import { judgePrediction } from "./prediction/judge";
import { listPredictions } from "./prediction/list";
import { updatePrediction } from "./prediction/update";
import { addQuestionReference } from "./question/add-reference";
import { questionByKey } from "./question/by-key";
import { createQuestion } from "./question/create";
import { judgeQuestion } from "./question/judge";
import { linkQuestionPrediction } from "./question/link";
import { listQuestions } from "./question/list";
import { removeQuestionReference } from "./question/remove-reference";
import { suggestQuestions } from "./question/suggest";
import { updateQuestion } from "./question/update";
import { sourceById } from "./source/by-id";
import { sourceByUrl } from "./source/by-url";
import { listSources } from "./source/list";
import { sourceOutlets } from "./source/outlets";
import { sourceTags } from "./source/tags";
import { updateSource } from "./source/update";
import { analystBySlug } from "./analyst/by-slug";
import { analystCounts } from "./analyst/counts";
import { analystFilterOptions } from "./analyst/filter-options";
import { listAnalysts } from "./analyst/list";
import { analystScores } from "./analyst/scores";
import { searchAnalysts } from "./analyst/search";
import { answerDispute } from "./dispute/answer";
import { fileDispute } from "./dispute/create";
import { filePublicDispute } from "./dispute/create-public";
import { predictionDisputes } from "./dispute/for-prediction";
import { listDisputes } from "./dispute/list";
import { openDisputeCount } from "./dispute/open-count";
import { createWebhook } from "./webhook/create";
import { webhookDeliveries } from "./webhook/deliveries";
import { listWebhooks } from "./webhook/list";
import { redeliverWebhook } from "./webhook/redeliver";
import { webhookSecret } from "./webhook/secret";
import { setWebhookActive } from "./webhook/set-active";
import { notificationBell } from "./notification/bell";
import { followAnalyst } from "./notification/follow-analyst";
import { followTag } from "./notification/follow-tag";
import { markNotificationBellRead } from "./notification/mark-bell-read";
import { previewNotificationDigest } from "./notification/preview";
import { setDigest } from "./notification/set-digest";
import { notificationSettings } from "./notification/settings";
import { unfollowAnalyst } from "./notification/unfollow-analyst";
import { unfollowTag } from "./notification/unfollow-tag";
import { unsubscribe } from "./notification/unsubscribe";
import { unsubscribeState } from "./notification/unsubscribe-state";
import { claimReviewByPrediction } from "./claim-review/by-prediction";
import { listClaimReviews } from "./claim-review/list";
import { feedDeadlines } from "./feed/deadlines";
import { feedJudgements } from "./feed/judgements";
import { feedPredictions } from "./feed/predictions";
import { logArticle } from "./extract/log";
import { extractRepeats } from "./extract/repeats";
import { extractArticle } from "./extract/run";
import { sendDigests } from "./digest/send";
import { checkScoreCells } from "./score-cells/check";
import { repairScoreCells } from "./score-cells/repair";
import { scoreboardFilters } from "./scoreboard/filters";
import { getScoreboard } from "./scoreboard/get";
import { scoreboardPage } from "./scoreboard/page";
import { exportLedgerFile } from "./ledger/export";
import { importLedgerFile, readImport, writeImport } from "./ledger/import";
import { createUser } from "./user/create";
import { listUsers } from "./user/list";
import { currentUser } from "./user/me";
import { setUserRole } from "./user/set-role";

export { InvalidLedgerError, type ImportResult, type ReadImport } from "./ledger/import";
export { execute, operatorContext, OPERATOR, parseInput, type UseCase, type UseCaseContext } from "./use-case";

/**
 * Every use case by entity and verb, one file each (`use-cases/<entity>/<verb>.ts`): what the tRPC
 * routers, and through them the REST API, call, and what the CLI calls with `operatorContext`.
 */
export const useCases = {
  prediction: {
    list: listPredictions,
    facets: predictionFacets,
    byId: predictionById,
    due: listDuePredictions,
    dueCount: countDuePredictions,
    create: createPrediction,
    update: updatePrediction,
    judge: judgePrediction,
  },
  question: {
    list: listQuestions,
    byKey: questionByKey,
    suggest: suggestQuestions,
    create: createQuestion,
    update: updateQuestion,
    addReference: addQuestionReference,
    removeReference: removeQuestionReference,
    judge: judgeQuestion,
    link: linkQuestionPrediction,
  },
  source: {
    list: listSources,
    byId: sourceById,
    update: updateSource,
    byUrl: sourceByUrl,
    outlets: sourceOutlets,
    tags: sourceTags,
  },
  analyst: {
    search: searchAnalysts,
    list: listAnalysts,
    filterOptions: analystFilterOptions,
    bySlug: analystBySlug,
    counts: analystCounts,
    scores: analystScores,
  },
  dispute: {
    create: fileDispute,
    createPublic: filePublicDispute,
    answer: answerDispute,
    forPrediction: predictionDisputes,
    list: listDisputes,
    openCount: openDisputeCount,
  },
  webhook: {
    list: listWebhooks,
    create: createWebhook,
    secret: webhookSecret,
    setActive: setWebhookActive,
    deliveries: webhookDeliveries,
    redeliver: redeliverWebhook,
  },
  notification: {
    settings: notificationSettings,
    followAnalyst,
    unfollowAnalyst,
    followTag,
    unfollowTag,
    setDigest,
    preview: previewNotificationDigest,
    bell: notificationBell,
    markBellRead: markNotificationBellRead,
    unsubscribeState,
    unsubscribe,
  },
  claimReview: { list: listClaimReviews, byPrediction: claimReviewByPrediction },
  feed: { predictions: feedPredictions, judgements: feedJudgements, deadlines: feedDeadlines },
  extract: { run: extractArticle, repeats: extractRepeats, log: logArticle },
  user: { create: createUser, list: listUsers, me: currentUser, setRole: setUserRole },
  /** `import` is `read` (pure; the CLI runs it before starting the database) then `write`. */
  ledger: { import: { ...importLedgerFile, read: readImport, write: writeImport }, export: exportLedgerFile },
  scoreboard: { get: getScoreboard, page: scoreboardPage, filters: scoreboardFilters },
  scoreCells: { check: checkScoreCells, repair: repairScoreCells },
  digest: { send: sendDigests },
  apiKey: { create: createApiKey, list: listApiKeys, owner: findKeyOwner, revoke: revokeApiKey },
};

package dev.viva.apidoc;

import java.util.Map;

/**
 * The operationId of every API operation: the names a generated client's methods get. They are part
 * of the contract (changing one breaks every client), so they live here, one line each.
 */
final class OperationIds {

    static final Map<String, String> BY_OPERATION = Map.ofEntries(
            Map.entry("GET /api/agreement/live", "getLiveAgreement"),
            Map.entry("GET /api/audit/sign-ins", "listSignIns"),
            Map.entry("GET /api/api-keys", "listApiKeys"),
            Map.entry("POST /api/api-keys", "createApiKey"),
            Map.entry("DELETE /api/api-keys/{id}", "revokeApiKey"),
            Map.entry("PATCH /api/api-keys/{id}", "changeApiKeyLimits"),
            Map.entry("POST /api/api-keys/{id}/webhook-secret", "rotateWebhookSecret"),
            Map.entry("POST /api/calibrations", "startCalibration"),
            Map.entry("GET /api/calibrations", "listCalibrations"),
            Map.entry("GET /api/calibrations/latest", "getLatestCalibration"),
            Map.entry("GET /api/calibrations/{id}", "getCalibration"),
            Map.entry("GET /api/calibrations/{id}/charts/confusion.svg", "getCalibrationConfusionChart"),
            Map.entry("GET /api/calibrations/{id}/charts/scatter.svg", "getCalibrationScatterChart"),
            Map.entry("POST /api/evaluations", "gradeAnswer"),
            Map.entry("GET /api/evaluations", "listEvaluations"),
            Map.entry("GET /api/evaluations/{id}", "getEvaluation"),
            Map.entry("GET /api/evaluations/{id}/audit", "getEvaluationAudit"),
            Map.entry("GET /api/evaluations/{id}/feedback", "getEvaluationFeedback"),
            Map.entry("POST /api/evaluations/{id}/review", "reviewEvaluation"),
            Map.entry("POST /api/interviews", "startInterview"),
            Map.entry("GET /api/interviews/topics", "listInterviewTopics"),
            Map.entry("GET /api/interviews/{id}", "getInterview"),
            Map.entry("POST /api/interviews/{id}/answers", "answerInterview"),
            Map.entry("POST /api/interviews/{id}/finish", "finishInterview"),
            Map.entry("GET /api/interviews/{id}/report", "getInterviewReport"),
            Map.entry("GET /api/learners/{learnerRef}/progress", "getLearnerProgress"),
            Map.entry("GET /api/questions", "listQuestions"),
            Map.entry("POST /api/questions", "createQuestion"),
            Map.entry("POST /api/questions/bulk", "createQuestionsInBulk"),
            Map.entry("POST /api/questions/import", "importDocument"),
            Map.entry("PUT /api/questions/{id}", "changeQuestion"),
            Map.entry("DELETE /api/questions/{id}", "retireQuestion"),
            Map.entry("GET /api/questions/{id}", "getQuestion"),
            Map.entry("GET /api/questions/{id}/model-answer/drafts", "listModelAnswerDrafts"),
            Map.entry("POST /api/questions/{id}/model-answer/drafts", "draftModelAnswer"),
            Map.entry("POST /api/questions/{id}/model-answer/drafts/{draftId}/approve", "approveModelAnswerDraft"),
            Map.entry("POST /api/questions/{id}/regrade", "regradeQuestion"),
            Map.entry("PUT /api/questions/{id}/rubric", "replaceRubric"),
            Map.entry("GET /api/questions/{id}/rubric", "getActiveRubric"),
            Map.entry("PATCH /api/questions/{id}/rubric/criteria/{criterionId}", "editCriterion"),
            Map.entry("POST /api/questions/{id}/rubric/drafts", "draftRubric"),
            Map.entry("GET /api/questions/{id}/rubric/versions", "listRubricVersions"),
            Map.entry("GET /api/questions/{id}/rubric/versions/{a}/diff/{b}", "diffRubricVersions"),
            Map.entry("GET /api/questions/{id}/rubric/versions/{v}", "getRubricVersion"),
            Map.entry("POST /api/questions/{id}/rubric/versions/{v}/approve", "approveRubricVersion"),
            Map.entry("GET /api/questions/{id}/rubric/versions/{v}/export", "exportRubricVersion"),
            Map.entry("GET /api/rubrics/conflicts", "listRubricConflicts"),
            Map.entry("GET /api/users", "listUsers"),
            Map.entry("POST /api/users", "createUser"),
            Map.entry("PUT /api/users/{id}/password", "changePassword"),
            Map.entry("GET /api/webhooks/deliveries", "listWebhookDeliveries"),
            Map.entry("GET /api/webhooks/deliveries/{id}", "getWebhookDelivery"),
            Map.entry("POST /api/webhooks/deliveries/{id}/redeliver", "redeliverWebhook"));

    private OperationIds() {
    }
}

/**
 * The demo loads the workflow template through the workflow service (one owner of template
 * logic); these re-exports keep the demo's imports short.
 */
export {
  defaultWorkflowTemplate,
  ensureCurrentTemplate,
  WorkflowTemplateFileSchema,
  type TemplateSteps,
  type WorkflowTemplateFile,
} from '../workflow/template-service';

#include "workflow/WorkflowLog.h"

Q_LOGGING_CATEGORY(lcWorkflow, "onewindow.workflow")

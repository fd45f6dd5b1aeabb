#include "templates/TemplatesLog.h"

Q_LOGGING_CATEGORY(lcTemplates, "onewindow.templates")

#include "casefile/CaseFileLog.h"

Q_LOGGING_CATEGORY(lcCaseFile, "onewindow.casefile")

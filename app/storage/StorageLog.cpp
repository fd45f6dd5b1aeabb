#include "storage/StorageLog.h"

Q_LOGGING_CATEGORY(lcStorage, "onewindow.storage")

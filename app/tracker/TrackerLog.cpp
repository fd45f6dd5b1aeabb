#include "tracker/TrackerLog.h"

Q_LOGGING_CATEGORY(lcTracker, "onewindow.tracker")

#include "identity/CardReader.h"

namespace OneWindow {

// Out of line so the vtable and the moc output have one home.
CardReader::~CardReader() = default;

} // namespace OneWindow

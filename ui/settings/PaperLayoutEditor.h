#pragma once

#include "documents/PaperChoices.h"

#include <QGroupBox>
#include <QMap>

class QComboBox;

namespace OneWindow {

// One choice of paper per kind of document (A4, A5 or the 80 mm thermal
// roll), generated from the list of kinds: part of the counter's settings.
class PaperLayoutEditor : public QGroupBox
{
    Q_OBJECT

public:
    explicit PaperLayoutEditor(QWidget *parent = nullptr);

    void setChoices(const PaperChoices &choices);
    PaperChoices choices() const;

    static QString layoutName(PaperLayout layout);

private:
    QMap<DocumentKind, QComboBox *> m_combos;
};

} // namespace OneWindow

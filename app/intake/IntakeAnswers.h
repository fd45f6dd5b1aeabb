#pragma once

#include "intake/IntakeRequest.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

namespace OneWindow {

// The answers file of `onewindow-cli intake accept` (docs/lifecycle.md): a JSON
// object {applicant: {name, idNumber}, values, materialsReceived, commitments}
// written by another system (an online pre-application). Read here, without the
// database, into the request the core accepts: the applicant as an unverified
// identity (nothing in the file can claim how they were identified: "source" and
// "heldDocuments" are not read), and every problem with the field it is about.
class IntakeAnswers
{
public:
    struct Problem
    {
        QString field; // "applicant.idNumber", a form field id, or "" for the file
        QString message;
    };

    // `form` null: only the file's shape and the applicant are read.
    static IntakeAnswers read(const QByteArray &json, const FormTemplate *form, const QDate &today);

    // The file is a JSON object (else nothing else was read: notJson()).
    bool isObject() const { return m_object; }
    // Why the file is not a JSON object, with where.
    QString notJson() const { return m_notJson; }
    bool ok() const { return m_object && m_problems.isEmpty(); }
    const QList<Problem> &problems() const { return m_problems; }
    const IntakeRequest &request() const { return m_request; }

private:
    bool m_object = false;
    QString m_notJson;
    QList<Problem> m_problems;
    IntakeRequest m_request;
};

} // namespace OneWindow

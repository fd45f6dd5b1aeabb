#pragma once

#include <QByteArray>
#include <QString>

namespace OneWindow::Test {

// What a test run produced for people to read (papers, exports, tracking pages,
// onewindow-cli's output) is kept for tst_OutputPrivacy, which scans it after the
// run for full ID and mobile numbers: tests delete their temporary folders, so a
// copy goes to the run's artifact folder (ONEWINDOW_TEST_ARTIFACTS, set by
// ow_add_test and emptied before the first test). Without that variable (a test run
// by hand) nothing is kept. Names are "<test>-<n>-<name>", so runs of one test and
// tests running side by side never overwrite each other.
class TestArtifacts
{
public:
    // A copy of the file at `path` (a PDF, a CSV...); its name keeps the suffix.
    static void keepFile(const QString &path);
    // `content` under `name` (e.g. "case-page.html", "case-show.out").
    static void keep(const QString &name, const QByteArray &content);
    // The folder, "" when artifacts are not kept.
    static QString folder();
};

} // namespace OneWindow::Test

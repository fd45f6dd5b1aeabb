#pragma once

#include <QJsonObject>
#include <QTextStream>

namespace OneWindow {

// `onewindow-bench receipts`: every kind of paper on every layout, composed
// by its builder from a stored-looking case (in memory: the database's part
// is measured by `casefile`) and written by DocumentRenderer as PDF/A-1b with
// its signed QR code, `runs` times each after one warm-up; p50/p95 per kind
// and layout. The baseline: a bare QPdfWriter A4 page drawing the same lines
// in the same font, no layout, no QR code, no PDF/A. Wall time is what the
// clerk waits; the thread's CPU time (cpu_p95_ms) is what the render costs
// on a machine that is also running other work.
class ReceiptBench
{
public:
    explicit ReceiptBench(int runs = 40);
    QJsonObject run(QTextStream &progress) const;

private:
    int m_runs;
};

} // namespace OneWindow

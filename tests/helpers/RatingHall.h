#pragma once

// A hall where citizens are identified, served and rate: the lifecycle's services
// (WorkflowHall) with visits and ratings, wired as AppServices wires them.
#include "casefile/VisitRepository.h"
#include "helpers/WorkflowHall.h"
#include "identity/SyntheticIdentityGenerator.h"
#include "intake/VisitService.h"
#include "ratings/RatingService.h"

namespace OneWindow::Test {

struct RatingHall : WorkflowHall
{
    explicit RatingHall(const QString &backend, const QDateTime &start = kWorkflowMonday)
        : WorkflowHall(backend, start)
        , visits(t.db(), audit, clock)
        , ratings(t.db(), audit, clock, calendar)
    {}

    // The citizen (newbornRequest's mother `mother`) has their card read at the
    // clerk's counter, and the window starts their visit on that evidence.
    qint64 identify(int mother = 0)
    {
        const SyntheticIdentityGenerator people(8, clock.today());
        const qint64 evidence = recordEvidence(t.db(), IdentitySource::Card, people.citizen(mother),
                                               clerk, clock.now());
        auto visit = visits.begin(evidence, clerk);
        return visit ? visit->id : 0;
    }

    // The identified citizen's newborn bundle accepted on that same card read.
    QString acceptFor(qint64 visitId, int mother = 0)
    {
        const auto evidence =
            t.db().scalar(QStringLiteral("SELECT evidence_id FROM visits WHERE id = ?"), {visitId});
        IntakeRequest r = newbornRequest(catalogue.find(QStringLiteral("newborn")), clock.today(),
                                         mother, mother + 1);
        r.applicantEvidence = evidence.value().toLongLong();
        auto accepted = intake.accept(r, clerk);
        return accepted ? accepted->caseNumber : QString();
    }

    Visit visit(qint64 id) { return VisitRepository(t.db()).find(id).value(); }

    static RatingInput input(const char *level, const QStringList &reasons = {},
                             const QString &comment = {})
    {
        RatingInput i;
        i.level = QLatin1String(level);
        i.reasons = reasons;
        i.comment = comment;
        return i;
    }

    // The tracker's session: no member of staff.
    static Session citizenDoor() { return Session::tracker(); }

    VisitService visits;
    RatingService ratings;
};

} // namespace OneWindow::Test

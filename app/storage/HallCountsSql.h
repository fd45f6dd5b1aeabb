#pragma once

#include <QStringList>

namespace OneWindow {

// The hall's figures kept as counts (table hall_counts) in the transaction of
// every change they count, so that the dashboard reads a few thousand rows for
// a range instead of the cases behind them. Triggers on cases, sub_cases,
// case_events, visits, ratings and case_pauses keep them; rebuild() computes them from
// those tables (the migration that adds them, and the bulk seeder, which
// writes with the triggers off).
//
// A row counts `n` source rows of one `kind` with the same keys k1..k5, in one
// UTC hour (`hour`, "YYYY-MM-DDTHH"; "" for the counts of now): the hall's day
// runs from local midnight, which is a whole UTC hour in the hall's time zone
// (China: +08:00). A row whose count reaches 0 is deleted.
//
//   case-state    now       state, deadline
//   accepted      accepted  counter, clerk id, matter code, title
//   completed     completed deadline (completed or delivered cases)
//   waiting       completed (cases completed, not handed over)
//   step          now       state, department, deadline, held ("1"/"0")
//   decision      at        department, to_state (approved, returned, refused)
//   visit         started   counter, outcome, minutes (ended visits)
//   visit-matter  started   template id ("" none), minutes, title
//   rating        at        counter, clerk id, matter id, level, title
//   pause-open    start day department (pauses of a step, not ended)
//   pause-ended   end day   department, start day (pauses of a step)
//
// The two pause kinds count by a day ("YYYY-MM-DD", the day a pause's clock
// stopped or resumed), not by an hour.
//
// A visit's time is counted to the nearest minute; its matters are those it
// touched by its end.
//
// Statements carry the "pg:"/"sqlite:" prefixes of Migrations::translate().
namespace HallCountsSql {

// The PostgreSQL advisory lock (transaction-scoped) that AuditLog takes to append
// to the chain; a write to a counted table takes it before its first row, so two
// counters never wait for each other's count rows in opposite orders.
constexpr int kHallWriteLock = 727001;

// The table, its triggers and its first filling, as migration 20 made them.
QStringList schema();
// The triggers and first counts of the tables that migration `version` began to count.
QStringList addedIn(int version);
// Recomputes every count from the tables it counts.
QStringList rebuild();
// The triggers alone, to drop around a bulk load and to make again after it.
QStringList dropTriggers();
QStringList createTriggers();

} // namespace HallCountsSql

} // namespace OneWindow

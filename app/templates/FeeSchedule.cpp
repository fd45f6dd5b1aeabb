#include "templates/FeeSchedule.h"

#include <cmath>

namespace OneWindow {

QList<FeeSchedule::Item> FeeSchedule::compute(const FormTemplate &form, const QVariantMap &values)
{
    QList<Item> items;
    for (const FeeDefinition &fee : form.fees) {
        if (!fee.when.evaluate(values))
            continue;
        double amount = fee.amount;
        if (fee.rate > 0) {
            bool ok = false;
            const double base = values.value(fee.baseField).toString().toDouble(&ok);
            if (ok && std::isfinite(base))
                amount += base * fee.rate;
        }
        items.append({fee, std::round(amount * 100) / 100});
    }
    return items;
}

double FeeSchedule::total(const QList<Item> &items)
{
    double sum = 0;
    for (const Item &i : items)
        sum += i.amount;
    return std::round(sum * 100) / 100;
}

} // namespace OneWindow

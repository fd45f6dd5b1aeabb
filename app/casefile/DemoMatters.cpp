#include "casefile/DemoMatters.h"

namespace OneWindow {

const QList<DemoMatter> &DemoMatters::all()
{
    static const QList<DemoMatter> list = {
        {"residence-permit", "居住证申领", {"公安"}, 6},
        {"social-security-card", "社会保障卡补换", {"人社"}, 6},
        {"marriage-appointment", "婚姻登记预约", {"民政"}, 3},
        {"disability-card", "残疾人证申领", {"残联"}, 1},
        {"retirement", "退休\"一件事\"", {"人社", "医保", "公积金"}, 2},
        {"business-startup",
         "企业开办\"一件事\"",
         {"市场监管", "公安", "税务", "人社", "公积金"},
         1},
        {"property-transfer",
         "二手房转移登记+水电气过户\"一件事\"",
         {"不动产登记", "税务", "水务", "供电", "燃气"},
         1},
        {"newborn", "新生儿出生\"一件事\"", {"卫健", "公安", "医保", "人社"}, 2},
    };
    return list;
}

quint64 DemoMatters::mix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

QJsonObject DemoMatters::formData(const QString &matterCode, quint64 r)
{
    if (matterCode != QLatin1String("newborn"))
        return {};
    // The maternity wards near the demo hall, the larger ones more often.
    static const char *const hospitals[] = {
        "四川大学华西第二医院",   "四川大学华西第二医院",   "四川大学华西第二医院",
        "成都市妇女儿童中心医院", "成都市妇女儿童中心医院", "武侯区妇幼保健院",
        "四川省人民医院",
    };
    const auto count = quint64(sizeof(hospitals) / sizeof(hospitals[0]));
    return {{QStringLiteral("birth_hospital"), QString::fromUtf8(hospitals[(r >> 52) % count])}};
}

QDate DemoMatters::addWorkingDays(QDate day, int n)
{
    while (n > 0) {
        day = day.addDays(1);
        if (day.dayOfWeek() < 6)
            --n;
    }
    return day;
}

} // namespace OneWindow

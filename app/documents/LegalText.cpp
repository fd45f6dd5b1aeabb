#include "documents/LegalText.h"

namespace OneWindow {

QString LegalText::appealRights(const QString &decision, bool english)
{
    if (english)
        return QStringLiteral(
                   "If you disagree with this %1, you may apply for administrative review under "
                   "the Administrative Review Law of the People's Republic of China within sixty "
                   "days, or bring an administrative lawsuit before a people's court under the "
                   "Administrative Procedure Law of the People's Republic of China within six "
                   "months, in both cases from the day you knew or should have known of this %1.")
            .arg(decision);
    return QStringLiteral(
               "如不服本%1，可以自知道或者应当知道本%1之日起六十日内，依照《中华人民共和国"
               "行政复议法》申请行政复议；也可以自知道或者应当知道本%1之日起六个月内，依照"
               "《中华人民共和国行政诉讼法》向人民法院提起行政诉讼。")
        .arg(decision);
}

QString LegalText::acceptanceRules(bool english)
{
    if (english)
        return QStringLiteral(
            "Under Article 32 of the Administrative Licensing Law of the People's Republic of "
            "China: where the matter applied for needs no licence, the applicant is told at once "
            "that it is not accepted; where it is not within this authority's powers, a decision "
            "not to accept it is made at once and the applicant is told which authority to "
            "apply to; where the materials are incomplete or not in the legal form, the "
            "applicant is told everything to be supplemented at once or within five days, in "
            "one notice.");
    return QStringLiteral("依据《中华人民共和国行政许可法》第三十二条：申请事项依法不需要取得"
                          "行政许可的，应当即时告知申请人不受理；申请事项依法不属于本行政机关职权"
                          "范围的，应当即时作出不予受理的决定，并告知申请人向有关行政机关申请；"
                          "申请材料不齐全或者不符合法定形式的，应当当场或者在五日内一次告知申请人"
                          "需要补正的全部内容。");
}

QString LegalText::refusalRules(bool english)
{
    if (english)
        return QStringLiteral(
            "Under Article 38(2) of the Administrative Licensing Law of the People's Republic of "
            "China: a decision not to grant a licence is made in writing, states its reasons and "
            "tells the applicant of the right to apply for administrative review or to bring an "
            "administrative lawsuit.");
    return QStringLiteral("依据《中华人民共和国行政许可法》第三十八条第二款：行政机关依法作出"
                          "不予行政许可的书面决定的，应当说明理由，并告知申请人享有依法申请行政"
                          "复议或者提起行政诉讼的权利。");
}

QString LegalText::specialProcedureRules(bool english)
{
    if (english)
        return QStringLiteral(
            "Under Article 45 of the Administrative Licensing Law of the People's Republic of "
            "China: the time needed for a hearing, tender, auction, inspection, testing, "
            "quarantine, appraisal or expert review required by law is not counted in the time "
            "limit; the authority tells the applicant in writing how long it will take.");
    return QStringLiteral("依据《中华人民共和国行政许可法》第四十五条：行政机关作出行政许可决定，"
                          "依法需要听证、招标、拍卖、检验、检测、检疫、鉴定和专家评审的，所需时间"
                          "不计算在本节规定的期限内。行政机关应当将所需时间书面告知申请人。");
}

} // namespace OneWindow

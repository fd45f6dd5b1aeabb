<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="zh_CN">
<context>
    <name>AuditActionText</name>
    <message>
        <location filename="../ui/common/AuditActionText.cpp" line="10"/>
        <source>登录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/AuditActionText.cpp" line="12"/>
        <source>登录失败</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/AuditActionText.cpp" line="14"/>
        <source>退出登录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/AuditActionText.cpp" line="16"/>
        <source>锁屏</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/AuditActionText.cpp" line="18"/>
        <source>解锁</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/AuditActionText.cpp" line="20"/>
        <source>查阅档案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/AuditActionText.cpp" line="22"/>
        <source>查看办件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/AuditActionText.cpp" line="24"/>
        <source>查询页查看办件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/AuditActionText.cpp" line="26"/>
        <source>查询</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/AuditActionText.cpp" line="28"/>
        <source>受理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/AuditActionText.cpp" line="30"/>
        <source>被拒绝的操作</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/AuditActionText.cpp" line="32"/>
        <source>查阅审计日志</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/AuditActionText.cpp" line="34"/>
        <source>导出审计日志</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/AuditActionText.cpp" line="36"/>
        <source>账户锁定中登录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/AuditActionText.cpp" line="38"/>
        <source>账户被锁定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/AuditActionText.cpp" line="40"/>
        <source>修改密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/AuditActionText.cpp" line="42"/>
        <source>拒绝二维码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/AuditActionText.cpp" line="44"/>
        <source>读卡</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/AuditActionText.cpp" line="46"/>
        <source>电子身份码识别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/AuditActionText.cpp" line="48"/>
        <source>手工录入身份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/AuditActionText.cpp" line="50"/>
        <source>查阅核验记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/AuditActionText.cpp" line="52"/>
        <source>拒绝核验记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/AuditActionText.cpp" line="54"/>
        <source>重复提交受理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/AuditActionText.cpp" line="56"/>
        <source>拒绝受理编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/AuditActionText.cpp" line="58"/>
        <source>查阅草稿</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/AuditActionText.cpp" line="60"/>
        <source>保存草稿</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/AuditActionText.cpp" line="62"/>
        <source>删除草稿</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/AuditActionText.cpp" line="64"/>
        <source>出具文书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/AuditActionText.cpp" line="66"/>
        <source>打印文书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/AuditActionText.cpp" line="68"/>
        <source>补打文书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/AuditActionText.cpp" line="70"/>
        <source>修改设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/AuditActionText.cpp" line="72"/>
        <source>复核通过</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/AuditActionText.cpp" line="74"/>
        <source>复核退回</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/AuditActionText.cpp" line="76"/>
        <source>新建账户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/AuditActionText.cpp" line="78"/>
        <source>停用账户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/AuditActionText.cpp" line="80"/>
        <source>启用账户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/AuditActionText.cpp" line="82"/>
        <source>重置密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/AuditActionText.cpp" line="84"/>
        <source>设置密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/AuditActionText.cpp" line="86"/>
        <source>修改角色</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/AuditActionText.cpp" line="88"/>
        <source>拟不予受理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/AuditActionText.cpp" line="90"/>
        <source>查看不予受理决定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/AuditActionText.cpp" line="92"/>
        <source>密封审计日志</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/AuditActionText.cpp" line="94"/>
        <source>办件：%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseStateText</name>
    <message>
        <location filename="../ui/common/CaseStateText.cpp" line="9"/>
        <source>已受理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/CaseStateText.cpp" line="11"/>
        <source>办理中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/CaseStateText.cpp" line="13"/>
        <source>待补正</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/CaseStateText.cpp" line="15"/>
        <source>特别程序中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/CaseStateText.cpp" line="17"/>
        <source>已办结，待领取</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/CaseStateText.cpp" line="19"/>
        <source>已送达</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/CaseStateText.cpp" line="21"/>
        <source>已撤回</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/CaseStateText.cpp" line="30"/>
        <source>等待前序</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/CaseStateText.cpp" line="32"/>
        <source>待办</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/CaseStateText.cpp" line="34"/>
        <source>已通过</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/CaseStateText.cpp" line="36"/>
        <location filename="../ui/common/CaseStateText.cpp" line="63"/>
        <source>退回补正</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/CaseStateText.cpp" line="38"/>
        <source>特别程序</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/CaseStateText.cpp" line="40"/>
        <location filename="../ui/common/CaseStateText.cpp" line="100"/>
        <source>不予许可</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/CaseStateText.cpp" line="42"/>
        <source>不再办理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/CaseStateText.cpp" line="44"/>
        <source>不予许可待确认</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/CaseStateText.cpp" line="46"/>
        <source>退件待确认</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/CaseStateText.cpp" line="55"/>
        <source>受理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/CaseStateText.cpp" line="57"/>
        <source>认领</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/CaseStateText.cpp" line="59"/>
        <source>释放</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/CaseStateText.cpp" line="61"/>
        <source>审批通过</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/CaseStateText.cpp" line="65"/>
        <source>补齐材料</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/CaseStateText.cpp" line="67"/>
        <source>启动特别程序</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/CaseStateText.cpp" line="69"/>
        <source>结束特别程序</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/CaseStateText.cpp" line="71"/>
        <source>拟不予许可</source>
        <comment>the action: propose a refusal for the supervisor to confirm</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/CaseStateText.cpp" line="73"/>
        <source>拟退件</source>
        <comment>the action: propose closing the case unsupplied</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/CaseStateText.cpp" line="75"/>
        <source>办结</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/CaseStateText.cpp" line="77"/>
        <source>送达</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/CaseStateText.cpp" line="79"/>
        <location filename="../ui/common/CaseStateText.cpp" line="102"/>
        <source>撤回</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/CaseStateText.cpp" line="81"/>
        <source>重新办理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/CaseStateText.cpp" line="83"/>
        <source>值班长确认</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/CaseStateText.cpp" line="85"/>
        <source>值班长退回</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/CaseStateText.cpp" line="96"/>
        <source>准予（出证）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/CaseStateText.cpp" line="98"/>
        <source>部分准予</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/CaseStateText.cpp" line="104"/>
        <source>退件</source>
        <comment>the result of a case closed unsupplied</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/CaseStateText.cpp" line="113"/>
        <source>听证</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/CaseStateText.cpp" line="115"/>
        <source>现场核查</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/CaseStateText.cpp" line="117"/>
        <source>检验检测</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/CaseStateText.cpp" line="119"/>
        <source>专家评审</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentKindText</name>
    <message>
        <location filename="../ui/common/DocumentKindText.cpp" line="9"/>
        <source>受理回执</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/DocumentKindText.cpp" line="11"/>
        <source>一次性告知书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/DocumentKindText.cpp" line="13"/>
        <source>不予受理通知书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/DocumentKindText.cpp" line="15"/>
        <source>补齐补正通知书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/DocumentKindText.cpp" line="17"/>
        <source>容缺受理通知书及承诺书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/DocumentKindText.cpp" line="19"/>
        <source>特别程序告知书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/DocumentKindText.cpp" line="21"/>
        <source>不予许可决定书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/DocumentKindText.cpp" line="23"/>
        <source>办结通知</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/DocumentKindText.cpp" line="25"/>
        <source>送达回执</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/DocumentKindText.cpp" line="27"/>
        <source>材料接收清单</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldValidator</name>
    <message>
        <location filename="../app/templates/FieldValidator.cpp" line="83"/>
        <location filename="../app/templates/FieldValidator.cpp" line="102"/>
        <location filename="../app/templates/FieldValidator.cpp" line="204"/>
        <location filename="../app/templates/FieldValidator.cpp" line="205"/>
        <location filename="../app/templates/FieldValidator.cpp" line="211"/>
        <location filename="../app/templates/FieldValidator.cpp" line="215"/>
        <location filename="../app/templates/FieldValidator.cpp" line="240"/>
        <source>必填</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templates/FieldValidator.cpp" line="95"/>
        <source>请收取此材料</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templates/FieldValidator.cpp" line="105"/>
        <source>至少 %1 个字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templates/FieldValidator.cpp" line="107"/>
        <location filename="../app/templates/FieldValidator.cpp" line="213"/>
        <location filename="../app/templates/FieldValidator.cpp" line="250"/>
        <source>最多 %1 个字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templates/FieldValidator.cpp" line="116"/>
        <source>请输入数字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templates/FieldValidator.cpp" line="119"/>
        <source>金额最多两位小数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templates/FieldValidator.cpp" line="121"/>
        <source>应在 %1 到 %2 之间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templates/FieldValidator.cpp" line="129"/>
        <source>日期不能晚于今天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templates/FieldValidator.cpp" line="131"/>
        <source>日期不能早于今天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templates/FieldValidator.cpp" line="133"/>
        <source>日期不能早于 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templates/FieldValidator.cpp" line="136"/>
        <source>日期不能晚于 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templates/FieldValidator.cpp" line="139"/>
        <source>应年满 %1 周岁</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templates/FieldValidator.cpp" line="141"/>
        <source>应未满 %1 周岁</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templates/FieldValidator.cpp" line="145"/>
        <source>应早于 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templates/FieldValidator.cpp" line="148"/>
        <source>应晚于 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templates/FieldValidator.cpp" line="155"/>
        <location filename="../app/templates/FieldValidator.cpp" line="231"/>
        <source>电话号码格式不正确</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templates/FieldValidator.cpp" line="221"/>
        <source>身份证号码显示为男性，此处应为女性</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templates/FieldValidator.cpp" line="223"/>
        <source>身份证号码显示为女性，此处应为男性</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templates/FieldValidator.cpp" line="244"/>
        <source>请选择省、市、区县</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templates/FieldValidator.cpp" line="246"/>
        <source>行政区划代码不存在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templates/FieldValidator.cpp" line="248"/>
        <source>请填写街道、门牌号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templates/FieldValidator.cpp" line="258"/>
        <source>至少填写 1 项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templates/FieldValidator.cpp" line="258"/>
        <source>至少填写 %1 项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templates/FieldValidator.cpp" line="260"/>
        <source>最多 %1 项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templates/FieldValidator.cpp" line="291"/>
        <source>第 %1 项 %2：%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templates/FieldValidator.cpp" line="298"/>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templates/FieldValidator.cpp" line="299"/>
        <source>身份证号码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templates/FieldValidator.cpp" line="300"/>
        <source>电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templates/FieldValidator.cpp" line="301"/>
        <source>省市区</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templates/FieldValidator.cpp" line="302"/>
        <source>街道地址</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templates/FieldValidator.cpp" line="311"/>
        <source>%1：%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templates/FieldValidator.cpp" line="35"/>
        <source>身份证号码校验位不正确</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templates/FieldValidator.cpp" line="37"/>
        <source>身份证号码应为18位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templates/FieldValidator.cpp" line="39"/>
        <source>身份证号码中的出生日期无效</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templates/FieldValidator.cpp" line="41"/>
        <source>身份证号码的地区代码不存在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templates/FieldValidator.cpp" line="42"/>
        <source>身份证号码含有无效字符</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templates/FieldValidator.cpp" line="89"/>
        <location filename="../app/templates/FieldValidator.cpp" line="168"/>
        <source>请从列表中选择</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templates/FieldValidator.cpp" line="127"/>
        <source>日期无效，请按 年-月-日 填写，例如 2026-01-31、20260131 或本年的 0131</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templates/FieldValidator.cpp" line="177"/>
        <source>格式不正确</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HallFiguresPdf</name>
    <message>
        <location filename="../app/reports/HallFiguresPdf.cpp" line="80"/>
        <source>缺少中文字体（fonts-wqy-microhei），无法生成报告</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reports/HallFiguresPdf.cpp" line="87"/>
        <source>统计期间：%1 至 %2（办件数量按受理日、办结日计；“当前”为 %3）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reports/HallFiguresPdf.cpp" line="91"/>
        <location filename="../app/reports/HallFiguresPdf.cpp" line="107"/>
        <location filename="../app/reports/HallFiguresPdf.cpp" line="109"/>
        <location filename="../app/reports/HallFiguresPdf.cpp" line="111"/>
        <location filename="../app/reports/HallFiguresPdf.cpp" line="117"/>
        <source>受理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reports/HallFiguresPdf.cpp" line="91"/>
        <source>一次性告知</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reports/HallFiguresPdf.cpp" line="91"/>
        <source>不予受理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reports/HallFiguresPdf.cpp" line="91"/>
        <location filename="../app/reports/HallFiguresPdf.cpp" line="117"/>
        <source>按期办结</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reports/HallFiguresPdf.cpp" line="91"/>
        <location filename="../app/reports/HallFiguresPdf.cpp" line="117"/>
        <source>超期办结</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reports/HallFiguresPdf.cpp" line="92"/>
        <source>待领取</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reports/HallFiguresPdf.cpp" line="92"/>
        <source>待领取天数（中位/最长）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reports/HallFiguresPdf.cpp" line="106"/>
        <source>各窗口受理量</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reports/HallFiguresPdf.cpp" line="107"/>
        <location filename="../app/reports/HallFiguresPdf.cpp" line="165"/>
        <location filename="../app/reports/HallFiguresPdf.cpp" line="180"/>
        <source>窗口</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reports/HallFiguresPdf.cpp" line="108"/>
        <source>各受理人受理量</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reports/HallFiguresPdf.cpp" line="109"/>
        <location filename="../app/reports/HallFiguresPdf.cpp" line="181"/>
        <source>受理人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reports/HallFiguresPdf.cpp" line="110"/>
        <source>各事项受理量</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reports/HallFiguresPdf.cpp" line="111"/>
        <location filename="../app/reports/HallFiguresPdf.cpp" line="168"/>
        <location filename="../app/reports/HallFiguresPdf.cpp" line="182"/>
        <source>事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reports/HallFiguresPdf.cpp" line="116"/>
        <source>逐日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reports/HallFiguresPdf.cpp" line="117"/>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reports/HallFiguresPdf.cpp" line="128"/>
        <source>各部门</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reports/HallFiguresPdf.cpp" line="129"/>
        <source>部门</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reports/HallFiguresPdf.cpp" line="129"/>
        <source>待办环节</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reports/HallFiguresPdf.cpp" line="129"/>
        <source>2 个工作日内到期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reports/HallFiguresPdf.cpp" line="129"/>
        <source>超期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reports/HallFiguresPdf.cpp" line="129"/>
        <source>办理决定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reports/HallFiguresPdf.cpp" line="130"/>
        <source>退回补正</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reports/HallFiguresPdf.cpp" line="130"/>
        <source>不予许可</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reports/HallFiguresPdf.cpp" line="130"/>
        <source>暂停天数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reports/HallFiguresPdf.cpp" line="142"/>
        <source>%1 统计报告</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reports/HallFiguresPdf.cpp" line="146"/>
        <source>无法写入 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reports/HallFiguresPdf.cpp" line="152"/>
        <source>办理时长（中位）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reports/HallFiguresPdf.cpp" line="152"/>
        <source>办理时长（90%）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reports/HallFiguresPdf.cpp" line="153"/>
        <source>窗口办理时长</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reports/HallFiguresPdf.cpp" line="154"/>
        <source>办结的接待</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reports/HallFiguresPdf.cpp" line="164"/>
        <source>各窗口办理时长</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reports/HallFiguresPdf.cpp" line="165"/>
        <location filename="../app/reports/HallFiguresPdf.cpp" line="168"/>
        <source>接待</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reports/HallFiguresPdf.cpp" line="167"/>
        <source>各事项办理时长</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reports/HallFiguresPdf.cpp" line="174"/>
        <source>评价数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reports/HallFiguresPdf.cpp" line="174"/>
        <source>满意率</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reports/HallFiguresPdf.cpp" line="176"/>
        <source>全大厅</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reports/HallFiguresPdf.cpp" line="177"/>
        <source>好差评</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reports/HallFiguresPdf.cpp" line="180"/>
        <source>各窗口评价</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reports/HallFiguresPdf.cpp" line="181"/>
        <source>各受理人评价</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reports/HallFiguresPdf.cpp" line="182"/>
        <source>各事项评价</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reports/HallFiguresPdf.cpp" line="185"/>
        <source>差评整改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reports/HallFiguresPdf.cpp" line="186"/>
        <source>待整改（当前）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reports/HallFiguresPdf.cpp" line="186"/>
        <source>已逾期（当前）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reports/HallFiguresPdf.cpp" line="186"/>
        <source>期间新增</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reports/HallFiguresPdf.cpp" line="186"/>
        <source>期间办结</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HallFiguresText</name>
    <message>
        <location filename="../app/reports/HallFiguresText.cpp" line="8"/>
        <source>受理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reports/HallFiguresText.cpp" line="10"/>
        <source>一次性告知</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reports/HallFiguresText.cpp" line="12"/>
        <source>领取</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reports/HallFiguresText.cpp" line="14"/>
        <source>不予受理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reports/HallFiguresText.cpp" line="16"/>
        <source>未办理（下一位）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reports/HallFiguresText.cpp" line="23"/>
        <source>未受理</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../ui/shell/LoginDialog.ui" line="9"/>
        <source>一窗通 · 登录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/LoginDialog.ui" line="15"/>
        <source>一窗通 综合窗口受理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/LoginDialog.ui" line="36"/>
        <source>用户名(&amp;U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/LoginDialog.ui" line="45"/>
        <source>密码(&amp;P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/LoginDialog.ui" line="56"/>
        <source>窗口</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/LoginDialog.ui" line="81"/>
        <source>登录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/LoginDialog.ui" line="87"/>
        <source>退出</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ManualIdentityDialog</name>
    <message>
        <location filename="../ui/counter/ManualIdentityDialog.ui" line="9"/>
        <source>手工录入身份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/ManualIdentityDialog.ui" line="15"/>
        <source>仅在无法读卡时使用。手工录入的身份会标记在办件上，交值班长复核。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/ManualIdentityDialog.ui" line="25"/>
        <source>公民身份号码(&amp;I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/ManualIdentityDialog.ui" line="41"/>
        <source>姓名(&amp;N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/ManualIdentityDialog.ui" line="52"/>
        <source>住址(&amp;A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/ManualIdentityDialog.ui" line="63"/>
        <source>无法读卡的原因(&amp;R)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NonAcceptanceDialog</name>
    <message>
        <location filename="../ui/counter/NonAcceptanceDialog.ui" line="9"/>
        <source>不予受理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/NonAcceptanceDialog.ui" line="14"/>
        <source>不予受理须书面说明理由和法律依据，并告知申请人复议和诉讼的权利。决定报值班长确认，确认后在市民档案中打印《不予受理通知书》。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/NonAcceptanceDialog.ui" line="22"/>
        <source>理由(&amp;R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/NonAcceptanceDialog.ui" line="33"/>
        <source>法律依据(&amp;L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/NonAcceptanceDialog.ui" line="44"/>
        <source>应向何机关申请</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/NonAcceptanceDialog.ui" line="50"/>
        <source>不属于本机关职权时填写，如：户籍所在地婚姻登记机关</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotificationBuilder</name>
    <message>
        <location filename="../app/intake/NotificationBuilder.cpp" line="11"/>
        <source>%1 %2 份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/intake/NotificationBuilder.cpp" line="11"/>
        <source>原件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/intake/NotificationBuilder.cpp" line="11"/>
        <source>复印件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/intake/NotificationBuilder.cpp" line="32"/>
        <source>%1（已调取）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/intake/NotificationBuilder.cpp" line="32"/>
        <source>%1（已收取）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/intake/NotificationBuilder.cpp" line="39"/>
        <source>%1：%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OneWindow::AccountDialog</name>
    <message>
        <location filename="../ui/users/AccountDialog.cpp" line="17"/>
        <source>新建账号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/users/AccountDialog.cpp" line="17"/>
        <source>修改角色</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/users/AccountDialog.cpp" line="24"/>
        <source>用户名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/users/AccountDialog.cpp" line="25"/>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/users/AccountDialog.cpp" line="31"/>
        <source>角色</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/users/AccountDialog.cpp" line="34"/>
        <source>部门审批人员填写，如 公安</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/users/AccountDialog.cpp" line="35"/>
        <source>部门</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/users/AccountDialog.cpp" line="38"/>
        <source>确定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/users/AccountDialog.cpp" line="39"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OneWindow::ActionDialog</name>
    <message>
        <location filename="../ui/cases/ActionDialog.cpp" line="43"/>
        <source>提交后报值班长确认；确认前不生效、不出具文书，此环节仍由您持有。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cases/ActionDialog.cpp" line="59"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cases/ActionDialog.cpp" line="75"/>
        <source>如证照编号、登记号（可不填）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cases/ActionDialog.cpp" line="76"/>
        <source>办理结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cases/ActionDialog.cpp" line="88"/>
        <source>需补正的材料</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cases/ActionDialog.cpp" line="89"/>
        <source>补正说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cases/ActionDialog.cpp" line="104"/>
        <source>本次收到的材料</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cases/ActionDialog.cpp" line="112"/>
        <source>程序（行政许可法第四十五条）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cases/ActionDialog.cpp" line="113"/>
        <source>原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cases/ActionDialog.cpp" line="119"/>
        <source>预计结束</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cases/ActionDialog.cpp" line="122"/>
        <source>不予许可的法定理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cases/ActionDialog.cpp" line="126"/>
        <source>退件原因（如逾期未补正）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cases/ActionDialog.cpp" line="130"/>
        <source>撤回原因（申请人的请求）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cases/ActionDialog.cpp" line="133"/>
        <source>重新办理的原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cases/ActionDialog.cpp" line="138"/>
        <source>申请人本人领取</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cases/ActionDialog.cpp" line="139"/>
        <source>代领人领取（读取代领人身份证）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cases/ActionDialog.cpp" line="140"/>
        <source>邮寄送达</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cases/ActionDialog.cpp" line="141"/>
        <source>送达方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cases/ActionDialog.cpp" line="144"/>
        <source>代领人姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cases/ActionDialog.cpp" line="147"/>
        <source>代领人身份证号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cases/ActionDialog.cpp" line="150"/>
        <source>邮寄单号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cases/ActionDialog.cpp" line="167"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cases/ActionDialog.cpp" line="203"/>
        <source>请填写原因。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cases/ActionDialog.cpp" line="209"/>
        <source>请勾选材料。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cases/ActionDialog.cpp" line="220"/>
        <source>请读取代领人的身份证（F2），或填写姓名和有效的身份证号。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cases/ActionDialog.cpp" line="222"/>
        <source>请填写邮寄单号。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OneWindow::AddressFieldEditor</name>
    <message>
        <location filename="../ui/counter/fields/AddressFieldEditor.cpp" line="19"/>
        <source>（省）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/fields/AddressFieldEditor.cpp" line="28"/>
        <source>街道、小区、门牌号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/fields/AddressFieldEditor.cpp" line="64"/>
        <source>（市）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/fields/AddressFieldEditor.cpp" line="77"/>
        <source>（区县）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OneWindow::AuditEventModel</name>
    <message>
        <location filename="../ui/models/AuditEventModel.cpp" line="53"/>
        <source>带密钥校验码（MAC）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AuditEventModel.cpp" line="53"/>
        <source>密封前的旧事件：只由哈希链校验</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AuditEventModel.cpp" line="92"/>
        <source>时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AuditEventModel.cpp" line="94"/>
        <source>用户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AuditEventModel.cpp" line="96"/>
        <source>窗口</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AuditEventModel.cpp" line="98"/>
        <source>操作</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AuditEventModel.cpp" line="100"/>
        <source>对象</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AuditEventModel.cpp" line="102"/>
        <source>详情</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AuditEventModel.cpp" line="104"/>
        <source>序号</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OneWindow::AuditWorkspace</name>
    <message>
        <location filename="../ui/audit/AuditWorkspace.cpp" line="67"/>
        <source>公民身份号码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditWorkspace.cpp" line="71"/>
        <source>办件编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditWorkspace.cpp" line="75"/>
        <source>群众</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditWorkspace.cpp" line="77"/>
        <source>办件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditWorkspace.cpp" line="79"/>
        <source>用户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditWorkspace.cpp" line="81"/>
        <source>窗口</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditWorkspace.cpp" line="83"/>
        <source>操作</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditWorkspace.cpp" line="87"/>
        <source>从</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditWorkspace.cpp" line="94"/>
        <source>至</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditWorkspace.cpp" line="114"/>
        <source>查询</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditWorkspace.cpp" line="117"/>
        <source>清除条件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditWorkspace.cpp" line="143"/>
        <source>上一页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditWorkspace.cpp" line="145"/>
        <source>下一页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditWorkspace.cpp" line="157"/>
        <source>导出 CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditWorkspace.cpp" line="160"/>
        <source>导出当前条件下的全部事件；身份证号、手机号打码；导出本身记入审计日志</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditWorkspace.cpp" line="172"/>
        <source>校验审计链</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditWorkspace.cpp" line="177"/>
        <source>取消校验</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditWorkspace.cpp" line="188"/>
        <source>刷新 (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditWorkspace.cpp" line="201"/>
        <source>审计日志</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditWorkspace.cpp" line="239"/>
        <source>%1（%2）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditWorkspace.cpp" line="291"/>
        <source>没有符合条件的事件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditWorkspace.cpp" line="293"/>
        <source>第 %1 页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditWorkspace.cpp" line="325"/>
        <source>审计链：尚无事件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditWorkspace.cpp" line="327"/>
        <source>审计链：共 %1 条事件，最后一条为第 %2 条（%3）%4。尚未校验。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditWorkspace.cpp" line="333"/>
        <source>，已用本厅密钥密封</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditWorkspace.cpp" line="333"/>
        <source>，尚未密封</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditWorkspace.cpp" line="351"/>
        <source>正在校验审计链：%1 / %2 条事件…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditWorkspace.cpp" line="359"/>
        <source>正在校验审计链…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditWorkspace.cpp" line="376"/>
        <source>无法校验审计链：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditWorkspace.cpp" line="386"/>
        <source>审计链完整：已校验 %1 条事件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditWorkspace.cpp" line="388"/>
        <source>其中 %1 条写于密封之前，只由哈希链校验。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditWorkspace.cpp" line="390"/>
        <source>本窗口没有本厅密钥，未校验密钥校验码。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditWorkspace.cpp" line="396"/>
        <source>审计链在第 %1 条事件（%2）处不符：%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditWorkspace.cpp" line="403"/>
        <source>审计链没有密封：%1 条事件都没有密钥校验码，从第 %2 条起无法证明未被改动。若这是启用本厅密钥之前的日志，请管理员核对后用 onewindow-cli audit seal 密封；若本厅曾经密封过，说明日志被人改写。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditWorkspace.cpp" line="411"/>
        <source>校验已取消（已校验 %1 条事件）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditWorkspace.cpp" line="420"/>
        <source>该事件的内容被改动过。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditWorkspace.cpp" line="422"/>
        <source>该事件与前一条事件接不上：之前有事件被删除，或有事件被插入、调换了顺序。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditWorkspace.cpp" line="424"/>
        <source>该事件缺少密钥校验码，而审计链在它之前已经密封。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditWorkspace.cpp" line="426"/>
        <source>该事件的密钥校验码不符：它是伪造的，或从这里起整条链被重新计算过。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditWorkspace.cpp" line="428"/>
        <source>该事件在检查点之后，是绕过本程序追加的。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditWorkspace.cpp" line="430"/>
        <source>检查点记录的最后几条事件不见了：日志末尾被删除。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditWorkspace.cpp" line="432"/>
        <source>检查点与本厅密钥或事件不符：密钥不对，或检查点被改动过。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditWorkspace.cpp" line="434"/>
        <source>检查点不见了。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditWorkspace.cpp" line="444"/>
        <location filename="../ui/audit/AuditWorkspace.cpp" line="459"/>
        <source>导出审计日志</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditWorkspace.cpp" line="444"/>
        <source>CSV 文件 (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditWorkspace.cpp" line="453"/>
        <location filename="../ui/audit/AuditWorkspace.cpp" line="476"/>
        <source>无法写入 %1：%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditWorkspace.cpp" line="457"/>
        <source>正在导出审计日志…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditWorkspace.cpp" line="457"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditWorkspace.cpp" line="464"/>
        <source>正在导出审计日志：已写入 %1 条事件…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditWorkspace.cpp" line="480"/>
        <source>已导出 %1 条事件到 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OneWindow::CalendarImportDialog</name>
    <message>
        <location filename="../ui/shell/CalendarImportDialog.cpp" line="17"/>
        <source>导入节假日安排</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/CalendarImportDialog.cpp" line="18"/>
        <source>正在导入节假日安排…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/CalendarImportDialog.cpp" line="19"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/CalendarImportDialog.cpp" line="56"/>
        <source>已导入 %1 年：%2 个休息日，%3 个调休上班日。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OneWindow::CameraScanDialog</name>
    <message>
        <location filename="../ui/counter/CameraScanDialog.cpp" line="26"/>
        <source>摄像头扫码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/CameraScanDialog.cpp" line="34"/>
        <source>没有找到摄像头。请连接摄像头，或使用扫码枪、识别二维码图片。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/CameraScanDialog.cpp" line="47"/>
        <source>摄像头出错：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/CameraScanDialog.cpp" line="49"/>
        <source>请将二维码对准摄像头。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OneWindow::CaseDetailView</name>
    <message>
        <location filename="../ui/cases/CaseDetailView.cpp" line="66"/>
        <source>部门</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cases/CaseDetailView.cpp" line="66"/>
        <location filename="../ui/cases/CaseDetailView.cpp" line="93"/>
        <source>环节</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cases/CaseDetailView.cpp" line="66"/>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cases/CaseDetailView.cpp" line="66"/>
        <source>承诺/法定期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cases/CaseDetailView.cpp" line="66"/>
        <location filename="../ui/cases/CaseDetailView.cpp" line="93"/>
        <source>经办人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cases/CaseDetailView.cpp" line="75"/>
        <source>本环节所需信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cases/CaseDetailView.cpp" line="79"/>
        <source>项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cases/CaseDetailView.cpp" line="79"/>
        <source>内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cases/CaseDetailView.cpp" line="89"/>
        <source>办理记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cases/CaseDetailView.cpp" line="93"/>
        <source>时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cases/CaseDetailView.cpp" line="93"/>
        <source>操作</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cases/CaseDetailView.cpp" line="93"/>
        <source>说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cases/CaseDetailView.cpp" line="160"/>
        <source>是</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cases/CaseDetailView.cpp" line="160"/>
        <source>否</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cases/CaseDetailView.cpp" line="201"/>
        <source>%1 · 承诺办结 %2 · 法定期限 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cases/CaseDetailView.cpp" line="203"/>
        <source> · 已停止计时 %1 个工作日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cases/CaseDetailView.cpp" line="205"/>
        <source> · 已于 %1 送达</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cases/CaseDetailView.cpp" line="217"/>
        <source>待补正：%1（%2起停止计时）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cases/CaseDetailView.cpp" line="220"/>
        <source>特别程序：%1，%2，预计 %3 结束</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cases/CaseDetailView.cpp" line="226"/>
        <source>容缺：%1 承诺 %2 前补交</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cases/CaseDetailView.cpp" line="234"/>
        <source>减免收费待值班长确认：%1（%2 提出）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cases/CaseDetailView.cpp" line="236"/>
        <source>值班长 %1 未确认减免，费用须照常缴纳：%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cases/CaseDetailView.cpp" line="239"/>
        <source>已减免收费：%1（值班长 %2 确认）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cases/CaseDetailView.cpp" line="242"/>
        <source>不予许可</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cases/CaseDetailView.cpp" line="242"/>
        <source>退件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cases/CaseDetailView.cpp" line="245"/>
        <source>%1 %2待值班长确认：%3（%4 提出）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cases/CaseDetailView.cpp" line="249"/>
        <source>值班长 %1 退回了 %2 的%3：%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cases/CaseDetailView.cpp" line="282"/>
        <source>（随之）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cases/CaseDetailView.cpp" line="294"/>
        <source>邮寄单号 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cases/CaseDetailView.cpp" line="296"/>
        <source>经办人 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cases/CaseDetailView.cpp" line="298"/>
        <source>领取人 %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cases/CaseDetailView.cpp" line="340"/>
        <source>（已调取电子证照或既往材料）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cases/CaseDetailView.cpp" line="342"/>
        <source>（有扫描件）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cases/CaseDetailView.cpp" line="346"/>
        <source>已收材料：无</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cases/CaseDetailView.cpp" line="347"/>
        <source>已收材料：%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OneWindow::CaseFileModel</name>
    <message>
        <location filename="../ui/models/CaseFileModel.cpp" line="211"/>
        <source>在办件（%1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/CaseFileModel.cpp" line="213"/>
        <source>草稿与待补材料（%1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/CaseFileModel.cpp" line="215"/>
        <source>可复用材料（%1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/CaseFileModel.cpp" line="217"/>
        <source>今日预约（%1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/CaseFileModel.cpp" line="219"/>
        <source>历史办件（%1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/CaseFileModel.cpp" line="254"/>
        <source>待补交：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/CaseFileModel.cpp" line="259"/>
        <source>%1/%2 个部门已办结</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/CaseFileModel.cpp" line="271"/>
        <source>%1（暂定）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/CaseFileModel.cpp" line="318"/>
        <source>电子证照</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/CaseFileModel.cpp" line="318"/>
        <source>既往办件材料</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/CaseFileModel.cpp" line="320"/>
        <source>有效至 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/CaseFileModel.cpp" line="321"/>
        <source>长期有效</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/CaseFileModel.cpp" line="347"/>
        <source>已预约</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/CaseFileModel.cpp" line="349"/>
        <source>已到场</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/CaseFileModel.cpp" line="351"/>
        <source>已办理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/CaseFileModel.cpp" line="353"/>
        <source>已取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/CaseFileModel.cpp" line="382"/>
        <source>草稿</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/CaseFileModel.cpp" line="382"/>
        <source>一次性告知后待补</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/CaseFileModel.cpp" line="385"/>
        <source>填写中，未受理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/CaseFileModel.cpp" line="386"/>
        <source>待补材料 %1 项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/CaseFileModel.cpp" line="391"/>
        <source>选择此事项即继续办理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/CaseFileModel.cpp" line="395"/>
        <source>缺：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/CaseFileModel.cpp" line="395"/>
        <source>、</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/CaseFileModel.cpp" line="411"/>
        <source>名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/CaseFileModel.cpp" line="413"/>
        <source>编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/CaseFileModel.cpp" line="415"/>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/CaseFileModel.cpp" line="417"/>
        <source>时限/有效期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/CaseFileModel.cpp" line="419"/>
        <source>说明</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OneWindow::CaseFilePage</name>
    <message>
        <location filename="../ui/counter/CaseFilePage.cpp" line="58"/>
        <source>不予受理决定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/CaseFilePage.cpp" line="67"/>
        <source>打印《不予受理通知书》</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/CaseFilePage.cpp" line="80"/>
        <source>办理事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/CaseFilePage.cpp" line="84"/>
        <source>名称、拼音首字母或部门</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/CaseFilePage.cpp" line="96"/>
        <source>开始受理 (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/CaseFilePage.cpp" line="169"/>
        <source>待值班长确认，确认后方可打印通知书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/CaseFilePage.cpp" line="172"/>
        <source>值班长 %1 已确认</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/CaseFilePage.cpp" line="176"/>
        <source>值班长 %1 退回：%2（可继续办理）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/CaseFilePage.cpp" line="181"/>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/CaseFilePage.cpp" line="218"/>
        <source>首次来办，档案中暂无记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/CaseFilePage.cpp" line="220"/>
        <source>%1 · %2 · %3 · 电话 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/CaseFilePage.cpp" line="308"/>
        <source>%1（有草稿，继续办理）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OneWindow::CasePanel</name>
    <message>
        <location filename="../ui/cases/CasePanel.cpp" line="41"/>
        <source>文书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cases/CasePanel.cpp" line="43"/>
        <source>打印本办件的文书：从已保存的办件生成，再次打印标注“补打”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cases/CasePanel.cpp" line="101"/>
        <source>补打《%1》</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cases/CasePanel.cpp" line="102"/>
        <source>打印《%1》</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cases/CasePanel.cpp" line="114"/>
        <source>文书未能生成：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cases/CasePanel.cpp" line="131"/>
        <source>没有找到办件 %1。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cases/CasePanel.cpp" line="196"/>
        <source>%1已报值班长确认，确认前不生效：%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cases/CasePanel.cpp" line="200"/>
        <source>已%1：%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OneWindow::ChangePasswordDialog</name>
    <message>
        <location filename="../ui/shell/ChangePasswordDialog.cpp" line="23"/>
        <source>设置新密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/ChangePasswordDialog.cpp" line="26"/>
        <source>您使用的是一次性密码，请先设置自己的新密码。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/ChangePasswordDialog.cpp" line="27"/>
        <source>请设置新密码。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/ChangePasswordDialog.cpp" line="40"/>
        <source>当前密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/ChangePasswordDialog.cpp" line="41"/>
        <source>新密码（至少 %1 个字符）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/ChangePasswordDialog.cpp" line="42"/>
        <source>再输入一次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/ChangePasswordDialog.cpp" line="52"/>
        <source>设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/ChangePasswordDialog.cpp" line="53"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/ChangePasswordDialog.cpp" line="64"/>
        <source>两次输入的新密码不一致。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OneWindow::CitizenScreen</name>
    <message>
        <location filename="../ui/citizen/CitizenScreen.cpp" line="39"/>
        <source>一窗通 · 市民屏</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/citizen/CitizenScreen.cpp" line="49"/>
        <source>欢迎办事</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/citizen/CitizenScreen.cpp" line="49"/>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/citizen/CitizenScreen.cpp" line="51"/>
        <source>请将身份证交给窗口工作人员，或出示电子身份码。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/citizen/CitizenScreen.cpp" line="52"/>
        <source>Please hand your ID card to the clerk or show your e-ID code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/citizen/CitizenScreen.cpp" line="55"/>
        <source>请核对您的身份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/citizen/CitizenScreen.cpp" line="55"/>
        <source>Is this you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/citizen/CitizenScreen.cpp" line="58"/>
        <source>请核对办理内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/citizen/CitizenScreen.cpp" line="59"/>
        <source>Please check what will be done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/citizen/CitizenScreen.cpp" line="63"/>
        <source>确认无误
This is right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/citizen/CitizenScreen.cpp" line="65"/>
        <source>信息有误
Something is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/citizen/CitizenScreen.cpp" line="78"/>
        <source>请您评价本次服务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/citizen/CitizenScreen.cpp" line="79"/>
        <source>How was our service today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/citizen/CitizenScreen.cpp" line="91"/>
        <source>不评价
No, thank you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/citizen/CitizenScreen.cpp" line="96"/>
        <source>哪里让您不满意？（可多选）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/citizen/CitizenScreen.cpp" line="97"/>
        <source>What went wrong? (choose any)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/citizen/CitizenScreen.cpp" line="108"/>
        <source>提交评价
Submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/citizen/CitizenScreen.cpp" line="112"/>
        <source>谢谢！</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/citizen/CitizenScreen.cpp" line="112"/>
        <source>Thank you!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/citizen/CitizenScreen.cpp" line="196"/>
        <source>姓名：%1
证件号码：%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/citizen/CitizenScreen.cpp" line="198"/>
        <source>Name and ID number, partly hidden. Tell the clerk if they are not yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/citizen/CitizenScreen.cpp" line="205"/>
        <source>事项：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/citizen/CitizenScreen.cpp" line="206"/>
        <source>Matter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/citizen/CitizenScreen.cpp" line="208"/>
        <source>%1 · %2 — %3 前办结</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/citizen/CitizenScreen.cpp" line="211"/>
        <source>%1 — by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/citizen/CitizenScreen.cpp" line="215"/>
        <source>承诺办结日期：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/citizen/CitizenScreen.cpp" line="216"/>
        <source>Promised by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/citizen/CitizenScreen.cpp" line="217"/>
        <source>已收材料：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/citizen/CitizenScreen.cpp" line="217"/>
        <source>无</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/citizen/CitizenScreen.cpp" line="217"/>
        <source>、</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/citizen/CitizenScreen.cpp" line="218"/>
        <source>Materials handed in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/citizen/CitizenScreen.cpp" line="219"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/citizen/CitizenScreen.cpp" line="222"/>
        <source>费用：不收费</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/citizen/CitizenScreen.cpp" line="223"/>
        <source>费用：%1 元（减免，待值班长复核）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/citizen/CitizenScreen.cpp" line="224"/>
        <source>费用：%1 元</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/citizen/CitizenScreen.cpp" line="225"/>
        <source>Fees: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/citizen/CitizenScreen.cpp" line="226"/>
        <source>Fees: CNY %1, waived (to be reviewed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/citizen/CitizenScreen.cpp" line="227"/>
        <source>Fees: CNY %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/citizen/CitizenScreen.cpp" line="274"/>
        <source>您的评价已记录，我们会认真改进。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/citizen/CitizenScreen.cpp" line="275"/>
        <source>Your rating has been recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/citizen/CitizenScreen.cpp" line="277"/>
        <source>评价未能保存，请告诉窗口工作人员。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/citizen/CitizenScreen.cpp" line="278"/>
        <source>Your rating could not be saved. Please tell the clerk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OneWindow::CounterWorkspace</name>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="59"/>
        <source>读卡 (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="62"/>
        <source>手工录入 (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="66"/>
        <source>下一位 (F12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="69"/>
        <source>识别二维码图片…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="72"/>
        <source>摄像头扫码 (F4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="97"/>
        <source>请读取证件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="102"/>
        <source>请市民将身份证放在读卡器上，按 F2 或点击“读卡”。无法读卡时按 F3 手工录入（交值班长复核）。读卡后自动调取市民在各部门的办件档案，已有材料无需重复提交。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="112"/>
        <source>查找档案（不读卡，仅供查看）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="117"/>
        <source>身份证号、姓名或拼音首字母、办件编号、电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="167"/>
        <source>返回档案 (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="169"/>
        <source>打印回执（最新期限）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="213"/>
        <source>证件已读取，但未能记录，本次读卡无效：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="225"/>
        <source>读卡器：未配置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="255"/>
        <source>市民表示信息有误：请与市民核对后修改，再按受理。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="286"/>
        <source>综合窗口</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="318"/>
        <source>读卡器 %1：就绪，请放置证件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="320"/>
        <source>读卡器 %1：正在读卡…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="322"/>
        <source>读卡器 %1：已读取，请取走证件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="324"/>
        <source>读卡器 %1：无响应或故障（%2）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="329"/>
        <source>读卡器：未找到，请检查连接（自动重试）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="330"/>
        <source>读卡器 %1：已断开，正在重新连接…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="339"/>
        <source>读卡器：%1 就绪</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="345"/>
        <source>读卡器：%1 正在读卡…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="380"/>
        <source>选择二维码图片</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="381"/>
        <source>图片 (*.png *.jpg *.jpeg *.bmp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="386"/>
        <source>无法打开图片 %1。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="391"/>
        <source>图片中没有找到可识别的二维码。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="406"/>
        <source>这不是本大厅的二维码，内容为：
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="409"/>
        <source>这是一个网址，不是本大厅的二维码：
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="414"/>
        <source>二维码已过期，请让市民刷新后重新出示。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="416"/>
        <source>二维码版本过新，本窗口程序无法识别，请升级。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="417"/>
        <source>二维码校验失败：可能是伪造或被篡改的二维码，已拒绝。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="423"/>
        <source>预约的事项（%1）不在本窗口的事项目录中。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="427"/>
        <source>预约：%1（%2）。请读取申请人的身份证，读卡后自动进入受理。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="441"/>
        <source>本大厅签发的文书 %1，签名核验通过。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="444"/>
        <source>电子身份码有效，但未能记录，身份未识别：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="455"/>
        <source>没有找到办件 %1。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="463"/>
        <source>由回执二维码打开办件 %1，未核验身份；办理新事项请读卡。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="511"/>
        <source>由档案检索打开，未核验身份；办理新事项请读卡。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="519"/>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="529"/>
        <source>一窗通</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="552"/>
        <source>手工录入的身份未能记录：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="582"/>
        <source>请先读取申请人的身份证（F2），或手工录入身份（F3）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="612"/>
        <source>回执未能生成：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="644"/>
        <source>减免费用须填写理由（交值班长复核）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="654"/>
        <source>请市民在市民屏上核对，确认无误后自动受理。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="669"/>
        <source>本次来访未能记录：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="680"/>
        <source>未能结束本次来访：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="705"/>
        <source>市民已完成评价。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="706"/>
        <source>市民的评价未能保存：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="721"/>
        <source>申请人：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="722"/>
        <source>%1：%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="741"/>
        <source>还有 %1 项需要修改，见各项旁的红字。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="749"/>
        <source>还有 %1 项材料未收取：%2。光标已在材料清单：空格或 Enter 勾选当前一项并转到下一项，F7 全部已收。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="752"/>
        <source>、</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="765"/>
        <source>办件 %1 已受理并保存，但回执未能生成：%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="769"/>
        <source>办件 %1 已受理，回执已生成</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OneWindow::DashboardWorkspace</name>
    <message>
        <location filename="../ui/dashboard/DashboardWidgets.cpp" line="36"/>
        <source>点击列出这些办件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="69"/>
        <source>今日受理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="70"/>
        <source>今日办结</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="71"/>
        <source>今日送达</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="72"/>
        <source>待领取</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="73"/>
        <source>在办</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="74"/>
        <source>待补正</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="75"/>
        <source>特别程序中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="76"/>
        <source>超期办件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="77"/>
        <source>待复核</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="78"/>
        <source>容缺承诺逾期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="85"/>
        <source>统计期间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="88"/>
        <source>今天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="89"/>
        <source>本周</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="90"/>
        <source>本月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="91"/>
        <source>自选日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="101"/>
        <source>导出 CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="103"/>
        <source>PDF 报告…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="135"/>
        <source>窗口</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="135"/>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="136"/>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="137"/>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="140"/>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="148"/>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="365"/>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="414"/>
        <source>受理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="136"/>
        <source>受理人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="137"/>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="177"/>
        <source>事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="148"/>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="148"/>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="418"/>
        <source>按期办结</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="148"/>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="422"/>
        <source>超期办结</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="150"/>
        <source>逐日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="159"/>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="163"/>
        <source>部门</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="159"/>
        <source>待办环节</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="165"/>
        <source>窗口接待</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="167"/>
        <source>好差评</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="324"/>
        <source>%1 至 %2：受理 %3 件，一次性告知 %4 次，不予受理 %5 次；按期办结 %6 件，超期办结 %7 件；待领取 %8 件（中位 %9 天，最长 %10 天）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="355"/>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="371"/>
        <source>（无窗口）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="356"/>
        <source>（无受理人）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="357"/>
        <source>（未知事项）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="364"/>
        <source>各窗口受理量</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="412"/>
        <source>逐日受理与办结</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="492"/>
        <source>各部门待办环节</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="493"/>
        <source>期限内</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="537"/>
        <source>%1：%n 件</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="572"/>
        <source>导出统计数据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="572"/>
        <source>CSV 文件 (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="583"/>
        <source>导出统计报告</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="583"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="600"/>
        <source>无法写入 %1：%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="603"/>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="638"/>
        <source>已导出到 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="159"/>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="495"/>
        <source>2 个工作日内到期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="159"/>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="497"/>
        <source>超期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="159"/>
        <source>办理决定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="160"/>
        <source>退回补正率</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="160"/>
        <source>不予许可率</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="160"/>
        <source>暂停天数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="172"/>
        <source>点击图表或表格中的数字，列出其中的办件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="177"/>
        <source>办件编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="177"/>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="177"/>
        <source>受理时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="224"/>
        <source>大厅概况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="310"/>
        <source>%1 · 更新于 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OneWindow::FileLookupDialog</name>
    <message>
        <location filename="../ui/inbox/FileLookupDialog.cpp" line="27"/>
        <source>查阅市民档案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inbox/FileLookupDialog.cpp" line="32"/>
        <source>身份证号、姓名或拼音首字母、办件编号、电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inbox/FileLookupDialog.cpp" line="47"/>
        <source>本部门办件的市民可直接查阅；查阅其他市民的档案须填写事由，事由记入审计日志并交值班长复核。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inbox/FileLookupDialog.cpp" line="54"/>
        <source>事由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inbox/FileLookupDialog.cpp" line="69"/>
        <source>查阅</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inbox/FileLookupDialog.cpp" line="71"/>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inbox/FileLookupDialog.cpp" line="88"/>
        <source>请先在结果中选择一位市民。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inbox/FileLookupDialog.cpp" line="97"/>
        <source>%1 的档案（已记入审计日志）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OneWindow::FirstStartWizard</name>
    <message>
        <location filename="../ui/setup/FirstStartWizard.cpp" line="145"/>
        <source>新密钥文件保存到</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/setup/FirstStartWizard.cpp" line="146"/>
        <source>选择大厅密钥文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/setup/FirstStartWizard.cpp" line="198"/>
        <source>一窗通 · 新大厅首次启动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/setup/FirstStartWizard.cpp" line="203"/>
        <source>大厅</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/setup/FirstStartWizard.cpp" line="204"/>
        <source>这是一个新的数据库，还没有任何账号。请先设置本大厅；设置完成后，其他窗口连接同一数据库即可使用。不会生成任何演示数据。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/setup/FirstStartWizard.cpp" line="206"/>
        <source>大厅代码(&amp;H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/setup/FirstStartWizard.cpp" line="207"/>
        <source>大厅名称(&amp;N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/setup/FirstStartWizard.cpp" line="208"/>
        <source>第一个管理员账号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/setup/FirstStartWizard.cpp" line="209"/>
        <source>管理员负责账号、窗口设置和事项模板。密码至少 %1 个字符。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/setup/FirstStartWizard.cpp" line="211"/>
        <source>登录名(&amp;L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/setup/FirstStartWizard.cpp" line="212"/>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/setup/FirstStartWizard.cpp" line="213"/>
        <source>密码(&amp;P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/setup/FirstStartWizard.cpp" line="214"/>
        <source>再次输入密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/setup/FirstStartWizard.cpp" line="215"/>
        <source>大厅二维码密钥</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/setup/FirstStartWizard.cpp" line="216"/>
        <source>密钥为本大厅的二维码（回执、预约码）签名。它只生成一次，写入一个文件；把这个文件复制到本大厅的每个窗口。请妥善保管。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/setup/FirstStartWizard.cpp" line="218"/>
        <source>生成新密钥并写入文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/setup/FirstStartWizard.cpp" line="219"/>
        <source>使用已有的密钥文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/setup/FirstStartWizard.cpp" line="220"/>
        <source>密钥文件(&amp;F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/setup/FirstStartWizard.cpp" line="221"/>
        <source>浏览…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/setup/FirstStartWizard.cpp" line="222"/>
        <source>本大厅办理的事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/setup/FirstStartWizard.cpp" line="223"/>
        <source>勾选本大厅综合窗口受理的事项。以后可以由管理员调整。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/setup/FirstStartWizard.cpp" line="224"/>
        <source>设置完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/setup/FirstStartWizard.cpp" line="225"/>
        <source>创建大厅</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/setup/FirstStartWizard.cpp" line="226"/>
        <source>下一步(&amp;N) &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/setup/FirstStartWizard.cpp" line="227"/>
        <source>&lt; 上一步(&amp;B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/setup/FirstStartWizard.cpp" line="228"/>
        <source>开始使用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/setup/FirstStartWizard.cpp" line="229"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/setup/FirstStartWizard.cpp" line="238"/>
        <source>大厅 %1（%2）已设置，管理员 %3 可以登录。

密钥文件：%4
密钥指纹：%5

请把密钥文件复制到本大厅的每个窗口，并在各窗口的配置文件中写明其位置（hall.key-file）。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OneWindow::FollowUpsDialog</name>
    <message>
        <location filename="../ui/review/FollowUpsDialog.cpp" line="27"/>
        <source>差评整改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/FollowUpsDialog.cpp" line="30"/>
        <source>包括已办结</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/FollowUpsDialog.cpp" line="37"/>
        <source>评价</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/FollowUpsDialog.cpp" line="37"/>
        <source>办件编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/FollowUpsDialog.cpp" line="37"/>
        <source>窗口</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/FollowUpsDialog.cpp" line="37"/>
        <source>整改期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/FollowUpsDialog.cpp" line="37"/>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/FollowUpsDialog.cpp" line="37"/>
        <location filename="../ui/review/FollowUpsDialog.cpp" line="54"/>
        <source>整改情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/FollowUpsDialog.cpp" line="46"/>
        <source>已电话回访市民</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/FollowUpsDialog.cpp" line="50"/>
        <source>整改措施和结果（必填）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/FollowUpsDialog.cpp" line="51"/>
        <source>办结整改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/FollowUpsDialog.cpp" line="84"/>
        <source>已办结</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/FollowUpsDialog.cpp" line="85"/>
        <source>已逾期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/FollowUpsDialog.cpp" line="86"/>
        <source>整改中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/FollowUpsDialog.cpp" line="88"/>
        <source>（未受理）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/FollowUpsDialog.cpp" line="105"/>
        <source>没有待整改的差评。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/FollowUpsDialog.cpp" line="119"/>
        <source>请填写整改措施和结果。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/FollowUpsDialog.cpp" line="127"/>
        <source>整改已办结。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OneWindow::IdentityPanel</name>
    <message>
        <location filename="../ui/counter/IdentityPanel.cpp" line="20"/>
        <source>证件信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/IdentityPanel.cpp" line="50"/>
        <source>照片不可用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/IdentityPanel.cpp" line="56"/>
        <source>身份证照片为加密格式，需要配置厂商解码插件才能显示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/IdentityPanel.cpp" line="61"/>
        <source>性别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/IdentityPanel.cpp" line="62"/>
        <source>民族</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/IdentityPanel.cpp" line="63"/>
        <source>出生</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/IdentityPanel.cpp" line="71"/>
        <source>住址</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/IdentityPanel.cpp" line="70"/>
        <source>公民身份号码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/IdentityPanel.cpp" line="72"/>
        <source>签发机关</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/IdentityPanel.cpp" line="73"/>
        <source>有效期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/IdentityPanel.cpp" line="99"/>
        <source>请将身份证放在读卡器上，按 F2 读卡</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/IdentityPanel.cpp" line="128"/>
        <source>无证件信息（手工录入或电子身份码）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/IdentityPanel.cpp" line="132"/>
        <source>长期</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OneWindow::InboxModel</name>
    <message>
        <location filename="../ui/models/InboxModel.cpp" line="121"/>
        <source>值班长 %1 退回：%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/InboxModel.cpp" line="123"/>
        <source>已报值班长确认，确认前不能办理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/InboxModel.cpp" line="125"/>
        <source>已超期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/InboxModel.cpp" line="127"/>
        <source>2 个工作日内到期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/InboxModel.cpp" line="129"/>
        <source>暂停计时</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/InboxModel.cpp" line="136"/>
        <source>%1（超期）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/InboxModel.cpp" line="138"/>
        <source>%1（将到期）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/InboxModel.cpp" line="149"/>
        <source>%1（值班长退回：%2）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/InboxModel.cpp" line="170"/>
        <source>承诺期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/InboxModel.cpp" line="172"/>
        <source>办件编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/InboxModel.cpp" line="174"/>
        <source>事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/InboxModel.cpp" line="176"/>
        <source>环节</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/InboxModel.cpp" line="178"/>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/InboxModel.cpp" line="180"/>
        <source>经办人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/InboxModel.cpp" line="182"/>
        <source>申请人</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OneWindow::InboxWorkspace</name>
    <message>
        <location filename="../ui/inbox/InboxWorkspace.cpp" line="40"/>
        <source>全部部门</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inbox/InboxWorkspace.cpp" line="48"/>
        <source>部门</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inbox/InboxWorkspace.cpp" line="52"/>
        <source>%1 待办</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inbox/InboxWorkspace.cpp" line="57"/>
        <source>只看我认领的</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inbox/InboxWorkspace.cpp" line="59"/>
        <source>只看超期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inbox/InboxWorkspace.cpp" line="86"/>
        <source>刷新 (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inbox/InboxWorkspace.cpp" line="93"/>
        <source>查阅档案…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inbox/InboxWorkspace.cpp" line="110"/>
        <source>部门待办</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inbox/InboxWorkspace.cpp" line="144"/>
        <source>前 %1 项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inbox/InboxWorkspace.cpp" line="145"/>
        <source>共 %1 项</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OneWindow::IntakePage</name>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="81"/>
        <source>%1 %2 份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="169"/>
        <source>收费</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="194"/>
        <source>返回档案 (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="197"/>
        <source>一次性告知书 (F8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="199"/>
        <source>打印缺少的全部材料及原因，保存草稿待市民补齐后继续办理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="200"/>
        <source>受理 (F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="82"/>
        <source>原件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="82"/>
        <source>复印件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="141"/>
        <source>材料清单 (F6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="155"/>
        <source>全部已收 (F7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="157"/>
        <source>市民已交齐清单上全部材料时，一键全部勾选</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="160"/>
        <source>空格或 Enter：勾选当前材料并转到下一项。已有电子证照或本次读卡核验的材料自动勾选，无需再收。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="206"/>
        <source>书面说明不予受理的理由和法律依据，报值班长确认后打印《不予受理通知书》</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="287"/>
        <source>草稿已自动保存 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="294"/>
        <source>已受理为办件 %1，草稿不再保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="294"/>
        <source>草稿暂未能保存（%1），填写内容仍在本机，将自动重试</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="366"/>
        <source>请将“%1”的身份证放在读卡器上</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="407"/>
        <source>第 %1/%2 部分：%3（Ctrl+PgDn 下一部分，Ctrl+PgUp 上一部分）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="776"/>
        <source>%1：%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="260"/>
        <location filename="../ui/counter/IntakePage.cpp" line="827"/>
        <source>材料已收齐，可以受理 (F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="261"/>
        <location filename="../ui/counter/IntakePage.cpp" line="828"/>
        <source>材料已收齐；表单还有未填的项目，受理 (F9) 时逐项提示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="855"/>
        <source>已将清单上的材料全部标记为已收</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="907"/>
        <source>“%1”的证件有问题：%2。请另行核验，受理时须说明理由。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="474"/>
        <source>已恢复 %1 保存的草稿</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="176"/>
        <source>减免费用（交值班长复核）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="180"/>
        <source>减免理由，如：最低生活保障对象</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="181"/>
        <source>减免理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="203"/>
        <source>不予受理…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="234"/>
        <source>受理（办理中）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="235"/>
        <source>打印一次性告知书（办理中）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="237"/>
        <source>保存草稿并返回档案（办理中）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="241"/>
        <source>下一页（办理中）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="243"/>
        <source>上一页（办理中）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="245"/>
        <source>保存草稿（办理中）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="247"/>
        <source>材料清单（办理中）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="248"/>
        <source>材料全部已收（办理中）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="477"/>
        <source>已恢复 %1 保存的草稿（事项模板已由第 %2 版更新为第 %3 版，请核对）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="484"/>
        <source>草稿暂不可读：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="625"/>
        <source>%1（%2）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="627"/>
        <source> — 已有，自动勾选</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="629"/>
        <source> — 已在表单中收取</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="648"/>
        <source>%1：%2 元</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="650"/>
        <source>本事项不收费</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="651"/>
        <source>合计：%1 元</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="787"/>
        <location filename="../ui/counter/IntakePage.cpp" line="792"/>
        <source>草稿中的读卡记录暂不可读：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="912"/>
        <source>已读取“%1”的身份证</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="1051"/>
        <source>材料齐全、信息完整，可直接受理 (F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="1062"/>
        <source>一次性告知书未能生成：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="1069"/>
        <source>已生成一次性告知书（缺 %1 项材料），草稿已保存，市民补齐后读卡即可继续办理。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="1108"/>
        <source>不予受理决定未能记录：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="1113"/>
        <source>不予受理决定（%1）已报值班长确认。确认后在市民档案中打印《不予受理通知书》交申请人；退回则可继续办理。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OneWindow::LoginDialog</name>
    <message>
        <location filename="../ui/shell/LoginDialog.cpp" line="40"/>
        <source>一窗通 · 已锁定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/LoginDialog.cpp" line="41"/>
        <source>窗口已锁定，请重新登录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/LoginDialog.cpp" line="63"/>
        <source>请先设置新密码后再登录。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OneWindow::MainWindow</name>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="164"/>
        <source>一窗通 · %1 · %2号窗口</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="166"/>
        <source>工作区</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="167"/>
        <source>操作</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="168"/>
        <source>当前账号没有可用的工作区，请联系管理员分配角色。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="170"/>
        <source>数据库：本机</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="171"/>
        <source>数据库：大厅服务器（%1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="173"/>
        <source>锁定窗口，离开时使用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="175"/>
        <source>数据库、大厅、窗口编号、读卡器、打印机和界面语言</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="176"/>
        <source>导入节假日安排…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="178"/>
        <source>导入国务院公布的法定节假日和调休上班日（TSV 或 iCalendar 文件）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="179"/>
        <source>我的好差评</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="180"/>
        <source>市民对我的评价：今天和本月各等级的数量与满意率</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="181"/>
        <source>快捷键帮助 (F1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="182"/>
        <source>列出当前工作区的所有快捷键</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="192"/>
        <source>缺少 %1 年法定节假日安排：跨入该年的时限为暂定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="194"/>
        <source>国务院每年 11 至 12 月公布下一年的节假日安排。请管理员用“导入节假日安排”或 onewindow-cli calendar import 导入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="250"/>
        <source>选择节假日安排文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="251"/>
        <source>节假日安排 (*.ics *.ical *.tsv *.txt);;所有文件 (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="258"/>
        <source>导入节假日安排</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="270"/>
        <source>%1 · %2号窗口 · %3（%4）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="172"/>
        <source>锁屏 (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="174"/>
        <source>窗口设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="274"/>
        <source>%1 · %2号窗口</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="107"/>
        <source>无法接收其他窗口的实时更新，请手动刷新。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="109"/>
        <source>有模板无法加载，已跳过：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="113"/>
        <source>本窗口的大厅密钥与大厅设置时的不同：本窗口打印的二维码在其他窗口无法识别。请管理员复制正确的密钥文件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="117"/>
        <source>数据库属于另一个大厅，请检查本窗口的大厅代码。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="282"/>
        <source>数据库：大厅服务器已连接</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="283"/>
        <source>数据库：本机数据已连接</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="287"/>
        <source>数据库：大厅服务器无法连接</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="288"/>
        <source>数据库：本机数据无法打开</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="502"/>
        <source>设置已保存，重新启动后生效。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OneWindow::ManualIdentityDialog</name>
    <message>
        <location filename="../ui/counter/ManualIdentityDialog.cpp" line="18"/>
        <source>证件芯片损坏</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/ManualIdentityDialog.cpp" line="19"/>
        <source>证件遗失，持临时身份证明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/ManualIdentityDialog.cpp" line="20"/>
        <source>读卡器故障</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/ManualIdentityDialog.cpp" line="21"/>
        <source>其他原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/ManualIdentityDialog.cpp" line="39"/>
        <source>请输入18位号码（15位旧号码会自动升位）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/ManualIdentityDialog.cpp" line="41"/>
        <source>✓ 出生 %1，%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/ManualIdentityDialog.cpp" line="45"/>
        <source>已输入 %1 位</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OneWindow::NonAcceptanceDialog</name>
    <message>
        <location filename="../ui/counter/NonAcceptanceDialog.cpp" line="16"/>
        <source>行政许可法第三十二条第一款第（一）项：申请事项依法不需要取得行政许可</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/NonAcceptanceDialog.cpp" line="20"/>
        <source>行政许可法第三十二条第一款第（二）项：申请事项依法不属于本机关职权范围</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OneWindow::OverrideDialog</name>
    <message>
        <location filename="../ui/counter/OverrideDialog.cpp" line="21"/>
        <source>（常用理由）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/OverrideDialog.cpp" line="23"/>
        <source>市民另行出示了有效的身份证明，已核对</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/OverrideDialog.cpp" line="23"/>
        <source>本事项不要求有效期内的证件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/OverrideDialog.cpp" line="24"/>
        <source>读卡核验失败，已人工核对证件与本人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/OverrideDialog.cpp" line="24"/>
        <source>市民通过电子身份码核验，已核对本人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/OverrideDialog.cpp" line="34"/>
        <source>仍予受理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/OverrideDialog.cpp" line="38"/>
        <source>返回修改</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OneWindow::OwnRatingsDialog</name>
    <message>
        <location filename="../ui/ratings/OwnRatingsDialog.cpp" line="24"/>
        <source>今天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ratings/OwnRatingsDialog.cpp" line="24"/>
        <source>本月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ratings/OwnRatingsDialog.cpp" line="28"/>
        <source>合计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ratings/OwnRatingsDialog.cpp" line="28"/>
        <source>满意率</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OneWindow::PaperLayoutEditor</name>
    <message>
        <location filename="../ui/settings/PaperLayoutEditor.cpp" line="14"/>
        <source>A4 纸</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/PaperLayoutEditor.cpp" line="16"/>
        <source>A5 纸</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/PaperLayoutEditor.cpp" line="18"/>
        <source>80 毫米热敏小票</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/PaperLayoutEditor.cpp" line="24"/>
        <source>文书纸张</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OneWindow::PersonFieldEditor</name>
    <message>
        <location filename="../ui/counter/fields/PersonFieldEditor.cpp" line="23"/>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/fields/PersonFieldEditor.cpp" line="26"/>
        <source>身份证号码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/fields/PersonFieldEditor.cpp" line="34"/>
        <source>手机号码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/fields/PersonFieldEditor.cpp" line="50"/>
        <source>读卡 (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/fields/PersonFieldEditor.cpp" line="52"/>
        <source>请此人将身份证放在读卡器上，按 F3（光标在此人的输入框中时）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/fields/PersonFieldEditor.cpp" line="92"/>
        <source>从档案中选择（%1 人）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OneWindow::PersonSearchModel</name>
    <message>
        <location filename="../ui/models/PersonSearchModel.cpp" line="105"/>
        <source>男</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/PersonSearchModel.cpp" line="105"/>
        <source>女</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/PersonSearchModel.cpp" line="112"/>
        <location filename="../ui/models/PersonSearchModel.cpp" line="136"/>
        <source>身份证号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/PersonSearchModel.cpp" line="114"/>
        <location filename="../ui/models/PersonSearchModel.cpp" line="142"/>
        <source>手机号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/PersonSearchModel.cpp" line="116"/>
        <source>姓名拼音首字母</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/PersonSearchModel.cpp" line="118"/>
        <source>办件编号 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/PersonSearchModel.cpp" line="119"/>
        <location filename="../ui/models/PersonSearchModel.cpp" line="134"/>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/PersonSearchModel.cpp" line="138"/>
        <source>性别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/PersonSearchModel.cpp" line="140"/>
        <source>出生日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/PersonSearchModel.cpp" line="144"/>
        <source>匹配</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OneWindow::RatingFiguresPage</name>
    <message>
        <location filename="../ui/dashboard/RatingFiguresPage.cpp" line="36"/>
        <location filename="../ui/dashboard/RatingFiguresPage.cpp" line="112"/>
        <source>评价</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/RatingFiguresPage.cpp" line="36"/>
        <location filename="../ui/dashboard/RatingFiguresPage.cpp" line="42"/>
        <source>评价数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/RatingFiguresPage.cpp" line="40"/>
        <source>差评整改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/RatingFiguresPage.cpp" line="40"/>
        <source>待整改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/RatingFiguresPage.cpp" line="40"/>
        <source>已逾期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/RatingFiguresPage.cpp" line="40"/>
        <source>期间新增</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/RatingFiguresPage.cpp" line="40"/>
        <source>期间办结</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/RatingFiguresPage.cpp" line="42"/>
        <source>差评</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/RatingFiguresPage.cpp" line="42"/>
        <source>满意率</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/RatingFiguresPage.cpp" line="44"/>
        <source>窗口</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/RatingFiguresPage.cpp" line="46"/>
        <source>受理人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/RatingFiguresPage.cpp" line="48"/>
        <source>事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/RatingFiguresPage.cpp" line="66"/>
        <source>满意率 %1（非常满意、满意、基本满意 %2 件 / 评价 %3 件）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/RatingFiguresPage.cpp" line="84"/>
        <source>全大厅</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/RatingFiguresPage.cpp" line="111"/>
        <source>好差评：各等级评价数</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OneWindow::ReceiptPreviewDialog</name>
    <message>
        <location filename="../ui/common/ReceiptPreviewDialog.cpp" line="57"/>
        <source>文书预览</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/ReceiptPreviewDialog.cpp" line="61"/>
        <source>上一页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/ReceiptPreviewDialog.cpp" line="62"/>
        <source>上一页 (PgUp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/ReceiptPreviewDialog.cpp" line="63"/>
        <source>下一页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/ReceiptPreviewDialog.cpp" line="64"/>
        <source>下一页 (PgDown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/ReceiptPreviewDialog.cpp" line="68"/>
        <source>缩小</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/ReceiptPreviewDialog.cpp" line="69"/>
        <source>缩小 (Ctrl+-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/ReceiptPreviewDialog.cpp" line="70"/>
        <source>放大</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/ReceiptPreviewDialog.cpp" line="71"/>
        <source>放大 (Ctrl++)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/ReceiptPreviewDialog.cpp" line="73"/>
        <location filename="../ui/common/ReceiptPreviewDialog.cpp" line="207"/>
        <source>适合宽度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/ReceiptPreviewDialog.cpp" line="73"/>
        <source>按页面宽度显示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/ReceiptPreviewDialog.cpp" line="75"/>
        <location filename="../ui/common/ReceiptPreviewDialog.cpp" line="208"/>
        <source>整页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/ReceiptPreviewDialog.cpp" line="75"/>
        <source>显示整页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/ReceiptPreviewDialog.cpp" line="97"/>
        <source>打印(&amp;P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/ReceiptPreviewDialog.cpp" line="102"/>
        <source>选择打印机(&amp;R)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/ReceiptPreviewDialog.cpp" line="105"/>
        <source>另存为(&amp;S)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/ReceiptPreviewDialog.cpp" line="108"/>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/ReceiptPreviewDialog.cpp" line="204"/>
        <source>/ %1 页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/ReceiptPreviewDialog.cpp" line="242"/>
        <source>打印失败</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/ReceiptPreviewDialog.cpp" line="243"/>
        <source>无法打印到所选打印机，请检查打印机后重试。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/ReceiptPreviewDialog.cpp" line="294"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/ReceiptPreviewDialog.cpp" line="294"/>
        <source>保存文书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/ReceiptPreviewDialog.cpp" line="299"/>
        <source>保存失败</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/ReceiptPreviewDialog.cpp" line="300"/>
        <source>无法保存到 %1，请检查磁盘空间和权限。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OneWindow::RepeatFieldEditor</name>
    <message>
        <location filename="../ui/counter/fields/RepeatFieldEditor.cpp" line="26"/>
        <source>添加%1 (Ctrl+Ins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/fields/RepeatFieldEditor.cpp" line="27"/>
        <source>一项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/fields/RepeatFieldEditor.cpp" line="74"/>
        <source>删除此项</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OneWindow::ReviewModel</name>
    <message>
        <location filename="../ui/models/ReviewModel.cpp" line="12"/>
        <source>手工录入身份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ReviewModel.cpp" line="14"/>
        <source>仅凭电子证照码核验身份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ReviewModel.cpp" line="16"/>
        <source>身份未经窗口核验（非窗口受理）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ReviewModel.cpp" line="18"/>
        <source>证件有问题仍受理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ReviewModel.cpp" line="20"/>
        <source>校验提示被确认越过</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ReviewModel.cpp" line="22"/>
        <source>减免收费</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ReviewModel.cpp" line="24"/>
        <source>不予许可</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ReviewModel.cpp" line="26"/>
        <source>退件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ReviewModel.cpp" line="28"/>
        <source>不予受理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ReviewModel.cpp" line="30"/>
        <source>重新办理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ReviewModel.cpp" line="32"/>
        <source>容缺承诺逾期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ReviewModel.cpp" line="34"/>
        <source>差评整改逾期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ReviewModel.cpp" line="36"/>
        <source>说明事由查阅档案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ReviewModel.cpp" line="38"/>
        <source>随机抽查</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ReviewModel.cpp" line="96"/>
        <source>待复核</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ReviewModel.cpp" line="98"/>
        <source>已通过（%1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ReviewModel.cpp" line="100"/>
        <source>已退回（%1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ReviewModel.cpp" line="116"/>
        <source>时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ReviewModel.cpp" line="118"/>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ReviewModel.cpp" line="120"/>
        <source>办件/档案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ReviewModel.cpp" line="122"/>
        <source>经办人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ReviewModel.cpp" line="124"/>
        <source>说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ReviewModel.cpp" line="126"/>
        <source>复核</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OneWindow::ReviewWorkspace</name>
    <message>
        <location filename="../ui/review/ReviewWorkspace.cpp" line="38"/>
        <source>全部类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewWorkspace.cpp" line="45"/>
        <source>包括已复核</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewWorkspace.cpp" line="49"/>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewWorkspace.cpp" line="61"/>
        <source>待确认的决定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewWorkspace.cpp" line="62"/>
        <source>事后复核</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewWorkspace.cpp" line="84"/>
        <source>复核意见（退回时必填）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewWorkspace.cpp" line="88"/>
        <location filename="../ui/review/ReviewWorkspace.cpp" line="205"/>
        <source>通过</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewWorkspace.cpp" line="90"/>
        <location filename="../ui/review/ReviewWorkspace.cpp" line="206"/>
        <source>退回</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewWorkspace.cpp" line="110"/>
        <source>刷新 (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewWorkspace.cpp" line="117"/>
        <source>差评整改…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewWorkspace.cpp" line="136"/>
        <source>复核</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewWorkspace.cpp" line="171"/>
        <source>待确认的决定（%1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewWorkspace.cpp" line="172"/>
        <source>事后复核（%1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewWorkspace.cpp" line="174"/>
        <source>不予受理、不予许可、退件、减免收费：值班长确认前不生效，不出具文书，办件不办结</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewWorkspace.cpp" line="176"/>
        <source>手工录入身份、电子证照核验、证件问题、随机抽查等：已经办理，事后复核</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewWorkspace.cpp" line="180"/>
        <source>共 %1 项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewWorkspace.cpp" line="194"/>
        <source>没有待复核的事项。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewWorkspace.cpp" line="203"/>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewWorkspace.cpp" line="205"/>
        <source>确认</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewWorkspace.cpp" line="206"/>
        <source>退回重办</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewWorkspace.cpp" line="207"/>
        <source>确认后决定生效，方可出具文书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewWorkspace.cpp" line="233"/>
        <source>已通过复核。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewWorkspace.cpp" line="233"/>
        <source>决定已确认，即时生效。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewWorkspace.cpp" line="234"/>
        <source>已退回。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewWorkspace.cpp" line="234"/>
        <source>已退回经办人重办。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OneWindow::ScalarFieldEditor</name>
    <message>
        <location filename="../ui/counter/fields/ScalarFieldEditor.cpp" line="46"/>
        <source>已收取</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/fields/ScalarFieldEditor.cpp" line="71"/>
        <source>年-月-日，可输入 20260131 或本年的 0131</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/fields/ScalarFieldEditor.cpp" line="196"/>
        <source>Enter 填入：%1（↓ 下一个，共 %2 个）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/fields/ScalarFieldEditor.cpp" line="197"/>
        <source>Enter 填入：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/fields/ScalarFieldEditor.cpp" line="278"/>
        <source>输入开头的字或拼音首字母（如 hx），补全本大厅常见的填写（按 Enter 采用）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/fields/ScalarFieldEditor.cpp" line="76"/>
        <source>元，最多两位小数</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OneWindow::SettingsDialog</name>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="59"/>
        <location filename="../ui/settings/SettingsDialog.cpp" line="161"/>
        <source>模拟读卡器（演示）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="60"/>
        <location filename="../ui/settings/SettingsDialog.cpp" line="162"/>
        <source>自动检测串口</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="69"/>
        <location filename="../ui/settings/SettingsDialog.cpp" line="163"/>
        <location filename="../ui/settings/SettingsDialog.cpp" line="164"/>
        <source>每次询问</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="77"/>
        <source>不使用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="78"/>
        <source>普通窗口</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="81"/>
        <source>显示器 %1（%2）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="102"/>
        <source>只有管理员可以修改窗口设置；界面语言可以自行选择。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="145"/>
        <source>由配置文件 %1 第 %2 行设定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="154"/>
        <source>灰色的项目由配置文件 %1 设定，只能在该文件中修改。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="218"/>
        <source>窗口编号应为 1 至 8 位字母或数字。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="220"/>
        <source>密钥应为 32 至 128 位十六进制字符。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OneWindow::ShortcutHelpDialog</name>
    <message>
        <location filename="../ui/shell/ShortcutHelpDialog.cpp" line="42"/>
        <source>快捷键 · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/ShortcutHelpDialog.cpp" line="42"/>
        <source>快捷键</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/ShortcutHelpDialog.cpp" line="43"/>
        <source>按键</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/ShortcutHelpDialog.cpp" line="43"/>
        <source>操作</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/ShortcutHelpDialog.cpp" line="44"/>
        <source>快捷键列表</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OneWindow::UsersWorkspace</name>
    <message>
        <location filename="../ui/users/UsersWorkspace.cpp" line="32"/>
        <source>新建账号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/users/UsersWorkspace.cpp" line="38"/>
        <source>修改角色</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/users/UsersWorkspace.cpp" line="52"/>
        <source>用户名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/users/UsersWorkspace.cpp" line="52"/>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/users/UsersWorkspace.cpp" line="52"/>
        <source>角色</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/users/UsersWorkspace.cpp" line="52"/>
        <source>部门</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/users/UsersWorkspace.cpp" line="34"/>
        <location filename="../ui/users/UsersWorkspace.cpp" line="106"/>
        <source>停用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/users/UsersWorkspace.cpp" line="36"/>
        <source>重置密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/users/UsersWorkspace.cpp" line="52"/>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/users/UsersWorkspace.cpp" line="52"/>
        <source>密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/users/UsersWorkspace.cpp" line="61"/>
        <source>大厅规则</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/users/UsersWorkspace.cpp" line="70"/>
        <source> 分钟</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/users/UsersWorkspace.cpp" line="75"/>
        <source>连续密码错误次数（锁定账号）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/users/UsersWorkspace.cpp" line="76"/>
        <source>锁定时长</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/users/UsersWorkspace.cpp" line="77"/>
        <source>普通办件随机抽查比例</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/users/UsersWorkspace.cpp" line="81"/>
        <source> 个工作日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/users/UsersWorkspace.cpp" line="82"/>
        <source>差评整改期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/users/UsersWorkspace.cpp" line="83"/>
        <source>保存规则</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/users/UsersWorkspace.cpp" line="106"/>
        <location filename="../ui/users/UsersWorkspace.cpp" line="134"/>
        <source>启用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/users/UsersWorkspace.cpp" line="113"/>
        <source>账号管理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/users/UsersWorkspace.cpp" line="134"/>
        <source>已停用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/users/UsersWorkspace.cpp" line="136"/>
        <source>（锁定至 %1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/users/UsersWorkspace.cpp" line="143"/>
        <source>一次性密码，待修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/users/UsersWorkspace.cpp" line="177"/>
        <source>%1 的一次性密码：%2（首次登录时须修改；此密码只显示这一次）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/users/UsersWorkspace.cpp" line="212"/>
        <source>已停用 %1。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/users/UsersWorkspace.cpp" line="212"/>
        <source>已启用 %1。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/users/UsersWorkspace.cpp" line="245"/>
        <source>已修改 %1 的角色。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/users/UsersWorkspace.cpp" line="256"/>
        <source>规则已保存。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/users/UsersWorkspace.cpp" line="91"/>
        <source>办件查询页地址（回执二维码）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/users/UsersWorkspace.cpp" line="92"/>
        <source>保存地址</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/users/UsersWorkspace.cpp" line="265"/>
        <source>地址已保存，此后打印的回执二维码指向该地址。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OneWindow::VisitFiguresPage</name>
    <message>
        <location filename="../ui/dashboard/VisitFiguresPage.cpp" line="49"/>
        <location filename="../ui/dashboard/VisitFiguresPage.cpp" line="54"/>
        <source>接待</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/VisitFiguresPage.cpp" line="49"/>
        <source>中位时长</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/VisitFiguresPage.cpp" line="49"/>
        <source>90% 时长</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/VisitFiguresPage.cpp" line="51"/>
        <source>窗口</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/VisitFiguresPage.cpp" line="53"/>
        <source>事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/VisitFiguresPage.cpp" line="54"/>
        <source>结束方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/VisitFiguresPage.cpp" line="62"/>
        <source>已结束的接待 %1 人次：窗口办理时长中位 %2，90% 在 %3 以内（分:秒）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/VisitFiguresPage.cpp" line="77"/>
        <source>各窗口办理时长（分钟）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/VisitFiguresPage.cpp" line="78"/>
        <source>中位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/VisitFiguresPage.cpp" line="80"/>
        <source>90%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../ui/counter/OverrideDialog.ui" line="9"/>
        <source>确认受理：申请人身份有问题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/OverrideDialog.ui" line="22"/>
        <source>仍要受理时，办件会记下这些问题和您的理由，交值班长复核。请说明为何仍予受理：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/counter/OverrideDialog.ui" line="33"/>
        <source>理由（至少 4 个字），例如：已核对市民出示的临时身份证</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OwnRatingsDialog</name>
    <message>
        <location filename="../ui/ratings/OwnRatingsDialog.ui" line="9"/>
        <source>我的好差评</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ratings/OwnRatingsDialog.ui" line="15"/>
        <source>市民对您办理业务的评价，只列各等级的数量和满意率，不显示是谁、哪次办理给出的评价。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/main.cpp" line="117"/>
        <location filename="../app/main.cpp" line="163"/>
        <location filename="../app/main.cpp" line="193"/>
        <location filename="../app/main.cpp" line="207"/>
        <location filename="../app/main.cpp" line="215"/>
        <location filename="../app/main.cpp" line="238"/>
        <source>一窗通</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="118"/>
        <source>配置文件有错误，程序无法启动：
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="164"/>
        <source>无法读取大厅密钥文件（%1）：
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="190"/>
        <source>正在生成演示大厅的数据…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="191"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="208"/>
        <location filename="../app/main.cpp" line="239"/>
        <source>无法打开数据库 %1：
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingLevels</name>
    <message>
        <location filename="../app/ratings/RatingLevel.cpp" line="54"/>
        <source>非常满意</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ratings/RatingLevel.cpp" line="56"/>
        <source>满意</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ratings/RatingLevel.cpp" line="58"/>
        <source>基本满意</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ratings/RatingLevel.cpp" line="60"/>
        <source>不满意</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ratings/RatingLevel.cpp" line="62"/>
        <source>非常不满意</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ratings/RatingLevel.cpp" line="71"/>
        <source>Very satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ratings/RatingLevel.cpp" line="73"/>
        <source>Satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ratings/RatingLevel.cpp" line="75"/>
        <source>Fairly satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ratings/RatingLevel.cpp" line="77"/>
        <source>Dissatisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ratings/RatingLevel.cpp" line="79"/>
        <source>Very dissatisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ratings/RatingLevel.cpp" line="94"/>
        <source>办理效率低、等候时间长</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ratings/RatingLevel.cpp" line="96"/>
        <source>业务不熟练、解答不清楚</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ratings/RatingLevel.cpp" line="98"/>
        <source>服务态度不好</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ratings/RatingLevel.cpp" line="100"/>
        <source>办事指南与实际要求不一致</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ratings/RatingLevel.cpp" line="102"/>
        <source>多次跑动、重复提交材料</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ratings/RatingLevel.cpp" line="104"/>
        <source>大厅环境、设施不便</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoleText</name>
    <message>
        <location filename="../ui/common/RoleText.cpp" line="9"/>
        <source>窗口受理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/RoleText.cpp" line="11"/>
        <source>部门审批</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/RoleText.cpp" line="13"/>
        <source>值班长</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/RoleText.cpp" line="15"/>
        <source>管理员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/RoleText.cpp" line="23"/>
        <source>部门审批（%1）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settings/SettingsDialog.ui" line="9"/>
        <source>窗口设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.ui" line="21"/>
        <source>数据库(&amp;D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.ui" line="27"/>
        <source>留空使用本机 SQLite；或 postgresql://用户@主机:端口/库名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.ui" line="32"/>
        <source>大厅代码(&amp;H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.ui" line="41"/>
        <source>大厅名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.ui" line="50"/>
        <source>窗口编号(&amp;C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.ui" line="59"/>
        <source>读卡器(&amp;R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.ui" line="70"/>
        <source>大厅二维码密钥</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.ui" line="77"/>
        <source>32 至 128 位十六进制</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.ui" line="82"/>
        <source>大厅密钥文件(&amp;K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.ui" line="88"/>
        <source>例如 /etc/onewindow/hall.key；填写后优先于上面的密钥</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.ui" line="93"/>
        <source>回执打印机</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.ui" line="104"/>
        <source>告知书打印机</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.ui" line="115"/>
        <source>界面语言(&amp;L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.ui" line="124"/>
        <source>无操作自动锁屏（分钟）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.ui" line="136"/>
        <source>市民屏(&amp;C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.ui" line="145"/>
        <source>受理前须市民在市民屏上确认无误</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserMessages</name>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="14"/>
        <source>数据库正忙（被其他窗口锁定），请稍后重试。已填写的内容没有丢失。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="16"/>
        <source>数据库所在磁盘已满，无法保存。请联系管理员；已填写的内容仍保留在本窗口。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="18"/>
        <source>数据库是只读的，无法保存。请联系管理员；已填写的内容仍保留在本窗口。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="20"/>
        <source>无法连接数据库或数据库文件不可用。请检查网络或联系管理员；已填写的内容没有丢失。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="23"/>
        <source>数据库地址无效：请使用 sqlite:路径 或 postgresql://用户@主机:端口/库名（密码放在 pgpass 文件中）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="26"/>
        <source>数据库由更新版本的一窗通创建，请升级本程序。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="28"/>
        <source>缺少数据库驱动（Qt SQL 插件），请重新安装。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="30"/>
        <source>用户名或密码不正确。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="56"/>
        <source>不能复核或确认自己的操作和决定，须由另一位值班长办理。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="74"/>
        <source>该账号已停用，请联系管理员。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="76"/>
        <source>当前账号的角色无权进行此操作。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="78"/>
        <source>表单还有未填或填写有误的项目，请按提示修改。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="150"/>
        <source>缺少中文字体（文泉驿微米黑），无法生成回执。请安装 fonts-wqy-microhei。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="152"/>
        <source>无法写入文件，请检查磁盘空间和权限。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="217"/>
        <source>操作失败（%1）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="224"/>
        <source>证件已过期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="226"/>
        <source>证件尚未生效</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="80"/>
        <source>还有未收取的材料，请在材料清单 (F6) 中逐项勾选已收的材料。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="33"/>
        <source>连续多次密码错误，账号已锁定，请于 %1 后再试或联系管理员。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="38"/>
        <location filename="../ui/common/UserMessages.cpp" line="186"/>
        <source>密码至少需要 %1 个字符。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="40"/>
        <source>密码不能包含用户名。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="42"/>
        <location filename="../ui/common/UserMessages.cpp" line="190"/>
        <source>密码不能由同一个字符重复组成。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="44"/>
        <source>新密码不能与当前密码相同。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="46"/>
        <source>用户名 %1 已存在。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="48"/>
        <source>用户名须为 3 到 32 个字母、数字或 . _ -。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="50"/>
        <source>部门审批人员须指定所属部门。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="52"/>
        <source>不能停用自己的账号或取消自己的管理员角色。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="54"/>
        <source>查阅本部门办件以外市民的档案，须填写事由。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="58"/>
        <source>不能复核自己受理的办件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="60"/>
        <source>此文书现在不能出具（如相关决定尚待值班长确认）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="62"/>
        <source>此办件有待值班长确认的决定（不予许可、退件或减免），确认或退回前不能办理。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="64"/>
        <source>该决定已不在待确认状态，请刷新后再看。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="66"/>
        <source>本窗口不能执行该决定，请联系管理员。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="68"/>
        <source>该事项已由 %1 复核。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="70"/>
        <source>退回时请填写意见。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="72"/>
        <source>设置值超出允许范围。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="82"/>
        <source>本事项没有需要减免的费用。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="84"/>
        <source>申请人身份有问题，受理前须说明理由（交值班长复核）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="86"/>
        <source>身份核验记录不属于本窗口本次接待的市民，已拒绝并记录。请重新读卡。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="88"/>
        <source>本次受理的编号已用于其他申请人或事项，已拒绝并记录。请重新开始受理。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="90"/>
        <source>窗口已锁定，请先登录。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="92"/>
        <source>%1 已于 %2 修改了此办件，请查看最新情况后再操作。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="96"/>
        <source>这是其他部门（%1）的环节，只能由该部门办理。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="98"/>
        <source>办件已办结、送达或撤回，不能再更改。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="100"/>
        <source>请先选择一个办理环节。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="102"/>
        <source>前序环节尚未办完，此环节还不能办理。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="104"/>
        <source>此环节正在等待补正材料或特别程序，暂不能办理。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="106"/>
        <source>此环节已经办结。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="108"/>
        <source>此环节不在特别程序中。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="110"/>
        <source>只有退回补正、仍在等待材料的环节才能退件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="112"/>
        <source>请先认领此环节。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="114"/>
        <source>此环节已由 %1 认领，只有经办人可以办理。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="116"/>
        <source>您已认领此环节。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="118"/>
        <source>请填写理由。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="120"/>
        <source>请选择材料。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="122"/>
        <source>所选材料（%1）不在要求补正的材料中。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="124"/>
        <source>此办件没有待补交的材料。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="126"/>
        <source>请填写不早于今天的预计结束日期。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="128"/>
        <source>还有环节未办结（%1），不能办结。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="130"/>
        <source>办件尚未办结。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="132"/>
        <source>请选择送达方式。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="134"/>
        <source>代领须读取代领人的身份证或填写有效的姓名和身份证号。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="136"/>
        <source>邮寄送达须填写邮寄单号。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="138"/>
        <source>只能重新办理已办结的环节。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="140"/>
        <source>该材料不允许容缺后补。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="142"/>
        <source>承诺补交日期不能晚于承诺办结日期，也不能早于今天。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="144"/>
        <source>没有找到该记录。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="146"/>
        <source>此文书尚未出具，不能补打。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="148"/>
        <source>数据库中的状态无法识别，未作任何处理，请联系管理员：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="154"/>
        <source>数据库拒绝了此操作（权限不足）。请联系管理员。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="156"/>
        <source>本窗口没有本厅密钥，不能打印带签名二维码的文书。请管理员在窗口设置或配置文件中填写本厅密钥。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="159"/>
        <source>本窗口没有本厅密钥，而审计日志已用本厅密钥密封：不能记录审计事件，因此不能办理业务。请管理员在窗口设置中填写本厅密钥。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="162"/>
        <source>本窗口的本厅密钥与审计日志的密封不符：不能记录审计事件，因此不能办理业务。请管理员核对本厅密钥，并校验审计链。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="165"/>
        <source>审计日志有事件却没有密封：可能是启用本厅密钥之前的日志，也可能密封已被人去掉。持有密钥的窗口不会自行密封它，因此不能办理业务。请管理员校验审计链后，用 onewindow-cli audit seal 密封启用密钥之前的日志。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="169"/>
        <source>审计日志不能密封：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="171"/>
        <source>您使用的是一次性密码：请先设置自己的新密码，之后才能办理业务。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="173"/>
        <source>这个数据库已经属于一个大厅或已有账号，不能放入演示数据。演示请使用一个新的空数据库。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="176"/>
        <source>审计日志的检查点不见了：不能记录审计事件，因此不能办理业务。请管理员校验审计链。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="180"/>
        <source>大厅代码应为 2 至 12 位字母或数字。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="182"/>
        <source>请填写大厅名称。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="184"/>
        <source>登录名应为 2 至 32 位字母、数字或 . _ -，以字母或数字开头。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="188"/>
        <source>密码不能包含登录名。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="192"/>
        <source>两次输入的密码不一致。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="194"/>
        <source>请指定密钥文件的位置。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="196"/>
        <source>密钥文件 %1 已存在。要沿用它，请选择“使用已有的密钥文件”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="198"/>
        <source>找不到密钥文件 %1。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="200"/>
        <source>无法读写密钥文件 %1，请检查权限。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="202"/>
        <source>密钥文件中没有可用的密钥（至少 32 位十六进制字符）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="204"/>
        <source>没有名为 %1 的事项模板。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="206"/>
        <source>请至少选择一个本大厅办理的事项。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="208"/>
        <source>该数据库已有账号，大厅已经设置过。请直接登录。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="210"/>
        <source>界面语言只能是中文或英文。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="212"/>
        <source>该项由配置文件 %1 设定，只能在该文件中修改。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="214"/>
        <source>节假日文件有错误，未导入任何内容：
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="216"/>
        <source>已取消，没有保存任何内容。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="234"/>
        <source>手工录入的身份，未读卡核验</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="236"/>
        <source>由电子身份码识别，未出示证件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="238"/>
        <source>未经窗口核验的身份（非窗口受理）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="240"/>
        <source>证件上没有姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="241"/>
        <source>证件异常（%1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="249"/>
        <source>；</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="255"/>
        <source>手工录入的身份（未读卡）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="257"/>
        <source>电子身份码识别的身份（未读卡）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="258"/>
        <source>已读卡，证件有问题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="258"/>
        <source>已读卡，证件有效</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="263"/>
        <source>受理时须说明理由，办件将交值班长复核。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="269"/>
        <source>未检测到证件，请将证件放在读卡器上。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="271"/>
        <source>证件无法读取（芯片损坏或放置不当），请重新放置；仍失败时请手工录入并交值班长复核。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="274"/>
        <source>读卡器数据校验错误，请重新读卡。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="276"/>
        <source>没有连接读卡器，请检查读卡器连接或在设置中选择端口。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="278"/>
        <source>无法识别的证件类型，请使用居民身份证、港澳台居民居住证或外国人永久居留身份证。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="280"/>
        <source>读卡器数据不完整，请重新放置证件后再读。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="282"/>
        <source>读卡器无响应，请检查连接。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="283"/>
        <source>读卡失败（%1），请重新读卡。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="290"/>
        <source>男</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="292"/>
        <source>女</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="294"/>
        <source>未说明</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrackerPage</name>
    <message>
        <location filename="../app/tracker/TrackerPage.cpp" line="90"/>
        <source>已受理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/tracker/TrackerPage.cpp" line="91"/>
        <source>办理中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/tracker/TrackerPage.cpp" line="93"/>
        <source>待补齐补正材料（时限暂停）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/tracker/TrackerPage.cpp" line="95"/>
        <source>特别程序中（时限暂停）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/tracker/TrackerPage.cpp" line="96"/>
        <source>已办结，可领取</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/tracker/TrackerPage.cpp" line="97"/>
        <source>已送达</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/tracker/TrackerPage.cpp" line="98"/>
        <source>已撤回</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/tracker/TrackerPage.cpp" line="102"/>
        <source>待前序办理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/tracker/TrackerPage.cpp" line="104"/>
        <source>已办结</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/tracker/TrackerPage.cpp" line="105"/>
        <source>待补正</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/tracker/TrackerPage.cpp" line="106"/>
        <source>特别程序</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/tracker/TrackerPage.cpp" line="107"/>
        <source>不予许可</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/tracker/TrackerPage.cpp" line="108"/>
        <source>无需办理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/tracker/TrackerPage.cpp" line="109"/>
        <source>审核中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/tracker/TrackerPage.cpp" line="114"/>
        <source>准予许可</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/tracker/TrackerPage.cpp" line="115"/>
        <source>部分准予</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/tracker/TrackerPage.cpp" line="118"/>
        <source>已退件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/tracker/TrackerPage.cpp" line="122"/>
        <source>此二维码未能通过验证，可能被伪造或改动。本页不显示任何办件信息。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/tracker/TrackerPage.cpp" line="125"/>
        <source>这不是有效的办件查询码。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/tracker/TrackerPage.cpp" line="126"/>
        <source>此二维码不是办件查询码，不能在此查询。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/tracker/TrackerPage.cpp" line="128"/>
        <source>此查询码已过期：办件已结束多日。如需查询，请到政务服务大厅窗口。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/tracker/TrackerPage.cpp" line="131"/>
        <source>查不到此办件。如有疑问，请到政务服务大厅窗口。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/tracker/TrackerPage.cpp" line="133"/>
        <source>暂时无法查询，请稍后再试。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/tracker/TrackerPage.cpp" line="163"/>
        <source>本页不使用脚本，也不保存任何信息。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/tracker/TrackerPage.cpp" line="187"/>
        <source>办件进度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/tracker/TrackerPage.cpp" line="195"/>
        <source>办件编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/tracker/TrackerPage.cpp" line="196"/>
        <source>事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/tracker/TrackerPage.cpp" line="197"/>
        <source>申请人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/tracker/TrackerPage.cpp" line="198"/>
        <source>受理日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/tracker/TrackerPage.cpp" line="199"/>
        <source>承诺办结日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/tracker/TrackerPage.cpp" line="204"/>
        <source>还需补交的材料</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/tracker/TrackerPage.cpp" line="208"/>
        <source>请携带以上材料到大厅窗口补交。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/tracker/TrackerPage.cpp" line="213"/>
        <source>各部门办理情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/tracker/TrackerPage.cpp" line="221"/>
        <source>完成于</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/tracker/TrackerPage.cpp" line="224"/>
        <source>承诺期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/tracker/TrackerPage.cpp" line="232"/>
        <source>领取</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/tracker/TrackerPage.cpp" line="233"/>
        <source>结果已送达，日期：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/tracker/TrackerPage.cpp" line="238"/>
        <source>地点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/tracker/TrackerPage.cpp" line="239"/>
        <source>窗口</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/tracker/TrackerPage.cpp" line="242"/>
        <source>时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/tracker/TrackerPage.cpp" line="244"/>
        <source>起，工作日办公时间内</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/tracker/TrackerPage.cpp" line="246"/>
        <source>请携带受理回执和本人身份证件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/tracker/TrackerPage.cpp" line="255"/>
        <source>无法查询</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/tracker/TrackerPage.cpp" line="269"/>
        <source>办件进度查询</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/tracker/TrackerPage.cpp" line="272"/>
        <source>请用手机扫描受理回执上的二维码。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/tracker/TrackerPage.cpp" line="280"/>
        <source>页面不存在。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/tracker/TrackerPage.cpp" line="282"/>
        <source>不支持此请求方式。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/tracker/TrackerPage.cpp" line="284"/>
        <source>请求过长。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/tracker/TrackerPage.cpp" line="286"/>
        <source>请求过于频繁，请稍后再试。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/tracker/TrackerPage.cpp" line="288"/>
        <source>请求无效。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AuditActionText</name>
    <message>
        <location filename="../ui/common/AuditActionText.cpp" line="10"/>
        <source>登录</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../ui/common/AuditActionText.cpp" line="12"/>
        <source>登录失败</source>
        <translation>Failed sign-in</translation>
    </message>
    <message>
        <location filename="../ui/common/AuditActionText.cpp" line="14"/>
        <source>退出登录</source>
        <translation>Sign-out</translation>
    </message>
    <message>
        <location filename="../ui/common/AuditActionText.cpp" line="16"/>
        <source>锁屏</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location filename="../ui/common/AuditActionText.cpp" line="18"/>
        <source>解锁</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../ui/common/AuditActionText.cpp" line="20"/>
        <source>查阅档案</source>
        <translation>Open case file</translation>
    </message>
    <message>
        <location filename="../ui/common/AuditActionText.cpp" line="22"/>
        <source>查看办件</source>
        <translation>View case</translation>
    </message>
    <message>
        <location filename="../ui/common/AuditActionText.cpp" line="24"/>
        <source>查询页查看办件</source>
        <translation>Case viewed on the tracking page</translation>
    </message>
    <message>
        <location filename="../ui/common/AuditActionText.cpp" line="26"/>
        <source>查询</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../ui/common/AuditActionText.cpp" line="28"/>
        <source>受理</source>
        <translation>Accept</translation>
    </message>
    <message>
        <location filename="../ui/common/AuditActionText.cpp" line="30"/>
        <source>被拒绝的操作</source>
        <translation>Refused action</translation>
    </message>
    <message>
        <location filename="../ui/common/AuditActionText.cpp" line="32"/>
        <source>查阅审计日志</source>
        <translation>Read the audit trail</translation>
    </message>
    <message>
        <location filename="../ui/common/AuditActionText.cpp" line="34"/>
        <source>导出审计日志</source>
        <translation>Export the audit trail</translation>
    </message>
    <message>
        <location filename="../ui/common/AuditActionText.cpp" line="36"/>
        <source>账户锁定中登录</source>
        <translation>Sign-in while locked out</translation>
    </message>
    <message>
        <location filename="../ui/common/AuditActionText.cpp" line="38"/>
        <source>账户被锁定</source>
        <translation>Account locked</translation>
    </message>
    <message>
        <location filename="../ui/common/AuditActionText.cpp" line="40"/>
        <source>修改密码</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <location filename="../ui/common/AuditActionText.cpp" line="42"/>
        <source>拒绝二维码</source>
        <translation>QR code refused</translation>
    </message>
    <message>
        <location filename="../ui/common/AuditActionText.cpp" line="44"/>
        <source>读卡</source>
        <translation>Card read</translation>
    </message>
    <message>
        <location filename="../ui/common/AuditActionText.cpp" line="46"/>
        <source>电子身份码识别</source>
        <translation>Identified by e-ID code</translation>
    </message>
    <message>
        <location filename="../ui/common/AuditActionText.cpp" line="48"/>
        <source>手工录入身份</source>
        <translation>Identity entered by hand</translation>
    </message>
    <message>
        <location filename="../ui/common/AuditActionText.cpp" line="50"/>
        <source>查阅核验记录</source>
        <translation>Identification record read</translation>
    </message>
    <message>
        <location filename="../ui/common/AuditActionText.cpp" line="52"/>
        <source>拒绝核验记录</source>
        <translation>Identification record refused</translation>
    </message>
    <message>
        <location filename="../ui/common/AuditActionText.cpp" line="54"/>
        <source>重复提交受理</source>
        <translation>Intake replayed</translation>
    </message>
    <message>
        <location filename="../ui/common/AuditActionText.cpp" line="56"/>
        <source>拒绝受理编号</source>
        <translation>Intake key refused</translation>
    </message>
    <message>
        <location filename="../ui/common/AuditActionText.cpp" line="58"/>
        <source>查阅草稿</source>
        <translation>Draft read</translation>
    </message>
    <message>
        <location filename="../ui/common/AuditActionText.cpp" line="60"/>
        <source>保存草稿</source>
        <translation>Draft saved</translation>
    </message>
    <message>
        <location filename="../ui/common/AuditActionText.cpp" line="62"/>
        <source>删除草稿</source>
        <translation>Draft removed</translation>
    </message>
    <message>
        <location filename="../ui/common/AuditActionText.cpp" line="64"/>
        <source>出具文书</source>
        <translation>Document issued</translation>
    </message>
    <message>
        <location filename="../ui/common/AuditActionText.cpp" line="66"/>
        <source>打印文书</source>
        <translation>Document printed</translation>
    </message>
    <message>
        <location filename="../ui/common/AuditActionText.cpp" line="68"/>
        <source>补打文书</source>
        <translation>Document reprinted</translation>
    </message>
    <message>
        <location filename="../ui/common/AuditActionText.cpp" line="70"/>
        <source>修改设置</source>
        <translation>Settings changed</translation>
    </message>
    <message>
        <location filename="../ui/common/AuditActionText.cpp" line="72"/>
        <source>复核通过</source>
        <translation>Review approved</translation>
    </message>
    <message>
        <location filename="../ui/common/AuditActionText.cpp" line="74"/>
        <source>复核退回</source>
        <translation>Review sent back</translation>
    </message>
    <message>
        <location filename="../ui/common/AuditActionText.cpp" line="76"/>
        <source>新建账户</source>
        <translation>Account created</translation>
    </message>
    <message>
        <location filename="../ui/common/AuditActionText.cpp" line="78"/>
        <source>停用账户</source>
        <translation>Account disabled</translation>
    </message>
    <message>
        <location filename="../ui/common/AuditActionText.cpp" line="80"/>
        <source>启用账户</source>
        <translation>Account enabled</translation>
    </message>
    <message>
        <location filename="../ui/common/AuditActionText.cpp" line="82"/>
        <source>重置密码</source>
        <translation>Password reset</translation>
    </message>
    <message>
        <location filename="../ui/common/AuditActionText.cpp" line="84"/>
        <source>设置密码</source>
        <translation>Password set</translation>
    </message>
    <message>
        <location filename="../ui/common/AuditActionText.cpp" line="86"/>
        <source>修改角色</source>
        <translation>Role changed</translation>
    </message>
    <message>
        <location filename="../ui/common/AuditActionText.cpp" line="88"/>
        <source>拟不予受理</source>
        <translation>Non-acceptance proposed</translation>
    </message>
    <message>
        <location filename="../ui/common/AuditActionText.cpp" line="90"/>
        <source>查看不予受理决定</source>
        <translation>Viewed non-acceptance decisions</translation>
    </message>
    <message>
        <location filename="../ui/common/AuditActionText.cpp" line="92"/>
        <source>密封审计日志</source>
        <translation>Audit log sealed</translation>
    </message>
    <message>
        <location filename="../ui/common/AuditActionText.cpp" line="94"/>
        <source>办件：%1</source>
        <translation>Case: %1</translation>
    </message>
</context>
<context>
    <name>CaseStateText</name>
    <message>
        <location filename="../ui/common/CaseStateText.cpp" line="9"/>
        <source>已受理</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../ui/common/CaseStateText.cpp" line="11"/>
        <source>办理中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../ui/common/CaseStateText.cpp" line="13"/>
        <source>待补正</source>
        <translation>Awaiting supplement</translation>
    </message>
    <message>
        <location filename="../ui/common/CaseStateText.cpp" line="15"/>
        <source>特别程序中</source>
        <translation>In a special procedure</translation>
    </message>
    <message>
        <location filename="../ui/common/CaseStateText.cpp" line="17"/>
        <source>已办结，待领取</source>
        <translation>Completed, ready for collection</translation>
    </message>
    <message>
        <location filename="../ui/common/CaseStateText.cpp" line="19"/>
        <source>已送达</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <location filename="../ui/common/CaseStateText.cpp" line="21"/>
        <source>已撤回</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location filename="../ui/common/CaseStateText.cpp" line="30"/>
        <source>等待前序</source>
        <translation>Waiting for earlier steps</translation>
    </message>
    <message>
        <location filename="../ui/common/CaseStateText.cpp" line="32"/>
        <source>待办</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location filename="../ui/common/CaseStateText.cpp" line="34"/>
        <source>已通过</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../ui/common/CaseStateText.cpp" line="36"/>
        <location filename="../ui/common/CaseStateText.cpp" line="63"/>
        <source>退回补正</source>
        <translation>Returned for supplement</translation>
    </message>
    <message>
        <location filename="../ui/common/CaseStateText.cpp" line="38"/>
        <source>特别程序</source>
        <translation>Special procedure</translation>
    </message>
    <message>
        <location filename="../ui/common/CaseStateText.cpp" line="40"/>
        <location filename="../ui/common/CaseStateText.cpp" line="100"/>
        <source>不予许可</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../ui/common/CaseStateText.cpp" line="42"/>
        <source>不再办理</source>
        <translation>Not pursued</translation>
    </message>
    <message>
        <location filename="../ui/common/CaseStateText.cpp" line="44"/>
        <source>不予许可待确认</source>
        <translation>Refusal awaiting confirmation</translation>
    </message>
    <message>
        <location filename="../ui/common/CaseStateText.cpp" line="46"/>
        <source>退件待确认</source>
        <translation>Return of file awaiting confirmation</translation>
    </message>
    <message>
        <location filename="../ui/common/CaseStateText.cpp" line="55"/>
        <source>受理</source>
        <translation>Accept</translation>
    </message>
    <message>
        <location filename="../ui/common/CaseStateText.cpp" line="57"/>
        <source>认领</source>
        <translation>Claim</translation>
    </message>
    <message>
        <location filename="../ui/common/CaseStateText.cpp" line="59"/>
        <source>释放</source>
        <translation>Release</translation>
    </message>
    <message>
        <location filename="../ui/common/CaseStateText.cpp" line="61"/>
        <source>审批通过</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../ui/common/CaseStateText.cpp" line="65"/>
        <source>补齐材料</source>
        <translation>Supplement received</translation>
    </message>
    <message>
        <location filename="../ui/common/CaseStateText.cpp" line="67"/>
        <source>启动特别程序</source>
        <translation>Start special procedure</translation>
    </message>
    <message>
        <location filename="../ui/common/CaseStateText.cpp" line="69"/>
        <source>结束特别程序</source>
        <translation>End special procedure</translation>
    </message>
    <message>
        <location filename="../ui/common/CaseStateText.cpp" line="71"/>
        <source>拟不予许可</source>
        <comment>the action: propose a refusal for the supervisor to confirm</comment>
        <translation>Propose refusal</translation>
    </message>
    <message>
        <location filename="../ui/common/CaseStateText.cpp" line="73"/>
        <source>拟退件</source>
        <comment>the action: propose closing the case unsupplied</comment>
        <translation>Propose returning the file</translation>
    </message>
    <message>
        <location filename="../ui/common/CaseStateText.cpp" line="75"/>
        <source>办结</source>
        <translation>Complete</translation>
    </message>
    <message>
        <location filename="../ui/common/CaseStateText.cpp" line="77"/>
        <source>送达</source>
        <translation>Deliver</translation>
    </message>
    <message>
        <location filename="../ui/common/CaseStateText.cpp" line="79"/>
        <location filename="../ui/common/CaseStateText.cpp" line="102"/>
        <source>撤回</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <location filename="../ui/common/CaseStateText.cpp" line="81"/>
        <source>重新办理</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location filename="../ui/common/CaseStateText.cpp" line="83"/>
        <source>值班长确认</source>
        <translation>Confirmed by supervisor</translation>
    </message>
    <message>
        <location filename="../ui/common/CaseStateText.cpp" line="85"/>
        <source>值班长退回</source>
        <translation>Sent back by supervisor</translation>
    </message>
    <message>
        <location filename="../ui/common/CaseStateText.cpp" line="96"/>
        <source>准予（出证）</source>
        <translation>Granted (certificate issued)</translation>
    </message>
    <message>
        <location filename="../ui/common/CaseStateText.cpp" line="98"/>
        <source>部分准予</source>
        <translation>Partly granted</translation>
    </message>
    <message>
        <location filename="../ui/common/CaseStateText.cpp" line="104"/>
        <source>退件</source>
        <comment>the result of a case closed unsupplied</comment>
        <translation>File returned</translation>
    </message>
    <message>
        <location filename="../ui/common/CaseStateText.cpp" line="113"/>
        <source>听证</source>
        <translation>Hearing</translation>
    </message>
    <message>
        <location filename="../ui/common/CaseStateText.cpp" line="115"/>
        <source>现场核查</source>
        <translation>On-site inspection</translation>
    </message>
    <message>
        <location filename="../ui/common/CaseStateText.cpp" line="117"/>
        <source>检验检测</source>
        <translation>Testing</translation>
    </message>
    <message>
        <location filename="../ui/common/CaseStateText.cpp" line="119"/>
        <source>专家评审</source>
        <translation>Expert review</translation>
    </message>
</context>
<context>
    <name>DocumentKindText</name>
    <message>
        <location filename="../ui/common/DocumentKindText.cpp" line="9"/>
        <source>受理回执</source>
        <translation>Acceptance receipt</translation>
    </message>
    <message>
        <location filename="../ui/common/DocumentKindText.cpp" line="11"/>
        <source>一次性告知书</source>
        <translation>One-time notification</translation>
    </message>
    <message>
        <location filename="../ui/common/DocumentKindText.cpp" line="13"/>
        <source>不予受理通知书</source>
        <translation>Notice of non-acceptance</translation>
    </message>
    <message>
        <location filename="../ui/common/DocumentKindText.cpp" line="15"/>
        <source>补齐补正通知书</source>
        <translation>Notice to supplement</translation>
    </message>
    <message>
        <location filename="../ui/common/DocumentKindText.cpp" line="17"/>
        <source>容缺受理通知书及承诺书</source>
        <translation>Tolerant acceptance notice and commitment</translation>
    </message>
    <message>
        <location filename="../ui/common/DocumentKindText.cpp" line="19"/>
        <source>特别程序告知书</source>
        <translation>Special procedure notice</translation>
    </message>
    <message>
        <location filename="../ui/common/DocumentKindText.cpp" line="21"/>
        <source>不予许可决定书</source>
        <translation>Decision to refuse</translation>
    </message>
    <message>
        <location filename="../ui/common/DocumentKindText.cpp" line="23"/>
        <source>办结通知</source>
        <translation>Completion notice</translation>
    </message>
    <message>
        <location filename="../ui/common/DocumentKindText.cpp" line="25"/>
        <source>送达回执</source>
        <translation>Handover receipt</translation>
    </message>
    <message>
        <location filename="../ui/common/DocumentKindText.cpp" line="27"/>
        <source>材料接收清单</source>
        <translation>List of materials received</translation>
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
        <translation>Required</translation>
    </message>
    <message>
        <location filename="../app/templates/FieldValidator.cpp" line="95"/>
        <source>请收取此材料</source>
        <translation>Receive this material</translation>
    </message>
    <message>
        <location filename="../app/templates/FieldValidator.cpp" line="105"/>
        <source>至少 %1 个字</source>
        <translation>At least %1 characters</translation>
    </message>
    <message>
        <location filename="../app/templates/FieldValidator.cpp" line="107"/>
        <location filename="../app/templates/FieldValidator.cpp" line="213"/>
        <location filename="../app/templates/FieldValidator.cpp" line="250"/>
        <source>最多 %1 个字</source>
        <translation>At most %1 characters</translation>
    </message>
    <message>
        <location filename="../app/templates/FieldValidator.cpp" line="110"/>
        <source>含有无法保存的字符（控制字符、方向控制符或无效编码）</source>
        <translation>Holds characters that cannot be kept (control characters, direction controls or broken encoding)</translation>
    </message>
    <message>
        <location filename="../app/templates/FieldValidator.cpp" line="116"/>
        <source>请输入数字</source>
        <translation>Enter a number</translation>
    </message>
    <message>
        <location filename="../app/templates/FieldValidator.cpp" line="119"/>
        <source>金额最多两位小数</source>
        <translation>An amount has at most two decimals</translation>
    </message>
    <message>
        <location filename="../app/templates/FieldValidator.cpp" line="121"/>
        <source>应在 %1 到 %2 之间</source>
        <translation>Must be between %1 and %2</translation>
    </message>
    <message>
        <location filename="../app/templates/FieldValidator.cpp" line="129"/>
        <source>日期不能晚于今天</source>
        <translation>The date cannot be after today</translation>
    </message>
    <message>
        <location filename="../app/templates/FieldValidator.cpp" line="131"/>
        <source>日期不能早于今天</source>
        <translation>The date cannot be before today</translation>
    </message>
    <message>
        <location filename="../app/templates/FieldValidator.cpp" line="133"/>
        <source>日期不能早于 %1</source>
        <translation>The date cannot be before %1</translation>
    </message>
    <message>
        <location filename="../app/templates/FieldValidator.cpp" line="136"/>
        <source>日期不能晚于 %1</source>
        <translation>Not later than %1</translation>
    </message>
    <message>
        <location filename="../app/templates/FieldValidator.cpp" line="139"/>
        <source>应年满 %1 周岁</source>
        <translation>Must be at least %1 years old</translation>
    </message>
    <message>
        <location filename="../app/templates/FieldValidator.cpp" line="141"/>
        <source>应未满 %1 周岁</source>
        <translation>Must be under %1 years old</translation>
    </message>
    <message>
        <location filename="../app/templates/FieldValidator.cpp" line="145"/>
        <source>应早于 %1</source>
        <translation>Must be before %1</translation>
    </message>
    <message>
        <location filename="../app/templates/FieldValidator.cpp" line="148"/>
        <source>应晚于 %1</source>
        <translation>Must be after %1</translation>
    </message>
    <message>
        <location filename="../app/templates/FieldValidator.cpp" line="155"/>
        <location filename="../app/templates/FieldValidator.cpp" line="231"/>
        <source>电话号码格式不正确</source>
        <translation>Not a valid phone number</translation>
    </message>
    <message>
        <location filename="../app/templates/FieldValidator.cpp" line="221"/>
        <source>身份证号码显示为男性，此处应为女性</source>
        <translation>The ID number is a man&apos;s; a woman is expected here</translation>
    </message>
    <message>
        <location filename="../app/templates/FieldValidator.cpp" line="223"/>
        <source>身份证号码显示为女性，此处应为男性</source>
        <translation>The ID number is a woman&apos;s; a man is expected here</translation>
    </message>
    <message>
        <location filename="../app/templates/FieldValidator.cpp" line="244"/>
        <source>请选择省、市、区县</source>
        <translation>Choose the province, city and district</translation>
    </message>
    <message>
        <location filename="../app/templates/FieldValidator.cpp" line="246"/>
        <source>行政区划代码不存在</source>
        <translation>No such region code</translation>
    </message>
    <message>
        <location filename="../app/templates/FieldValidator.cpp" line="248"/>
        <source>请填写街道、门牌号</source>
        <translation>Enter the street and number</translation>
    </message>
    <message>
        <location filename="../app/templates/FieldValidator.cpp" line="258"/>
        <source>至少填写 1 项</source>
        <translation>Enter at least one item</translation>
    </message>
    <message>
        <location filename="../app/templates/FieldValidator.cpp" line="258"/>
        <source>至少填写 %1 项</source>
        <translation>Enter at least %1 items</translation>
    </message>
    <message>
        <location filename="../app/templates/FieldValidator.cpp" line="260"/>
        <source>最多 %1 项</source>
        <translation>At most %1 items</translation>
    </message>
    <message>
        <location filename="../app/templates/FieldValidator.cpp" line="291"/>
        <source>第 %1 项 %2：%3</source>
        <translation>Item %1, %2: %3</translation>
    </message>
    <message>
        <location filename="../app/templates/FieldValidator.cpp" line="298"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/templates/FieldValidator.cpp" line="299"/>
        <source>身份证号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../app/templates/FieldValidator.cpp" line="300"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../app/templates/FieldValidator.cpp" line="301"/>
        <source>省市区</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../app/templates/FieldValidator.cpp" line="302"/>
        <source>街道地址</source>
        <translation>Street address</translation>
    </message>
    <message>
        <location filename="../app/templates/FieldValidator.cpp" line="311"/>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/templates/FieldValidator.cpp" line="35"/>
        <source>身份证号码校验位不正确</source>
        <translation>The ID number&apos;s check digit is wrong</translation>
    </message>
    <message>
        <location filename="../app/templates/FieldValidator.cpp" line="37"/>
        <source>身份证号码应为18位</source>
        <translation>An ID number has 18 characters</translation>
    </message>
    <message>
        <location filename="../app/templates/FieldValidator.cpp" line="39"/>
        <source>身份证号码中的出生日期无效</source>
        <translation>The birth date in the ID number is impossible</translation>
    </message>
    <message>
        <location filename="../app/templates/FieldValidator.cpp" line="41"/>
        <source>身份证号码的地区代码不存在</source>
        <translation>The ID number&apos;s region code does not exist</translation>
    </message>
    <message>
        <location filename="../app/templates/FieldValidator.cpp" line="42"/>
        <source>身份证号码含有无效字符</source>
        <translation>The ID number contains invalid characters</translation>
    </message>
    <message>
        <location filename="../app/templates/FieldValidator.cpp" line="89"/>
        <location filename="../app/templates/FieldValidator.cpp" line="168"/>
        <source>请从列表中选择</source>
        <translation>Choose from the list</translation>
    </message>
    <message>
        <location filename="../app/templates/FieldValidator.cpp" line="127"/>
        <source>日期无效，请按 年-月-日 填写，例如 2026-01-31、20260131 或本年的 0131</source>
        <translation>Not a valid date: type year-month-day, e.g. 2026-01-31, 20260131, or 0131 for this year</translation>
    </message>
    <message>
        <location filename="../app/templates/FieldValidator.cpp" line="177"/>
        <source>格式不正确</source>
        <translation>Wrong format</translation>
    </message>
</context>
<context>
    <name>HallFiguresPdf</name>
    <message>
        <location filename="../app/reports/HallFiguresPdf.cpp" line="80"/>
        <source>缺少中文字体（fonts-wqy-microhei），无法生成报告</source>
        <translation>The Chinese font (fonts-wqy-microhei) is missing: no report can be made</translation>
    </message>
    <message>
        <location filename="../app/reports/HallFiguresPdf.cpp" line="87"/>
        <source>统计期间：%1 至 %2（办件数量按受理日、办结日计；“当前”为 %3）</source>
        <translation>Period: %1 to %2 (cases counted by the day accepted and the day completed; &quot;now&quot; is %3)</translation>
    </message>
    <message>
        <location filename="../app/reports/HallFiguresPdf.cpp" line="91"/>
        <location filename="../app/reports/HallFiguresPdf.cpp" line="107"/>
        <location filename="../app/reports/HallFiguresPdf.cpp" line="109"/>
        <location filename="../app/reports/HallFiguresPdf.cpp" line="111"/>
        <location filename="../app/reports/HallFiguresPdf.cpp" line="117"/>
        <source>受理</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../app/reports/HallFiguresPdf.cpp" line="91"/>
        <source>一次性告知</source>
        <translation>One-time notifications</translation>
    </message>
    <message>
        <location filename="../app/reports/HallFiguresPdf.cpp" line="91"/>
        <source>不予受理</source>
        <translation>Non-acceptances</translation>
    </message>
    <message>
        <location filename="../app/reports/HallFiguresPdf.cpp" line="91"/>
        <location filename="../app/reports/HallFiguresPdf.cpp" line="117"/>
        <source>按期办结</source>
        <translation>Completed on time</translation>
    </message>
    <message>
        <location filename="../app/reports/HallFiguresPdf.cpp" line="91"/>
        <location filename="../app/reports/HallFiguresPdf.cpp" line="117"/>
        <source>超期办结</source>
        <translation>Completed late</translation>
    </message>
    <message>
        <location filename="../app/reports/HallFiguresPdf.cpp" line="92"/>
        <source>待领取</source>
        <translation>Awaiting collection</translation>
    </message>
    <message>
        <location filename="../app/reports/HallFiguresPdf.cpp" line="92"/>
        <source>待领取天数（中位/最长）</source>
        <translation>Days awaiting collection (median/longest)</translation>
    </message>
    <message>
        <location filename="../app/reports/HallFiguresPdf.cpp" line="106"/>
        <source>各窗口受理量</source>
        <translation>Intake by counter</translation>
    </message>
    <message>
        <location filename="../app/reports/HallFiguresPdf.cpp" line="107"/>
        <location filename="../app/reports/HallFiguresPdf.cpp" line="165"/>
        <location filename="../app/reports/HallFiguresPdf.cpp" line="180"/>
        <source>窗口</source>
        <translation>Counter</translation>
    </message>
    <message>
        <location filename="../app/reports/HallFiguresPdf.cpp" line="108"/>
        <source>各受理人受理量</source>
        <translation>Intake by clerk</translation>
    </message>
    <message>
        <location filename="../app/reports/HallFiguresPdf.cpp" line="109"/>
        <location filename="../app/reports/HallFiguresPdf.cpp" line="181"/>
        <source>受理人</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <location filename="../app/reports/HallFiguresPdf.cpp" line="110"/>
        <source>各事项受理量</source>
        <translation>Intake by matter</translation>
    </message>
    <message>
        <location filename="../app/reports/HallFiguresPdf.cpp" line="111"/>
        <location filename="../app/reports/HallFiguresPdf.cpp" line="168"/>
        <location filename="../app/reports/HallFiguresPdf.cpp" line="182"/>
        <source>事项</source>
        <translation>Matter</translation>
    </message>
    <message>
        <location filename="../app/reports/HallFiguresPdf.cpp" line="116"/>
        <source>逐日</source>
        <translation>By day</translation>
    </message>
    <message>
        <location filename="../app/reports/HallFiguresPdf.cpp" line="117"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../app/reports/HallFiguresPdf.cpp" line="128"/>
        <source>各部门</source>
        <translation>By department</translation>
    </message>
    <message>
        <location filename="../app/reports/HallFiguresPdf.cpp" line="129"/>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../app/reports/HallFiguresPdf.cpp" line="129"/>
        <source>待办环节</source>
        <translation>Open steps</translation>
    </message>
    <message>
        <location filename="../app/reports/HallFiguresPdf.cpp" line="129"/>
        <source>2 个工作日内到期</source>
        <translation>Due within 2 working days</translation>
    </message>
    <message>
        <location filename="../app/reports/HallFiguresPdf.cpp" line="129"/>
        <source>超期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../app/reports/HallFiguresPdf.cpp" line="129"/>
        <source>办理决定</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <location filename="../app/reports/HallFiguresPdf.cpp" line="130"/>
        <source>退回补正</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../app/reports/HallFiguresPdf.cpp" line="130"/>
        <source>不予许可</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../app/reports/HallFiguresPdf.cpp" line="130"/>
        <source>暂停天数</source>
        <translation>Days paused</translation>
    </message>
    <message>
        <location filename="../app/reports/HallFiguresPdf.cpp" line="142"/>
        <source>%1 统计报告</source>
        <translation>%1 report</translation>
    </message>
    <message>
        <location filename="../app/reports/HallFiguresPdf.cpp" line="146"/>
        <source>无法写入 %1</source>
        <translation>Cannot write %1</translation>
    </message>
    <message>
        <location filename="../app/reports/HallFiguresPdf.cpp" line="152"/>
        <source>办理时长（中位）</source>
        <translation>Time at the counter (median)</translation>
    </message>
    <message>
        <location filename="../app/reports/HallFiguresPdf.cpp" line="152"/>
        <source>办理时长（90%）</source>
        <translation>Time at the counter (90%)</translation>
    </message>
    <message>
        <location filename="../app/reports/HallFiguresPdf.cpp" line="153"/>
        <source>窗口办理时长</source>
        <translation>Time at the counter</translation>
    </message>
    <message>
        <location filename="../app/reports/HallFiguresPdf.cpp" line="154"/>
        <source>办结的接待</source>
        <translation>Visits ended</translation>
    </message>
    <message>
        <location filename="../app/reports/HallFiguresPdf.cpp" line="164"/>
        <source>各窗口办理时长</source>
        <translation>Time at the counter by counter</translation>
    </message>
    <message>
        <location filename="../app/reports/HallFiguresPdf.cpp" line="165"/>
        <location filename="../app/reports/HallFiguresPdf.cpp" line="168"/>
        <source>接待</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location filename="../app/reports/HallFiguresPdf.cpp" line="167"/>
        <source>各事项办理时长</source>
        <translation>Time at the counter by matter</translation>
    </message>
    <message>
        <location filename="../app/reports/HallFiguresPdf.cpp" line="174"/>
        <source>评价数</source>
        <translation>Ratings</translation>
    </message>
    <message>
        <location filename="../app/reports/HallFiguresPdf.cpp" line="174"/>
        <source>满意率</source>
        <translation>Satisfaction rate</translation>
    </message>
    <message>
        <location filename="../app/reports/HallFiguresPdf.cpp" line="176"/>
        <source>全大厅</source>
        <translation>Whole hall</translation>
    </message>
    <message>
        <location filename="../app/reports/HallFiguresPdf.cpp" line="177"/>
        <source>好差评</source>
        <translation>Citizen ratings</translation>
    </message>
    <message>
        <location filename="../app/reports/HallFiguresPdf.cpp" line="180"/>
        <source>各窗口评价</source>
        <translation>Ratings by counter</translation>
    </message>
    <message>
        <location filename="../app/reports/HallFiguresPdf.cpp" line="181"/>
        <source>各受理人评价</source>
        <translation>Ratings by clerk</translation>
    </message>
    <message>
        <location filename="../app/reports/HallFiguresPdf.cpp" line="182"/>
        <source>各事项评价</source>
        <translation>Ratings by matter</translation>
    </message>
    <message>
        <location filename="../app/reports/HallFiguresPdf.cpp" line="185"/>
        <source>差评整改</source>
        <translation>Follow-ups of poor ratings</translation>
    </message>
    <message>
        <location filename="../app/reports/HallFiguresPdf.cpp" line="186"/>
        <source>待整改（当前）</source>
        <translation>Open (now)</translation>
    </message>
    <message>
        <location filename="../app/reports/HallFiguresPdf.cpp" line="186"/>
        <source>已逾期（当前）</source>
        <translation>Overdue (now)</translation>
    </message>
    <message>
        <location filename="../app/reports/HallFiguresPdf.cpp" line="186"/>
        <source>期间新增</source>
        <translation>Opened in the range</translation>
    </message>
    <message>
        <location filename="../app/reports/HallFiguresPdf.cpp" line="186"/>
        <source>期间办结</source>
        <translation>Closed in the range</translation>
    </message>
</context>
<context>
    <name>HallFiguresText</name>
    <message>
        <location filename="../app/reports/HallFiguresText.cpp" line="8"/>
        <source>受理</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../app/reports/HallFiguresText.cpp" line="10"/>
        <source>一次性告知</source>
        <translation>One-time notification</translation>
    </message>
    <message>
        <location filename="../app/reports/HallFiguresText.cpp" line="12"/>
        <source>领取</source>
        <translation>Handed over</translation>
    </message>
    <message>
        <location filename="../app/reports/HallFiguresText.cpp" line="14"/>
        <source>不予受理</source>
        <translation>Not accepted</translation>
    </message>
    <message>
        <location filename="../app/reports/HallFiguresText.cpp" line="16"/>
        <source>未办理（下一位）</source>
        <translation>Nothing done (next citizen)</translation>
    </message>
    <message>
        <location filename="../app/reports/HallFiguresText.cpp" line="23"/>
        <source>未受理</source>
        <translation>No case</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../ui/shell/LoginDialog.ui" line="9"/>
        <source>一窗通 · 登录</source>
        <translation>OneWindow · Sign in</translation>
    </message>
    <message>
        <location filename="../ui/shell/LoginDialog.ui" line="15"/>
        <source>一窗通 综合窗口受理</source>
        <translation>OneWindow comprehensive counter</translation>
    </message>
    <message>
        <location filename="../ui/shell/LoginDialog.ui" line="36"/>
        <source>用户名(&amp;U)</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <location filename="../ui/shell/LoginDialog.ui" line="45"/>
        <source>密码(&amp;P)</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location filename="../ui/shell/LoginDialog.ui" line="56"/>
        <source>窗口</source>
        <translation>Counter</translation>
    </message>
    <message>
        <location filename="../ui/shell/LoginDialog.ui" line="81"/>
        <source>登录</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../ui/shell/LoginDialog.ui" line="87"/>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>ManualIdentityDialog</name>
    <message>
        <location filename="../ui/counter/ManualIdentityDialog.ui" line="9"/>
        <source>手工录入身份</source>
        <translation>Enter identity by hand</translation>
    </message>
    <message>
        <location filename="../ui/counter/ManualIdentityDialog.ui" line="15"/>
        <source>仅在无法读卡时使用。手工录入的身份会标记在办件上，交值班长复核。</source>
        <translation>Use only when no card can be read. A hand-entered identity is marked on the case for supervisor review.</translation>
    </message>
    <message>
        <location filename="../ui/counter/ManualIdentityDialog.ui" line="25"/>
        <source>公民身份号码(&amp;I)</source>
        <translation>&amp;ID number</translation>
    </message>
    <message>
        <location filename="../ui/counter/ManualIdentityDialog.ui" line="41"/>
        <source>姓名(&amp;N)</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../ui/counter/ManualIdentityDialog.ui" line="52"/>
        <source>住址(&amp;A)</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <location filename="../ui/counter/ManualIdentityDialog.ui" line="63"/>
        <source>无法读卡的原因(&amp;R)</source>
        <translation>&amp;Reason no card was read</translation>
    </message>
</context>
<context>
    <name>NonAcceptanceDialog</name>
    <message>
        <location filename="../ui/counter/NonAcceptanceDialog.ui" line="9"/>
        <source>不予受理</source>
        <translation>Not accepted</translation>
    </message>
    <message>
        <location filename="../ui/counter/NonAcceptanceDialog.ui" line="14"/>
        <source>不予受理须书面说明理由和法律依据，并告知申请人复议和诉讼的权利。决定报值班长确认，确认后在市民档案中打印《不予受理通知书》。</source>
        <translation>A non-acceptance needs its reason and legal ground in writing, and the applicant is told of the right to administrative review and litigation. The decision goes to the supervisor; once confirmed, print the Notice of Non-acceptance from the citizen&apos;s file.</translation>
    </message>
    <message>
        <location filename="../ui/counter/NonAcceptanceDialog.ui" line="22"/>
        <source>理由(&amp;R)</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <location filename="../ui/counter/NonAcceptanceDialog.ui" line="33"/>
        <source>法律依据(&amp;L)</source>
        <translation>&amp;Legal ground</translation>
    </message>
    <message>
        <location filename="../ui/counter/NonAcceptanceDialog.ui" line="44"/>
        <source>应向何机关申请</source>
        <translation>Apply instead to</translation>
    </message>
    <message>
        <location filename="../ui/counter/NonAcceptanceDialog.ui" line="50"/>
        <source>不属于本机关职权时填写，如：户籍所在地婚姻登记机关</source>
        <translation>When it is not this authority&apos;s: e.g. the marriage registry of the household registration</translation>
    </message>
</context>
<context>
    <name>NotificationBuilder</name>
    <message>
        <location filename="../app/intake/NotificationBuilder.cpp" line="11"/>
        <source>%1 %2 份</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../app/intake/NotificationBuilder.cpp" line="11"/>
        <source>原件</source>
        <translation>original</translation>
    </message>
    <message>
        <location filename="../app/intake/NotificationBuilder.cpp" line="11"/>
        <source>复印件</source>
        <translation>copy</translation>
    </message>
    <message>
        <location filename="../app/intake/NotificationBuilder.cpp" line="32"/>
        <source>%1（已调取）</source>
        <translation>%1 (on file)</translation>
    </message>
    <message>
        <location filename="../app/intake/NotificationBuilder.cpp" line="32"/>
        <source>%1（已收取）</source>
        <translation>%1 (received)</translation>
    </message>
    <message>
        <location filename="../app/intake/NotificationBuilder.cpp" line="39"/>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>OneWindow::AccountDialog</name>
    <message>
        <location filename="../ui/users/AccountDialog.cpp" line="17"/>
        <source>新建账号</source>
        <translation>New account</translation>
    </message>
    <message>
        <location filename="../ui/users/AccountDialog.cpp" line="17"/>
        <source>修改角色</source>
        <translation>Role changed</translation>
    </message>
    <message>
        <location filename="../ui/users/AccountDialog.cpp" line="24"/>
        <source>用户名</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../ui/users/AccountDialog.cpp" line="25"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/users/AccountDialog.cpp" line="31"/>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../ui/users/AccountDialog.cpp" line="34"/>
        <source>部门审批人员填写，如 公安</source>
        <translation>For officers, e.g. 公安</translation>
    </message>
    <message>
        <location filename="../ui/users/AccountDialog.cpp" line="35"/>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../ui/users/AccountDialog.cpp" line="38"/>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../ui/users/AccountDialog.cpp" line="39"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>OneWindow::ActionDialog</name>
    <message>
        <location filename="../ui/cases/ActionDialog.cpp" line="43"/>
        <source>提交后报值班长确认；确认前不生效、不出具文书，此环节仍由您持有。</source>
        <translation>Goes to the supervisor for confirmation: until confirmed it has no effect and no notice is issued; you keep holding this step.</translation>
    </message>
    <message>
        <location filename="../ui/cases/ActionDialog.cpp" line="59"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/cases/ActionDialog.cpp" line="75"/>
        <source>如证照编号、登记号（可不填）</source>
        <translation>e.g. certificate or registration number (optional)</translation>
    </message>
    <message>
        <location filename="../ui/cases/ActionDialog.cpp" line="76"/>
        <source>办理结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../ui/cases/ActionDialog.cpp" line="88"/>
        <source>需补正的材料</source>
        <translation>Materials to supplement</translation>
    </message>
    <message>
        <location filename="../ui/cases/ActionDialog.cpp" line="89"/>
        <source>补正说明</source>
        <translation>Note for the citizen</translation>
    </message>
    <message>
        <location filename="../ui/cases/ActionDialog.cpp" line="104"/>
        <source>本次收到的材料</source>
        <translation>Materials received now</translation>
    </message>
    <message>
        <location filename="../ui/cases/ActionDialog.cpp" line="112"/>
        <source>程序（行政许可法第四十五条）</source>
        <translation>Procedure (Administrative Licensing Law, Art. 45)</translation>
    </message>
    <message>
        <location filename="../ui/cases/ActionDialog.cpp" line="113"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../ui/cases/ActionDialog.cpp" line="119"/>
        <source>预计结束</source>
        <translation>Expected end</translation>
    </message>
    <message>
        <location filename="../ui/cases/ActionDialog.cpp" line="122"/>
        <source>不予许可的法定理由</source>
        <translation>Legal reason for the refusal</translation>
    </message>
    <message>
        <location filename="../ui/cases/ActionDialog.cpp" line="126"/>
        <source>退件原因（如逾期未补正）</source>
        <translation>Why the file goes back (e.g. the supplement is overdue)</translation>
    </message>
    <message>
        <location filename="../ui/cases/ActionDialog.cpp" line="130"/>
        <source>撤回原因（申请人的请求）</source>
        <translation>Reason for withdrawal (the applicant&apos;s request)</translation>
    </message>
    <message>
        <location filename="../ui/cases/ActionDialog.cpp" line="133"/>
        <source>重新办理的原因</source>
        <translation>Reason for reopening</translation>
    </message>
    <message>
        <location filename="../ui/cases/ActionDialog.cpp" line="138"/>
        <source>申请人本人领取</source>
        <translation>Collected by the applicant</translation>
    </message>
    <message>
        <location filename="../ui/cases/ActionDialog.cpp" line="139"/>
        <source>代领人领取（读取代领人身份证）</source>
        <translation>Collected by an agent (read the agent&apos;s ID card)</translation>
    </message>
    <message>
        <location filename="../ui/cases/ActionDialog.cpp" line="140"/>
        <source>邮寄送达</source>
        <translation>Sent by post</translation>
    </message>
    <message>
        <location filename="../ui/cases/ActionDialog.cpp" line="141"/>
        <source>送达方式</source>
        <translation>Handover</translation>
    </message>
    <message>
        <location filename="../ui/cases/ActionDialog.cpp" line="144"/>
        <source>代领人姓名</source>
        <translation>Agent&apos;s name</translation>
    </message>
    <message>
        <location filename="../ui/cases/ActionDialog.cpp" line="147"/>
        <source>代领人身份证号</source>
        <translation>Agent&apos;s ID number</translation>
    </message>
    <message>
        <location filename="../ui/cases/ActionDialog.cpp" line="150"/>
        <source>邮寄单号</source>
        <translation>Tracking number</translation>
    </message>
    <message>
        <location filename="../ui/cases/ActionDialog.cpp" line="167"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../ui/cases/ActionDialog.cpp" line="203"/>
        <source>请填写原因。</source>
        <translation>Please give a reason.</translation>
    </message>
    <message>
        <location filename="../ui/cases/ActionDialog.cpp" line="209"/>
        <source>请勾选材料。</source>
        <translation>Please tick the materials.</translation>
    </message>
    <message>
        <location filename="../ui/cases/ActionDialog.cpp" line="220"/>
        <source>请读取代领人的身份证（F2），或填写姓名和有效的身份证号。</source>
        <translation>Read the agent&apos;s ID card (F2), or enter a name and a valid ID number.</translation>
    </message>
    <message>
        <location filename="../ui/cases/ActionDialog.cpp" line="222"/>
        <source>请填写邮寄单号。</source>
        <translation>Please enter the tracking number.</translation>
    </message>
</context>
<context>
    <name>OneWindow::AddressFieldEditor</name>
    <message>
        <location filename="../ui/counter/fields/AddressFieldEditor.cpp" line="19"/>
        <source>（省）</source>
        <translation>(province)</translation>
    </message>
    <message>
        <location filename="../ui/counter/fields/AddressFieldEditor.cpp" line="28"/>
        <source>街道、小区、门牌号</source>
        <translation>Street, estate, number</translation>
    </message>
    <message>
        <location filename="../ui/counter/fields/AddressFieldEditor.cpp" line="64"/>
        <source>（市）</source>
        <translation>(city)</translation>
    </message>
    <message>
        <location filename="../ui/counter/fields/AddressFieldEditor.cpp" line="77"/>
        <source>（区县）</source>
        <translation>(district)</translation>
    </message>
</context>
<context>
    <name>OneWindow::AuditEventModel</name>
    <message>
        <location filename="../ui/models/AuditEventModel.cpp" line="53"/>
        <source>带密钥校验码（MAC）</source>
        <translation>Carries a MAC</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditEventModel.cpp" line="53"/>
        <source>密封前的旧事件：只由哈希链校验</source>
        <translation>Written before the seal: checked by the hash chain only</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditEventModel.cpp" line="92"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditEventModel.cpp" line="94"/>
        <source>用户</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditEventModel.cpp" line="96"/>
        <source>窗口</source>
        <translation>Counter</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditEventModel.cpp" line="98"/>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditEventModel.cpp" line="100"/>
        <source>对象</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditEventModel.cpp" line="102"/>
        <source>详情</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditEventModel.cpp" line="104"/>
        <source>序号</source>
        <translation>No.</translation>
    </message>
</context>
<context>
    <name>OneWindow::AuditWorkspace</name>
    <message>
        <location filename="../ui/audit/AuditWorkspace.cpp" line="67"/>
        <source>公民身份号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditWorkspace.cpp" line="71"/>
        <source>办件编号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditWorkspace.cpp" line="75"/>
        <source>群众</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditWorkspace.cpp" line="77"/>
        <source>办件</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditWorkspace.cpp" line="79"/>
        <source>用户</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditWorkspace.cpp" line="81"/>
        <source>窗口</source>
        <translation>Counter</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditWorkspace.cpp" line="83"/>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditWorkspace.cpp" line="87"/>
        <source>从</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditWorkspace.cpp" line="94"/>
        <source>至</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditWorkspace.cpp" line="114"/>
        <source>查询</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditWorkspace.cpp" line="117"/>
        <source>清除条件</source>
        <translation>Clear filter</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditWorkspace.cpp" line="143"/>
        <source>上一页</source>
        <translation>Previous</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditWorkspace.cpp" line="145"/>
        <source>下一页</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditWorkspace.cpp" line="157"/>
        <source>导出 CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditWorkspace.cpp" line="160"/>
        <source>导出当前条件下的全部事件；身份证号、手机号打码；导出本身记入审计日志</source>
        <translation>Exports every event the filter finds; ID and mobile numbers masked; the export itself is audited</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditWorkspace.cpp" line="172"/>
        <source>校验审计链</source>
        <translation>Check the audit chain</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditWorkspace.cpp" line="177"/>
        <source>取消校验</source>
        <translation>Cancel check</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditWorkspace.cpp" line="188"/>
        <source>刷新 (F5)</source>
        <translation>Refresh (F5)</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditWorkspace.cpp" line="201"/>
        <source>审计日志</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditWorkspace.cpp" line="239"/>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditWorkspace.cpp" line="291"/>
        <source>没有符合条件的事件</source>
        <translation>No events match</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditWorkspace.cpp" line="293"/>
        <source>第 %1 页</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditWorkspace.cpp" line="325"/>
        <source>审计链：尚无事件。</source>
        <translation>Audit chain: no events yet.</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditWorkspace.cpp" line="327"/>
        <source>审计链：共 %1 条事件，最后一条为第 %2 条（%3）%4。尚未校验。</source>
        <translation>Audit chain: %1 events, the last is event %2 (%3)%4. Not checked yet.</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditWorkspace.cpp" line="333"/>
        <source>，已用本厅密钥密封</source>
        <translation>, sealed with the hall key</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditWorkspace.cpp" line="333"/>
        <source>，尚未密封</source>
        <translation>, not sealed</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditWorkspace.cpp" line="351"/>
        <source>正在校验审计链：%1 / %2 条事件…</source>
        <translation>Checking the audit chain: %1 / %2 events…</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditWorkspace.cpp" line="359"/>
        <source>正在校验审计链…</source>
        <translation>Checking the audit chain…</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditWorkspace.cpp" line="376"/>
        <source>无法校验审计链：%1</source>
        <translation>Cannot check the audit chain: %1</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditWorkspace.cpp" line="386"/>
        <source>审计链完整：已校验 %1 条事件。</source>
        <translation>Audit chain intact: %1 events checked.</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditWorkspace.cpp" line="388"/>
        <source>其中 %1 条写于密封之前，只由哈希链校验。</source>
        <translation> %1 of them were written before the seal and are checked by the hash chain only.</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditWorkspace.cpp" line="390"/>
        <source>本窗口没有本厅密钥，未校验密钥校验码。</source>
        <translation> This counter has no hall key: the MACs were not checked.</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditWorkspace.cpp" line="396"/>
        <source>审计链在第 %1 条事件（%2）处不符：%3</source>
        <translation>The audit chain breaks at event %1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditWorkspace.cpp" line="403"/>
        <source>审计链没有密封：%1 条事件都没有密钥校验码，从第 %2 条起无法证明未被改动。若这是启用本厅密钥之前的日志，请管理员核对后用 onewindow-cli audit seal 密封；若本厅曾经密封过，说明日志被人改写。</source>
        <translation>The audit chain is not sealed: none of the %1 events carries a MAC, so nothing proves it unaltered from event %2 on. If this log predates the hall key, an administrator checks it and seals it with onewindow-cli audit seal; if this hall was ever sealed, someone rewrote the log.</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditWorkspace.cpp" line="411"/>
        <source>校验已取消（已校验 %1 条事件）。</source>
        <translation>Check cancelled (%1 events checked).</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditWorkspace.cpp" line="420"/>
        <source>该事件的内容被改动过。</source>
        <translation>This event was edited.</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditWorkspace.cpp" line="422"/>
        <source>该事件与前一条事件接不上：之前有事件被删除，或有事件被插入、调换了顺序。</source>
        <translation>This event does not follow the one before it: an earlier event was deleted, or events were inserted or reordered.</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditWorkspace.cpp" line="424"/>
        <source>该事件缺少密钥校验码，而审计链在它之前已经密封。</source>
        <translation>This event carries no MAC although the chain was sealed before it.</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditWorkspace.cpp" line="426"/>
        <source>该事件的密钥校验码不符：它是伪造的，或从这里起整条链被重新计算过。</source>
        <translation>This event&apos;s MAC does not verify: it was forged, or the chain was recomputed from here.</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditWorkspace.cpp" line="428"/>
        <source>该事件在检查点之后，是绕过本程序追加的。</source>
        <translation>This event lies beyond the checkpoint: it was appended behind the program&apos;s back.</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditWorkspace.cpp" line="430"/>
        <source>检查点记录的最后几条事件不见了：日志末尾被删除。</source>
        <translation>The last events the checkpoint names are gone: the end of the log was deleted.</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditWorkspace.cpp" line="432"/>
        <source>检查点与本厅密钥或事件不符：密钥不对，或检查点被改动过。</source>
        <translation>The checkpoint does not match the hall key or the events: a wrong key, or the checkpoint was altered.</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditWorkspace.cpp" line="434"/>
        <source>检查点不见了。</source>
        <translation>The checkpoint is gone.</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditWorkspace.cpp" line="444"/>
        <location filename="../ui/audit/AuditWorkspace.cpp" line="459"/>
        <source>导出审计日志</source>
        <translation>Export the audit trail</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditWorkspace.cpp" line="444"/>
        <source>CSV 文件 (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditWorkspace.cpp" line="453"/>
        <location filename="../ui/audit/AuditWorkspace.cpp" line="476"/>
        <source>无法写入 %1：%2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditWorkspace.cpp" line="457"/>
        <source>正在导出审计日志…</source>
        <translation>Exporting the audit trail…</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditWorkspace.cpp" line="457"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditWorkspace.cpp" line="464"/>
        <source>正在导出审计日志：已写入 %1 条事件…</source>
        <translation>Exporting the audit trail: %1 events written…</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditWorkspace.cpp" line="480"/>
        <source>已导出 %1 条事件到 %2</source>
        <translation>Exported %1 events to %2</translation>
    </message>
</context>
<context>
    <name>OneWindow::CalendarImportDialog</name>
    <message>
        <location filename="../ui/shell/CalendarImportDialog.cpp" line="17"/>
        <source>导入节假日安排</source>
        <translation>Import official holidays</translation>
    </message>
    <message>
        <location filename="../ui/shell/CalendarImportDialog.cpp" line="18"/>
        <source>正在导入节假日安排…</source>
        <translation>Importing the official holidays…</translation>
    </message>
    <message>
        <location filename="../ui/shell/CalendarImportDialog.cpp" line="19"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../ui/shell/CalendarImportDialog.cpp" line="56"/>
        <source>已导入 %1 年：%2 个休息日，%3 个调休上班日。</source>
        <translation>Imported %1: %2 rest days, %3 make-up working days.</translation>
    </message>
</context>
<context>
    <name>OneWindow::CameraScanDialog</name>
    <message>
        <location filename="../ui/counter/CameraScanDialog.cpp" line="26"/>
        <source>摄像头扫码</source>
        <translation>Scan with the camera</translation>
    </message>
    <message>
        <location filename="../ui/counter/CameraScanDialog.cpp" line="34"/>
        <source>没有找到摄像头。请连接摄像头，或使用扫码枪、识别二维码图片。</source>
        <translation>No camera found. Connect one, or use the scanner or a QR code image.</translation>
    </message>
    <message>
        <location filename="../ui/counter/CameraScanDialog.cpp" line="47"/>
        <source>摄像头出错：%1</source>
        <translation>Camera error: %1</translation>
    </message>
    <message>
        <location filename="../ui/counter/CameraScanDialog.cpp" line="49"/>
        <source>请将二维码对准摄像头。</source>
        <translation>Hold the QR code up to the camera.</translation>
    </message>
</context>
<context>
    <name>OneWindow::CaseDetailView</name>
    <message>
        <location filename="../ui/cases/CaseDetailView.cpp" line="66"/>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../ui/cases/CaseDetailView.cpp" line="66"/>
        <location filename="../ui/cases/CaseDetailView.cpp" line="93"/>
        <source>环节</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../ui/cases/CaseDetailView.cpp" line="66"/>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../ui/cases/CaseDetailView.cpp" line="66"/>
        <source>承诺/法定期限</source>
        <translation>Promised / statutory limit</translation>
    </message>
    <message>
        <location filename="../ui/cases/CaseDetailView.cpp" line="66"/>
        <location filename="../ui/cases/CaseDetailView.cpp" line="93"/>
        <source>经办人</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../ui/cases/CaseDetailView.cpp" line="75"/>
        <source>本环节所需信息</source>
        <translation>What this step needs</translation>
    </message>
    <message>
        <location filename="../ui/cases/CaseDetailView.cpp" line="79"/>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../ui/cases/CaseDetailView.cpp" line="79"/>
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../ui/cases/CaseDetailView.cpp" line="89"/>
        <source>办理记录</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../ui/cases/CaseDetailView.cpp" line="93"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../ui/cases/CaseDetailView.cpp" line="93"/>
        <source>操作</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../ui/cases/CaseDetailView.cpp" line="93"/>
        <source>说明</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../ui/cases/CaseDetailView.cpp" line="160"/>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../ui/cases/CaseDetailView.cpp" line="160"/>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../ui/cases/CaseDetailView.cpp" line="201"/>
        <source>%1 · 承诺办结 %2 · 法定期限 %3</source>
        <translation>%1 · promised by %2 · statutory limit %3</translation>
    </message>
    <message>
        <location filename="../ui/cases/CaseDetailView.cpp" line="203"/>
        <source> · 已停止计时 %1 个工作日</source>
        <translation> · clock stopped for %1 working days</translation>
    </message>
    <message>
        <location filename="../ui/cases/CaseDetailView.cpp" line="205"/>
        <source> · 已于 %1 送达</source>
        <translation> · delivered on %1</translation>
    </message>
    <message>
        <location filename="../ui/cases/CaseDetailView.cpp" line="217"/>
        <source>待补正：%1（%2起停止计时）</source>
        <translation>Awaiting supplement: %1 (clock stopped since %2)</translation>
    </message>
    <message>
        <location filename="../ui/cases/CaseDetailView.cpp" line="220"/>
        <source>特别程序：%1，%2，预计 %3 结束</source>
        <translation>Special procedure: %1, %2, expected to end %3</translation>
    </message>
    <message>
        <location filename="../ui/cases/CaseDetailView.cpp" line="226"/>
        <source>容缺：%1 承诺 %2 前补交</source>
        <translation>To follow: %1, promised by %2</translation>
    </message>
    <message>
        <location filename="../ui/cases/CaseDetailView.cpp" line="234"/>
        <source>减免收费待值班长确认：%1（%2 提出）</source>
        <translation>Fee waiver awaiting the supervisor&apos;s confirmation: %1 (proposed by %2)</translation>
    </message>
    <message>
        <location filename="../ui/cases/CaseDetailView.cpp" line="236"/>
        <source>值班长 %1 未确认减免，费用须照常缴纳：%2</source>
        <translation>Supervisor %1 did not confirm the fee waiver; the fees are owed: %2</translation>
    </message>
    <message>
        <location filename="../ui/cases/CaseDetailView.cpp" line="239"/>
        <source>已减免收费：%1（值班长 %2 确认）</source>
        <translation>Fees waived: %1 (confirmed by supervisor %2)</translation>
    </message>
    <message>
        <location filename="../ui/cases/CaseDetailView.cpp" line="242"/>
        <source>不予许可</source>
        <translation>refusal</translation>
    </message>
    <message>
        <location filename="../ui/cases/CaseDetailView.cpp" line="242"/>
        <source>退件</source>
        <translation>return of the file</translation>
    </message>
    <message>
        <location filename="../ui/cases/CaseDetailView.cpp" line="245"/>
        <source>%1 %2待值班长确认：%3（%4 提出）</source>
        <translation>%1: %2 awaiting the supervisor&apos;s confirmation: %3 (proposed by %4)</translation>
    </message>
    <message>
        <location filename="../ui/cases/CaseDetailView.cpp" line="249"/>
        <source>值班长 %1 退回了 %2 的%3：%4</source>
        <translation>Supervisor %1 sent back the %3 of %2: %4</translation>
    </message>
    <message>
        <location filename="../ui/cases/CaseDetailView.cpp" line="282"/>
        <source>（随之）</source>
        <translation>(following) </translation>
    </message>
    <message>
        <location filename="../ui/cases/CaseDetailView.cpp" line="294"/>
        <source>邮寄单号 %1</source>
        <translation>tracking number %1</translation>
    </message>
    <message>
        <location filename="../ui/cases/CaseDetailView.cpp" line="296"/>
        <source>经办人 %1</source>
        <translation>proposed by %1</translation>
    </message>
    <message>
        <location filename="../ui/cases/CaseDetailView.cpp" line="298"/>
        <source>领取人 %1 %2</source>
        <translation>collected by %1 %2</translation>
    </message>
    <message>
        <location filename="../ui/cases/CaseDetailView.cpp" line="340"/>
        <source>（已调取电子证照或既往材料）</source>
        <translation> (electronic licence or earlier material on file)</translation>
    </message>
    <message>
        <location filename="../ui/cases/CaseDetailView.cpp" line="342"/>
        <source>（有扫描件）</source>
        <translation> (scanned)</translation>
    </message>
    <message>
        <location filename="../ui/cases/CaseDetailView.cpp" line="346"/>
        <source>已收材料：无</source>
        <translation>Materials received: none</translation>
    </message>
    <message>
        <location filename="../ui/cases/CaseDetailView.cpp" line="347"/>
        <source>已收材料：%1</source>
        <translation>Materials received: %1</translation>
    </message>
</context>
<context>
    <name>OneWindow::CaseFileModel</name>
    <message>
        <location filename="../ui/models/CaseFileModel.cpp" line="211"/>
        <source>在办件（%1）</source>
        <translation>Open cases (%1)</translation>
    </message>
    <message>
        <location filename="../ui/models/CaseFileModel.cpp" line="213"/>
        <source>草稿与待补材料（%1）</source>
        <translation>Drafts and missing materials (%1)</translation>
    </message>
    <message>
        <location filename="../ui/models/CaseFileModel.cpp" line="215"/>
        <source>可复用材料（%1）</source>
        <translation>Reusable documents (%1)</translation>
    </message>
    <message>
        <location filename="../ui/models/CaseFileModel.cpp" line="217"/>
        <source>今日预约（%1）</source>
        <translation>Today&apos;s appointments (%1)</translation>
    </message>
    <message>
        <location filename="../ui/models/CaseFileModel.cpp" line="219"/>
        <source>历史办件（%1）</source>
        <translation>Past cases (%1)</translation>
    </message>
    <message>
        <location filename="../ui/models/CaseFileModel.cpp" line="254"/>
        <source>待补交：%1</source>
        <translation>Awaiting: %1</translation>
    </message>
    <message>
        <location filename="../ui/models/CaseFileModel.cpp" line="259"/>
        <source>%1/%2 个部门已办结</source>
        <translation>%1/%2 departments done</translation>
    </message>
    <message>
        <location filename="../ui/models/CaseFileModel.cpp" line="271"/>
        <source>%1（暂定）</source>
        <translation>%1 (provisional)</translation>
    </message>
    <message>
        <location filename="../ui/models/CaseFileModel.cpp" line="318"/>
        <source>电子证照</source>
        <translation>Electronic licence</translation>
    </message>
    <message>
        <location filename="../ui/models/CaseFileModel.cpp" line="318"/>
        <source>既往办件材料</source>
        <translation>Material from an earlier case</translation>
    </message>
    <message>
        <location filename="../ui/models/CaseFileModel.cpp" line="320"/>
        <source>有效至 %1</source>
        <translation>Valid until %1</translation>
    </message>
    <message>
        <location filename="../ui/models/CaseFileModel.cpp" line="321"/>
        <source>长期有效</source>
        <translation>No expiry</translation>
    </message>
    <message>
        <location filename="../ui/models/CaseFileModel.cpp" line="347"/>
        <source>已预约</source>
        <translation>Booked</translation>
    </message>
    <message>
        <location filename="../ui/models/CaseFileModel.cpp" line="349"/>
        <source>已到场</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <location filename="../ui/models/CaseFileModel.cpp" line="351"/>
        <source>已办理</source>
        <translation>Served</translation>
    </message>
    <message>
        <location filename="../ui/models/CaseFileModel.cpp" line="353"/>
        <source>已取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../ui/models/CaseFileModel.cpp" line="382"/>
        <source>草稿</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../ui/models/CaseFileModel.cpp" line="382"/>
        <source>一次性告知后待补</source>
        <translation>Waiting after a one-time notification</translation>
    </message>
    <message>
        <location filename="../ui/models/CaseFileModel.cpp" line="385"/>
        <source>填写中，未受理</source>
        <translation>In progress, not accepted</translation>
    </message>
    <message>
        <location filename="../ui/models/CaseFileModel.cpp" line="386"/>
        <source>待补材料 %1 项</source>
        <translation>%1 material(s) missing</translation>
    </message>
    <message>
        <location filename="../ui/models/CaseFileModel.cpp" line="391"/>
        <source>选择此事项即继续办理</source>
        <translation>Pick this matter to carry on</translation>
    </message>
    <message>
        <location filename="../ui/models/CaseFileModel.cpp" line="395"/>
        <source>缺：%1</source>
        <translation>Missing: %1</translation>
    </message>
    <message>
        <location filename="../ui/models/CaseFileModel.cpp" line="395"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../ui/models/CaseFileModel.cpp" line="411"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/models/CaseFileModel.cpp" line="413"/>
        <source>编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../ui/models/CaseFileModel.cpp" line="415"/>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../ui/models/CaseFileModel.cpp" line="417"/>
        <source>时限/有效期</source>
        <translation>Deadline / valid until</translation>
    </message>
    <message>
        <location filename="../ui/models/CaseFileModel.cpp" line="419"/>
        <source>说明</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>OneWindow::CaseFilePage</name>
    <message>
        <location filename="../ui/counter/CaseFilePage.cpp" line="58"/>
        <source>不予受理决定</source>
        <translation>Non-acceptance decisions</translation>
    </message>
    <message>
        <location filename="../ui/counter/CaseFilePage.cpp" line="67"/>
        <source>打印《不予受理通知书》</source>
        <translation>Print Notice of Non-acceptance</translation>
    </message>
    <message>
        <location filename="../ui/counter/CaseFilePage.cpp" line="80"/>
        <source>办理事项</source>
        <translation>Matters</translation>
    </message>
    <message>
        <location filename="../ui/counter/CaseFilePage.cpp" line="84"/>
        <source>名称、拼音首字母或部门</source>
        <translation>Name, pinyin initials or department</translation>
    </message>
    <message>
        <location filename="../ui/counter/CaseFilePage.cpp" line="96"/>
        <source>开始受理 (Enter)</source>
        <translation>Start intake (Enter)</translation>
    </message>
    <message>
        <location filename="../ui/counter/CaseFilePage.cpp" line="169"/>
        <source>待值班长确认，确认后方可打印通知书</source>
        <translation>awaiting the supervisor&apos;s confirmation; the notice prints once confirmed</translation>
    </message>
    <message>
        <location filename="../ui/counter/CaseFilePage.cpp" line="172"/>
        <source>值班长 %1 已确认</source>
        <translation>confirmed by supervisor %1</translation>
    </message>
    <message>
        <location filename="../ui/counter/CaseFilePage.cpp" line="176"/>
        <source>值班长 %1 退回：%2（可继续办理）</source>
        <translation>sent back by supervisor %1: %2 (the intake may go on)</translation>
    </message>
    <message>
        <location filename="../ui/counter/CaseFilePage.cpp" line="181"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../ui/counter/CaseFilePage.cpp" line="218"/>
        <source>首次来办，档案中暂无记录</source>
        <translation>First visit: nothing on file yet</translation>
    </message>
    <message>
        <location filename="../ui/counter/CaseFilePage.cpp" line="220"/>
        <source>%1 · %2 · %3 · 电话 %4</source>
        <translation>%1 · %2 · %3 · phone %4</translation>
    </message>
    <message>
        <location filename="../ui/counter/CaseFilePage.cpp" line="308"/>
        <source>%1（有草稿，继续办理）</source>
        <translation>%1 (draft: carry on)</translation>
    </message>
</context>
<context>
    <name>OneWindow::CasePanel</name>
    <message>
        <location filename="../ui/cases/CasePanel.cpp" line="41"/>
        <source>文书</source>
        <translation>Papers</translation>
    </message>
    <message>
        <location filename="../ui/cases/CasePanel.cpp" line="43"/>
        <source>打印本办件的文书：从已保存的办件生成，再次打印标注“补打”</source>
        <translation>Print this case&apos;s papers: made from the stored case; a second print is marked COPY (补打)</translation>
    </message>
    <message>
        <location filename="../ui/cases/CasePanel.cpp" line="101"/>
        <source>补打《%1》</source>
        <translation>Reprint “%1”</translation>
    </message>
    <message>
        <location filename="../ui/cases/CasePanel.cpp" line="102"/>
        <source>打印《%1》</source>
        <translation>Print “%1”</translation>
    </message>
    <message>
        <location filename="../ui/cases/CasePanel.cpp" line="114"/>
        <source>文书未能生成：%1</source>
        <translation>The paper could not be made: %1</translation>
    </message>
    <message>
        <location filename="../ui/cases/CasePanel.cpp" line="131"/>
        <source>没有找到办件 %1。</source>
        <translation>Case %1 was not found.</translation>
    </message>
    <message>
        <location filename="../ui/cases/CasePanel.cpp" line="196"/>
        <source>%1已报值班长确认，确认前不生效：%2</source>
        <translation>%1 sent to the supervisor; no effect until confirmed: %2</translation>
    </message>
    <message>
        <location filename="../ui/cases/CasePanel.cpp" line="200"/>
        <source>已%1：%2</source>
        <translation>Done (%1): %2</translation>
    </message>
</context>
<context>
    <name>OneWindow::ChangePasswordDialog</name>
    <message>
        <location filename="../ui/shell/ChangePasswordDialog.cpp" line="23"/>
        <source>设置新密码</source>
        <translation>Set a new password</translation>
    </message>
    <message>
        <location filename="../ui/shell/ChangePasswordDialog.cpp" line="26"/>
        <source>您使用的是一次性密码，请先设置自己的新密码。</source>
        <translation>You signed in with a one-time password. Set your own password first.</translation>
    </message>
    <message>
        <location filename="../ui/shell/ChangePasswordDialog.cpp" line="27"/>
        <source>请设置新密码。</source>
        <translation>Set a new password.</translation>
    </message>
    <message>
        <location filename="../ui/shell/ChangePasswordDialog.cpp" line="40"/>
        <source>当前密码</source>
        <translation>Current password</translation>
    </message>
    <message>
        <location filename="../ui/shell/ChangePasswordDialog.cpp" line="41"/>
        <source>新密码（至少 %1 个字符）</source>
        <translation>New password (at least %1 characters)</translation>
    </message>
    <message>
        <location filename="../ui/shell/ChangePasswordDialog.cpp" line="42"/>
        <source>再输入一次</source>
        <translation>Repeat it</translation>
    </message>
    <message>
        <location filename="../ui/shell/ChangePasswordDialog.cpp" line="52"/>
        <source>设置</source>
        <translation>Set</translation>
    </message>
    <message>
        <location filename="../ui/shell/ChangePasswordDialog.cpp" line="53"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../ui/shell/ChangePasswordDialog.cpp" line="64"/>
        <source>两次输入的新密码不一致。</source>
        <translation>The two new passwords differ.</translation>
    </message>
</context>
<context>
    <name>OneWindow::CitizenScreen</name>
    <message>
        <location filename="../ui/citizen/CitizenScreen.cpp" line="39"/>
        <source>一窗通 · 市民屏</source>
        <translation>OneWindow · Citizen screen</translation>
    </message>
    <message>
        <location filename="../ui/citizen/CitizenScreen.cpp" line="49"/>
        <source>欢迎办事</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <location filename="../ui/citizen/CitizenScreen.cpp" line="49"/>
        <source>Welcome</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <location filename="../ui/citizen/CitizenScreen.cpp" line="51"/>
        <source>请将身份证交给窗口工作人员，或出示电子身份码。</source>
        <translation>Please hand your ID card to the clerk or show your e-ID code.</translation>
    </message>
    <message>
        <location filename="../ui/citizen/CitizenScreen.cpp" line="52"/>
        <source>Please hand your ID card to the clerk or show your e-ID code.</source>
        <translation>Please hand your ID card to the clerk or show your e-ID code.</translation>
    </message>
    <message>
        <location filename="../ui/citizen/CitizenScreen.cpp" line="55"/>
        <source>请核对您的身份</source>
        <translation>Is this you?</translation>
    </message>
    <message>
        <location filename="../ui/citizen/CitizenScreen.cpp" line="55"/>
        <source>Is this you?</source>
        <translation>Is this you?</translation>
    </message>
    <message>
        <location filename="../ui/citizen/CitizenScreen.cpp" line="58"/>
        <source>请核对办理内容</source>
        <translation>Please check what will be done</translation>
    </message>
    <message>
        <location filename="../ui/citizen/CitizenScreen.cpp" line="59"/>
        <source>Please check what will be done</source>
        <translation>Please check what will be done</translation>
    </message>
    <message>
        <location filename="../ui/citizen/CitizenScreen.cpp" line="63"/>
        <source>确认无误
This is right</source>
        <translation>This is right</translation>
    </message>
    <message>
        <location filename="../ui/citizen/CitizenScreen.cpp" line="65"/>
        <source>信息有误
Something is wrong</source>
        <translation>Something is wrong</translation>
    </message>
    <message>
        <location filename="../ui/citizen/CitizenScreen.cpp" line="78"/>
        <source>请您评价本次服务</source>
        <translation>How was our service today?</translation>
    </message>
    <message>
        <location filename="../ui/citizen/CitizenScreen.cpp" line="79"/>
        <source>How was our service today?</source>
        <translation>How was our service today?</translation>
    </message>
    <message>
        <location filename="../ui/citizen/CitizenScreen.cpp" line="91"/>
        <source>不评价
No, thank you</source>
        <translation>No, thank you</translation>
    </message>
    <message>
        <location filename="../ui/citizen/CitizenScreen.cpp" line="96"/>
        <source>哪里让您不满意？（可多选）</source>
        <translation>What went wrong? (choose any)</translation>
    </message>
    <message>
        <location filename="../ui/citizen/CitizenScreen.cpp" line="97"/>
        <source>What went wrong? (choose any)</source>
        <translation>What went wrong? (choose any)</translation>
    </message>
    <message>
        <location filename="../ui/citizen/CitizenScreen.cpp" line="108"/>
        <source>提交评价
Submit</source>
        <translation>Submit</translation>
    </message>
    <message>
        <location filename="../ui/citizen/CitizenScreen.cpp" line="112"/>
        <source>谢谢！</source>
        <translation>Thank you!</translation>
    </message>
    <message>
        <location filename="../ui/citizen/CitizenScreen.cpp" line="112"/>
        <source>Thank you!</source>
        <translation>Thank you!</translation>
    </message>
    <message>
        <location filename="../ui/citizen/CitizenScreen.cpp" line="196"/>
        <source>姓名：%1
证件号码：%2</source>
        <translation>Name: %1
ID number: %2</translation>
    </message>
    <message>
        <location filename="../ui/citizen/CitizenScreen.cpp" line="198"/>
        <source>Name and ID number, partly hidden. Tell the clerk if they are not yours.</source>
        <translation>Name and ID number, partly hidden. Tell the clerk if they are not yours.</translation>
    </message>
    <message>
        <location filename="../ui/citizen/CitizenScreen.cpp" line="205"/>
        <source>事项：%1</source>
        <translation>Matter: %1</translation>
    </message>
    <message>
        <location filename="../ui/citizen/CitizenScreen.cpp" line="206"/>
        <source>Matter: %1</source>
        <translation>Matter: %1</translation>
    </message>
    <message>
        <location filename="../ui/citizen/CitizenScreen.cpp" line="208"/>
        <source>%1 · %2 — %3 前办结</source>
        <translation>%1 · %2 — by %3</translation>
    </message>
    <message>
        <location filename="../ui/citizen/CitizenScreen.cpp" line="211"/>
        <source>%1 — by %2</source>
        <translation>%1 — by %2</translation>
    </message>
    <message>
        <location filename="../ui/citizen/CitizenScreen.cpp" line="215"/>
        <source>承诺办结日期：%1</source>
        <translation>Promised by %1</translation>
    </message>
    <message>
        <location filename="../ui/citizen/CitizenScreen.cpp" line="216"/>
        <source>Promised by %1</source>
        <translation>Promised by %1</translation>
    </message>
    <message>
        <location filename="../ui/citizen/CitizenScreen.cpp" line="217"/>
        <source>已收材料：%1</source>
        <translation>Materials handed in: %1</translation>
    </message>
    <message>
        <location filename="../ui/citizen/CitizenScreen.cpp" line="217"/>
        <source>无</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../ui/citizen/CitizenScreen.cpp" line="217"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../ui/citizen/CitizenScreen.cpp" line="218"/>
        <source>Materials handed in: %1</source>
        <translation>Materials handed in: %1</translation>
    </message>
    <message>
        <location filename="../ui/citizen/CitizenScreen.cpp" line="219"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../ui/citizen/CitizenScreen.cpp" line="222"/>
        <source>费用：不收费</source>
        <translation>Fees: none</translation>
    </message>
    <message>
        <location filename="../ui/citizen/CitizenScreen.cpp" line="223"/>
        <source>费用：%1 元（减免，待值班长复核）</source>
        <translation>Fees: CNY %1, waived (to be reviewed)</translation>
    </message>
    <message>
        <location filename="../ui/citizen/CitizenScreen.cpp" line="224"/>
        <source>费用：%1 元</source>
        <translation>Fees: CNY %1</translation>
    </message>
    <message>
        <location filename="../ui/citizen/CitizenScreen.cpp" line="225"/>
        <source>Fees: none</source>
        <translation>Fees: none</translation>
    </message>
    <message>
        <location filename="../ui/citizen/CitizenScreen.cpp" line="226"/>
        <source>Fees: CNY %1, waived (to be reviewed)</source>
        <translation>Fees: CNY %1, waived (to be reviewed)</translation>
    </message>
    <message>
        <location filename="../ui/citizen/CitizenScreen.cpp" line="227"/>
        <source>Fees: CNY %1</source>
        <translation>Fees: CNY %1</translation>
    </message>
    <message>
        <location filename="../ui/citizen/CitizenScreen.cpp" line="274"/>
        <source>您的评价已记录，我们会认真改进。</source>
        <translation>Your rating has been recorded. Thank you.</translation>
    </message>
    <message>
        <location filename="../ui/citizen/CitizenScreen.cpp" line="275"/>
        <source>Your rating has been recorded.</source>
        <translation>Your rating has been recorded.</translation>
    </message>
    <message>
        <location filename="../ui/citizen/CitizenScreen.cpp" line="277"/>
        <source>评价未能保存，请告诉窗口工作人员。</source>
        <translation>Your rating could not be saved. Please tell the clerk.</translation>
    </message>
    <message>
        <location filename="../ui/citizen/CitizenScreen.cpp" line="278"/>
        <source>Your rating could not be saved. Please tell the clerk.</source>
        <translation>Your rating could not be saved. Please tell the clerk.</translation>
    </message>
</context>
<context>
    <name>OneWindow::CounterWorkspace</name>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="59"/>
        <source>读卡 (F2)</source>
        <translation>Read card (F2)</translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="62"/>
        <source>手工录入 (F3)</source>
        <translation>Enter by hand (F3)</translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="66"/>
        <source>下一位 (F12)</source>
        <translation>Next (F12)</translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="69"/>
        <source>识别二维码图片…</source>
        <translation>Read a QR code image…</translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="72"/>
        <source>摄像头扫码 (F4)</source>
        <translation>Camera scan (F4)</translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="97"/>
        <source>请读取证件</source>
        <translation>Read the citizen&apos;s card</translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="102"/>
        <source>请市民将身份证放在读卡器上，按 F2 或点击“读卡”。无法读卡时按 F3 手工录入（交值班长复核）。读卡后自动调取市民在各部门的办件档案，已有材料无需重复提交。</source>
        <translation>Ask the citizen to put their ID card on the reader and press F2 or click &quot;Read card&quot;. When no card can be read, press F3 to enter the identity by hand (a supervisor reviews it). The citizen&apos;s file across departments opens after the read; documents already on file need not be brought again.</translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="112"/>
        <source>查找档案（不读卡，仅供查看）</source>
        <translation>Find a file (without the card, for reading only)</translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="117"/>
        <source>身份证号、姓名或拼音首字母、办件编号、电话</source>
        <translation>ID number, name or pinyin initials, case number, phone</translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="167"/>
        <source>返回档案 (Esc)</source>
        <translation>Back to the file (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="169"/>
        <source>打印回执（最新期限）</source>
        <translation>Print receipt (current dates)</translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="213"/>
        <source>证件已读取，但未能记录，本次读卡无效：%1</source>
        <translation>The card was read but could not be recorded, so the read does not count: %1</translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="225"/>
        <source>读卡器：未配置</source>
        <translation>Reader: not configured</translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="255"/>
        <source>市民表示信息有误：请与市民核对后修改，再按受理。</source>
        <translation>The citizen says something is wrong: check it with them, correct it, then accept again.</translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="286"/>
        <source>综合窗口</source>
        <translation>Counter</translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="318"/>
        <source>读卡器 %1：就绪，请放置证件</source>
        <translation>Reader %1: ready, place a card</translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="320"/>
        <source>读卡器 %1：正在读卡…</source>
        <translation>Reader %1: reading…</translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="322"/>
        <source>读卡器 %1：已读取，请取走证件</source>
        <translation>Reader %1: read, take the card away</translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="324"/>
        <source>读卡器 %1：无响应或故障（%2）</source>
        <translation>Reader %1: not answering or faulty (%2)</translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="329"/>
        <source>读卡器：未找到，请检查连接（自动重试）</source>
        <translation>Reader: not found, check the connection (retrying)</translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="330"/>
        <source>读卡器 %1：已断开，正在重新连接…</source>
        <translation>Reader %1: disconnected, reconnecting…</translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="339"/>
        <source>读卡器：%1 就绪</source>
        <translation>Reader: %1 ready</translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="345"/>
        <source>读卡器：%1 正在读卡…</source>
        <translation>Reader: %1 reading…</translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="380"/>
        <source>选择二维码图片</source>
        <translation>Choose a QR code image</translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="381"/>
        <source>图片 (*.png *.jpg *.jpeg *.bmp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.bmp)</translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="386"/>
        <source>无法打开图片 %1。</source>
        <translation>Cannot open the image %1.</translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="391"/>
        <source>图片中没有找到可识别的二维码。</source>
        <translation>No readable QR code was found in the image.</translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="406"/>
        <source>这不是本大厅的二维码，内容为：
%1</source>
        <translation>This is not a code of this hall. It says:
%1</translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="409"/>
        <source>这是一个网址，不是本大厅的二维码：
%1</source>
        <translation>This is a web address, not a code of this hall:
%1</translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="414"/>
        <source>二维码已过期，请让市民刷新后重新出示。</source>
        <translation>The code has expired: ask the citizen to refresh it and show it again.</translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="416"/>
        <source>二维码版本过新，本窗口程序无法识别，请升级。</source>
        <translation>The code is of a newer version than this counter understands: please upgrade.</translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="417"/>
        <source>二维码校验失败：可能是伪造或被篡改的二维码，已拒绝。</source>
        <translation>The code failed its check: it may be forged or altered, so it was refused.</translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="423"/>
        <source>预约的事项（%1）不在本窗口的事项目录中。</source>
        <translation>The booked matter (%1) is not in this counter&apos;s catalogue.</translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="427"/>
        <source>预约：%1（%2）。请读取申请人的身份证，读卡后自动进入受理。</source>
        <translation>Appointment: %1 (%2). Read the applicant&apos;s ID card; intake starts after the read.</translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="441"/>
        <source>本大厅签发的文书 %1，签名核验通过。</source>
        <translation>A document issued by this hall, %1: signature verified.</translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="444"/>
        <source>电子身份码有效，但未能记录，身份未识别：%1</source>
        <translation>The e-ID code is valid but could not be recorded; nobody is identified: %1</translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="455"/>
        <source>没有找到办件 %1。</source>
        <translation>Case %1 was not found.</translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="463"/>
        <source>由回执二维码打开办件 %1，未核验身份；办理新事项请读卡。</source>
        <translation>Case %1 opened from a receipt code; identity not verified. Read the card to start a new matter.</translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="511"/>
        <source>由档案检索打开，未核验身份；办理新事项请读卡。</source>
        <translation>Opened from a search; identity not verified. Read the card to start a new matter.</translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="519"/>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="529"/>
        <source>一窗通</source>
        <translation>OneWindow</translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="552"/>
        <source>手工录入的身份未能记录：%1</source>
        <translation>The identity entered by hand could not be recorded: %1</translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="582"/>
        <source>请先读取申请人的身份证（F2），或手工录入身份（F3）。</source>
        <translation>First read the applicant&apos;s ID card (F2) or enter the identity by hand (F3).</translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="612"/>
        <source>回执未能生成：%1</source>
        <translation>The receipt could not be written: %1</translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="644"/>
        <source>减免费用须填写理由（交值班长复核）。</source>
        <translation>Waiving the fees needs a reason (the supervisor reviews it).</translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="654"/>
        <source>请市民在市民屏上核对，确认无误后自动受理。</source>
        <translation>Waiting for the citizen to check it on their screen: it is accepted once they confirm.</translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="669"/>
        <source>本次来访未能记录：%1</source>
        <translation>This visit could not be recorded: %1</translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="680"/>
        <source>未能结束本次来访：%1</source>
        <translation>The visit could not be ended: %1</translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="705"/>
        <source>市民已完成评价。</source>
        <translation>The citizen has rated the service.</translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="706"/>
        <source>市民的评价未能保存：%1</source>
        <translation>The citizen's rating could not be saved: %1</translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="721"/>
        <source>申请人：%1</source>
        <translation>Applicant: %1</translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="722"/>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="741"/>
        <source>还有 %1 项需要修改，见各项旁的红字。</source>
        <translation>%1 answers still need changes: see the red notes beside them.</translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="749"/>
        <source>还有 %1 项材料未收取：%2。光标已在材料清单：空格或 Enter 勾选当前一项并转到下一项，F7 全部已收。</source>
        <translation>%1 material(s) not yet received: %2. The cursor is in the checklist: Space or Enter ticks the current one and moves to the next, F7 ticks them all.</translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="752"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="765"/>
        <source>办件 %1 已受理并保存，但回执未能生成：%2</source>
        <translation>Case %1 is accepted and stored, but the receipt could not be produced: %2</translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="769"/>
        <source>办件 %1 已受理，回执已生成</source>
        <translation>Case %1 accepted, receipt written</translation>
    </message>
</context>
<context>
    <name>OneWindow::DashboardWorkspace</name>
    <message>
        <location filename="../ui/dashboard/DashboardWidgets.cpp" line="36"/>
        <source>点击列出这些办件</source>
        <translation>Click to list these cases</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="69"/>
        <source>今日受理</source>
        <translation>Accepted today</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="70"/>
        <source>今日办结</source>
        <translation>Completed today</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="71"/>
        <source>今日送达</source>
        <translation>Delivered today</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="72"/>
        <source>待领取</source>
        <translation>Ready for collection</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="73"/>
        <source>在办</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="74"/>
        <source>待补正</source>
        <translation>Awaiting supplement</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="75"/>
        <source>特别程序中</source>
        <translation>In a special procedure</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="76"/>
        <source>超期办件</source>
        <translation>Overdue cases</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="77"/>
        <source>待复核</source>
        <translation>To review</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="78"/>
        <source>容缺承诺逾期</source>
        <translation>Overdue commitment</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="85"/>
        <source>统计期间</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="88"/>
        <source>今天</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="89"/>
        <source>本周</source>
        <translation>This week</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="90"/>
        <source>本月</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="91"/>
        <source>自选日期</source>
        <translation>Chosen dates</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="101"/>
        <source>导出 CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="103"/>
        <source>PDF 报告…</source>
        <translation>PDF report…</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="135"/>
        <source>窗口</source>
        <translation>Counter</translation>
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
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="136"/>
        <source>受理人</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="137"/>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="177"/>
        <source>事项</source>
        <translation>Matter</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="148"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="148"/>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="418"/>
        <source>按期办结</source>
        <translation>Completed on time</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="148"/>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="422"/>
        <source>超期办结</source>
        <translation>Completed late</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="150"/>
        <source>逐日</source>
        <translation>By day</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="159"/>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="163"/>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="159"/>
        <source>待办环节</source>
        <translation>Steps to work</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="165"/>
        <source>窗口接待</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="167"/>
        <source>好差评</source>
        <translation>Ratings</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="324"/>
        <source>%1 至 %2：受理 %3 件，一次性告知 %4 次，不予受理 %5 次；按期办结 %6 件，超期办结 %7 件；待领取 %8 件（中位 %9 天，最长 %10 天）</source>
        <translation>%1 to %2: %3 accepted, %4 one-time notifications, %5 non-acceptances; %6 completed on time, %7 late; %8 awaiting collection (median %9 days, longest %10)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="355"/>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="371"/>
        <source>（无窗口）</source>
        <translation>(no counter)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="356"/>
        <source>（无受理人）</source>
        <translation>(no clerk)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="357"/>
        <source>（未知事项）</source>
        <translation>(unknown matter)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="364"/>
        <source>各窗口受理量</source>
        <translation>Intake by counter</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="412"/>
        <source>逐日受理与办结</source>
        <translation>Intake and completions by day</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="492"/>
        <source>各部门待办环节</source>
        <translation>Open steps by department</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="493"/>
        <source>期限内</source>
        <translation>Within time</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="537"/>
        <source>%1：%n 件</source>
        <translation>
            <numerusform>%1: %n case</numerusform>
            <numerusform>%1: %n cases</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="572"/>
        <source>导出统计数据</source>
        <translation>Export the figures</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="572"/>
        <source>CSV 文件 (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="583"/>
        <source>导出统计报告</source>
        <translation>Export the report</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="583"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="600"/>
        <source>无法写入 %1：%2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="603"/>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="638"/>
        <source>已导出到 %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="159"/>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="495"/>
        <source>2 个工作日内到期</source>
        <translation>Due within 2 working days</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="159"/>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="497"/>
        <source>超期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="159"/>
        <source>办理决定</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="160"/>
        <source>退回补正率</source>
        <translation>Returned for supplement</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="160"/>
        <source>不予许可率</source>
        <translation>Refusal rate</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="160"/>
        <source>暂停天数</source>
        <translation>Days paused</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="172"/>
        <source>点击图表或表格中的数字，列出其中的办件</source>
        <translation>Click a number in a chart or a table to list the cases behind it</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="177"/>
        <source>办件编号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="177"/>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="177"/>
        <source>受理时间</source>
        <translation>Accepted at</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="224"/>
        <source>大厅概况</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardWorkspace.cpp" line="310"/>
        <source>%1 · 更新于 %2</source>
        <translation>%1 · updated at %2</translation>
    </message>
</context>
<context>
    <name>OneWindow::FileLookupDialog</name>
    <message>
        <location filename="../ui/inbox/FileLookupDialog.cpp" line="27"/>
        <source>查阅市民档案</source>
        <translation>Look up a citizen&apos;s file</translation>
    </message>
    <message>
        <location filename="../ui/inbox/FileLookupDialog.cpp" line="32"/>
        <source>身份证号、姓名或拼音首字母、办件编号、电话</source>
        <translation>ID number, name or pinyin initials, case number, phone</translation>
    </message>
    <message>
        <location filename="../ui/inbox/FileLookupDialog.cpp" line="47"/>
        <source>本部门办件的市民可直接查阅；查阅其他市民的档案须填写事由，事由记入审计日志并交值班长复核。</source>
        <translation>Citizens with a case of your department open directly; anyone else&apos;s file needs a stated purpose, which is written to the audit trail and reviewed by the supervisor.</translation>
    </message>
    <message>
        <location filename="../ui/inbox/FileLookupDialog.cpp" line="54"/>
        <source>事由</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../ui/inbox/FileLookupDialog.cpp" line="69"/>
        <source>查阅</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../ui/inbox/FileLookupDialog.cpp" line="71"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../ui/inbox/FileLookupDialog.cpp" line="88"/>
        <source>请先在结果中选择一位市民。</source>
        <translation>Choose a citizen in the results first.</translation>
    </message>
    <message>
        <location filename="../ui/inbox/FileLookupDialog.cpp" line="97"/>
        <source>%1 的档案（已记入审计日志）</source>
        <translation>%1&apos;s file (written to the audit trail)</translation>
    </message>
</context>
<context>
    <name>OneWindow::FirstStartWizard</name>
    <message>
        <location filename="../ui/setup/FirstStartWizard.cpp" line="145"/>
        <source>新密钥文件保存到</source>
        <translation>Save the new key file to</translation>
    </message>
    <message>
        <location filename="../ui/setup/FirstStartWizard.cpp" line="146"/>
        <source>选择大厅密钥文件</source>
        <translation>Choose the hall&apos;s key file</translation>
    </message>
    <message>
        <location filename="../ui/setup/FirstStartWizard.cpp" line="198"/>
        <source>一窗通 · 新大厅首次启动</source>
        <translation>OneWindow · A new hall&apos;s first start</translation>
    </message>
    <message>
        <location filename="../ui/setup/FirstStartWizard.cpp" line="203"/>
        <source>大厅</source>
        <translation>Hall</translation>
    </message>
    <message>
        <location filename="../ui/setup/FirstStartWizard.cpp" line="204"/>
        <source>这是一个新的数据库，还没有任何账号。请先设置本大厅；设置完成后，其他窗口连接同一数据库即可使用。不会生成任何演示数据。</source>
        <translation>This is a new database without any accounts. Set up the hall first; afterwards the other counters connect to the same database and are ready. No demo data is created.</translation>
    </message>
    <message>
        <location filename="../ui/setup/FirstStartWizard.cpp" line="206"/>
        <source>大厅代码(&amp;H)</source>
        <translation>&amp;Hall code</translation>
    </message>
    <message>
        <location filename="../ui/setup/FirstStartWizard.cpp" line="207"/>
        <source>大厅名称(&amp;N)</source>
        <translation>Hall &amp;name</translation>
    </message>
    <message>
        <location filename="../ui/setup/FirstStartWizard.cpp" line="208"/>
        <source>第一个管理员账号</source>
        <translation>The first administrator</translation>
    </message>
    <message>
        <location filename="../ui/setup/FirstStartWizard.cpp" line="209"/>
        <source>管理员负责账号、窗口设置和事项模板。密码至少 %1 个字符。</source>
        <translation>The administrator looks after accounts, counter settings and form templates. The password needs at least %1 characters.</translation>
    </message>
    <message>
        <location filename="../ui/setup/FirstStartWizard.cpp" line="211"/>
        <source>登录名(&amp;L)</source>
        <translation>&amp;Login</translation>
    </message>
    <message>
        <location filename="../ui/setup/FirstStartWizard.cpp" line="212"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/setup/FirstStartWizard.cpp" line="213"/>
        <source>密码(&amp;P)</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location filename="../ui/setup/FirstStartWizard.cpp" line="214"/>
        <source>再次输入密码</source>
        <translation>Password again</translation>
    </message>
    <message>
        <location filename="../ui/setup/FirstStartWizard.cpp" line="215"/>
        <source>大厅二维码密钥</source>
        <translation>Hall QR key</translation>
    </message>
    <message>
        <location filename="../ui/setup/FirstStartWizard.cpp" line="216"/>
        <source>密钥为本大厅的二维码（回执、预约码）签名。它只生成一次，写入一个文件；把这个文件复制到本大厅的每个窗口。请妥善保管。</source>
        <translation>The key signs the hall&apos;s QR codes (receipts, appointment codes). It is made once and written to a file; copy that file to every counter of the hall and keep it safe.</translation>
    </message>
    <message>
        <location filename="../ui/setup/FirstStartWizard.cpp" line="218"/>
        <source>生成新密钥并写入文件</source>
        <translation>Make a new key and write it to a file</translation>
    </message>
    <message>
        <location filename="../ui/setup/FirstStartWizard.cpp" line="219"/>
        <source>使用已有的密钥文件</source>
        <translation>Use an existing key file</translation>
    </message>
    <message>
        <location filename="../ui/setup/FirstStartWizard.cpp" line="220"/>
        <source>密钥文件(&amp;F)</source>
        <translation>Key &amp;file</translation>
    </message>
    <message>
        <location filename="../ui/setup/FirstStartWizard.cpp" line="221"/>
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../ui/setup/FirstStartWizard.cpp" line="222"/>
        <source>本大厅办理的事项</source>
        <translation>Matters this hall handles</translation>
    </message>
    <message>
        <location filename="../ui/setup/FirstStartWizard.cpp" line="223"/>
        <source>勾选本大厅综合窗口受理的事项。以后可以由管理员调整。</source>
        <translation>Tick the matters this hall&apos;s comprehensive counter accepts. An administrator can change them later.</translation>
    </message>
    <message>
        <location filename="../ui/setup/FirstStartWizard.cpp" line="224"/>
        <source>设置完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../ui/setup/FirstStartWizard.cpp" line="225"/>
        <source>创建大厅</source>
        <translation>Create the hall</translation>
    </message>
    <message>
        <location filename="../ui/setup/FirstStartWizard.cpp" line="226"/>
        <source>下一步(&amp;N) &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location filename="../ui/setup/FirstStartWizard.cpp" line="227"/>
        <source>&lt; 上一步(&amp;B)</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location filename="../ui/setup/FirstStartWizard.cpp" line="228"/>
        <source>开始使用</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../ui/setup/FirstStartWizard.cpp" line="229"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../ui/setup/FirstStartWizard.cpp" line="238"/>
        <source>大厅 %1（%2）已设置，管理员 %3 可以登录。

密钥文件：%4
密钥指纹：%5

请把密钥文件复制到本大厅的每个窗口，并在各窗口的配置文件中写明其位置（hall.key-file）。</source>
        <translation>Hall %1 (%2) is set up; administrator %3 can sign in.

Key file: %4
Key fingerprint: %5

Copy the key file to every counter of the hall and name its place in each counter&apos;s provisioning file (hall.key-file).</translation>
    </message>
</context>
<context>
    <name>OneWindow::FollowUpsDialog</name>
    <message>
        <location filename="../ui/review/FollowUpsDialog.cpp" line="27"/>
        <source>差评整改</source>
        <translation>Follow-ups of poor ratings</translation>
    </message>
    <message>
        <location filename="../ui/review/FollowUpsDialog.cpp" line="30"/>
        <source>包括已办结</source>
        <translation>Include closed ones</translation>
    </message>
    <message>
        <location filename="../ui/review/FollowUpsDialog.cpp" line="37"/>
        <source>评价</source>
        <translation>Rating</translation>
    </message>
    <message>
        <location filename="../ui/review/FollowUpsDialog.cpp" line="37"/>
        <source>办件编号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location filename="../ui/review/FollowUpsDialog.cpp" line="37"/>
        <source>窗口</source>
        <translation>Counter</translation>
    </message>
    <message>
        <location filename="../ui/review/FollowUpsDialog.cpp" line="37"/>
        <source>整改期限</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../ui/review/FollowUpsDialog.cpp" line="37"/>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../ui/review/FollowUpsDialog.cpp" line="37"/>
        <location filename="../ui/review/FollowUpsDialog.cpp" line="54"/>
        <source>整改情况</source>
        <translation>What was done</translation>
    </message>
    <message>
        <location filename="../ui/review/FollowUpsDialog.cpp" line="46"/>
        <source>已电话回访市民</source>
        <translation>The citizen was called back</translation>
    </message>
    <message>
        <location filename="../ui/review/FollowUpsDialog.cpp" line="50"/>
        <source>整改措施和结果（必填）</source>
        <translation>What was done and its result (required)</translation>
    </message>
    <message>
        <location filename="../ui/review/FollowUpsDialog.cpp" line="51"/>
        <source>办结整改</source>
        <translation>Close the follow-up</translation>
    </message>
    <message>
        <location filename="../ui/review/FollowUpsDialog.cpp" line="84"/>
        <source>已办结</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../ui/review/FollowUpsDialog.cpp" line="85"/>
        <source>已逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../ui/review/FollowUpsDialog.cpp" line="86"/>
        <source>整改中</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../ui/review/FollowUpsDialog.cpp" line="88"/>
        <source>（未受理）</source>
        <translation>(nothing accepted)</translation>
    </message>
    <message>
        <location filename="../ui/review/FollowUpsDialog.cpp" line="105"/>
        <source>没有待整改的差评。</source>
        <translation>No poor rating waits for a follow-up.</translation>
    </message>
    <message>
        <location filename="../ui/review/FollowUpsDialog.cpp" line="119"/>
        <source>请填写整改措施和结果。</source>
        <translation>Say what was done and its result.</translation>
    </message>
    <message>
        <location filename="../ui/review/FollowUpsDialog.cpp" line="127"/>
        <source>整改已办结。</source>
        <translation>The follow-up is closed.</translation>
    </message>
</context>
<context>
    <name>OneWindow::IdentityPanel</name>
    <message>
        <location filename="../ui/counter/IdentityPanel.cpp" line="20"/>
        <source>证件信息</source>
        <translation>Identity</translation>
    </message>
    <message>
        <location filename="../ui/counter/IdentityPanel.cpp" line="50"/>
        <source>照片不可用</source>
        <translation>Photo unavailable</translation>
    </message>
    <message>
        <location filename="../ui/counter/IdentityPanel.cpp" line="56"/>
        <source>身份证照片为加密格式，需要配置厂商解码插件才能显示</source>
        <translation>The card photo is encrypted; a vendor decoder plugin is needed to show it</translation>
    </message>
    <message>
        <location filename="../ui/counter/IdentityPanel.cpp" line="61"/>
        <source>性别</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../ui/counter/IdentityPanel.cpp" line="62"/>
        <source>民族</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <location filename="../ui/counter/IdentityPanel.cpp" line="63"/>
        <source>出生</source>
        <translation>Born</translation>
    </message>
    <message>
        <location filename="../ui/counter/IdentityPanel.cpp" line="71"/>
        <source>住址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../ui/counter/IdentityPanel.cpp" line="70"/>
        <source>公民身份号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../ui/counter/IdentityPanel.cpp" line="72"/>
        <source>签发机关</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <location filename="../ui/counter/IdentityPanel.cpp" line="73"/>
        <source>有效期限</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location filename="../ui/counter/IdentityPanel.cpp" line="99"/>
        <source>请将身份证放在读卡器上，按 F2 读卡</source>
        <translation>Place the ID card on the reader and press F2</translation>
    </message>
    <message>
        <location filename="../ui/counter/IdentityPanel.cpp" line="128"/>
        <source>无证件信息（手工录入或电子身份码）</source>
        <translation>No card data (entered by hand or from an e-ID code)</translation>
    </message>
    <message>
        <location filename="../ui/counter/IdentityPanel.cpp" line="132"/>
        <source>长期</source>
        <translation>long-term</translation>
    </message>
</context>
<context>
    <name>OneWindow::InboxModel</name>
    <message>
        <location filename="../ui/models/InboxModel.cpp" line="121"/>
        <source>值班长 %1 退回：%2</source>
        <translation>Sent back by supervisor %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/models/InboxModel.cpp" line="123"/>
        <source>已报值班长确认，确认前不能办理</source>
        <translation>With the supervisor; nothing can be done until confirmed</translation>
    </message>
    <message>
        <location filename="../ui/models/InboxModel.cpp" line="125"/>
        <source>已超期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../ui/models/InboxModel.cpp" line="127"/>
        <source>2 个工作日内到期</source>
        <translation>Due within 2 working days</translation>
    </message>
    <message>
        <location filename="../ui/models/InboxModel.cpp" line="129"/>
        <source>暂停计时</source>
        <translation>Clock stopped</translation>
    </message>
    <message>
        <location filename="../ui/models/InboxModel.cpp" line="136"/>
        <source>%1（超期）</source>
        <translation>%1 (overdue)</translation>
    </message>
    <message>
        <location filename="../ui/models/InboxModel.cpp" line="138"/>
        <source>%1（将到期）</source>
        <translation>%1 (due soon)</translation>
    </message>
    <message>
        <location filename="../ui/models/InboxModel.cpp" line="149"/>
        <source>%1（值班长退回：%2）</source>
        <translation>%1 (sent back by the supervisor: %2)</translation>
    </message>
    <message>
        <location filename="../ui/models/InboxModel.cpp" line="170"/>
        <source>承诺期限</source>
        <translation>Promised by</translation>
    </message>
    <message>
        <location filename="../ui/models/InboxModel.cpp" line="172"/>
        <source>办件编号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location filename="../ui/models/InboxModel.cpp" line="174"/>
        <source>事项</source>
        <translation>Matter</translation>
    </message>
    <message>
        <location filename="../ui/models/InboxModel.cpp" line="176"/>
        <source>环节</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../ui/models/InboxModel.cpp" line="178"/>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../ui/models/InboxModel.cpp" line="180"/>
        <source>经办人</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../ui/models/InboxModel.cpp" line="182"/>
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
</context>
<context>
    <name>OneWindow::InboxWorkspace</name>
    <message>
        <location filename="../ui/inbox/InboxWorkspace.cpp" line="40"/>
        <source>全部部门</source>
        <translation>All departments</translation>
    </message>
    <message>
        <location filename="../ui/inbox/InboxWorkspace.cpp" line="48"/>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../ui/inbox/InboxWorkspace.cpp" line="52"/>
        <source>%1 待办</source>
        <translation>%1 inbox</translation>
    </message>
    <message>
        <location filename="../ui/inbox/InboxWorkspace.cpp" line="57"/>
        <source>只看我认领的</source>
        <translation>Only mine</translation>
    </message>
    <message>
        <location filename="../ui/inbox/InboxWorkspace.cpp" line="59"/>
        <source>只看超期</source>
        <translation>Only overdue</translation>
    </message>
    <message>
        <location filename="../ui/inbox/InboxWorkspace.cpp" line="86"/>
        <source>刷新 (F5)</source>
        <translation>Refresh (F5)</translation>
    </message>
    <message>
        <location filename="../ui/inbox/InboxWorkspace.cpp" line="93"/>
        <source>查阅档案…</source>
        <translation>Look up a file…</translation>
    </message>
    <message>
        <location filename="../ui/inbox/InboxWorkspace.cpp" line="110"/>
        <source>部门待办</source>
        <translation>Inbox</translation>
    </message>
    <message>
        <location filename="../ui/inbox/InboxWorkspace.cpp" line="144"/>
        <source>前 %1 项</source>
        <translation>First %1</translation>
    </message>
    <message>
        <location filename="../ui/inbox/InboxWorkspace.cpp" line="145"/>
        <source>共 %1 项</source>
        <translation>%1 in all</translation>
    </message>
</context>
<context>
    <name>OneWindow::IntakePage</name>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="81"/>
        <source>%1 %2 份</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="169"/>
        <source>收费</source>
        <translation>Fees</translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="194"/>
        <source>返回档案 (Esc)</source>
        <translation>Back to the file (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="197"/>
        <source>一次性告知书 (F8)</source>
        <translation>One-time notification (F8)</translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="199"/>
        <source>打印缺少的全部材料及原因，保存草稿待市民补齐后继续办理</source>
        <translation>Print everything missing with the reasons and keep the draft until the citizen comes back</translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="200"/>
        <source>受理 (F9)</source>
        <translation>Accept (F9)</translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="82"/>
        <source>原件</source>
        <translation>original</translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="82"/>
        <source>复印件</source>
        <translation>copy</translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="141"/>
        <source>材料清单 (F6)</source>
        <translation>Materials (F6)</translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="155"/>
        <source>全部已收 (F7)</source>
        <translation>All received (F7)</translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="157"/>
        <source>市民已交齐清单上全部材料时，一键全部勾选</source>
        <translation>When the citizen has handed over everything on the list, tick it all at once</translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="160"/>
        <source>空格或 Enter：勾选当前材料并转到下一项。已有电子证照或本次读卡核验的材料自动勾选，无需再收。</source>
        <translation>Space or Enter: tick the current material and move to the next. Materials on file or proven by this card read are ticked already.</translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="206"/>
        <source>书面说明不予受理的理由和法律依据，报值班长确认后打印《不予受理通知书》</source>
        <translation>State the reason and legal ground for not accepting in writing; the Notice of Non-acceptance prints once the supervisor confirms</translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="287"/>
        <source>草稿已自动保存 %1</source>
        <translation>Draft saved %1</translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="294"/>
        <source>已受理为办件 %1，草稿不再保存</source>
        <translation>Accepted as case %1: the draft is no longer saved</translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="294"/>
        <source>草稿暂未能保存（%1），填写内容仍在本机，将自动重试</source>
        <translation>Draft not saved yet (%1); the answers stay on this computer and saving is retried</translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="366"/>
        <source>请将“%1”的身份证放在读卡器上</source>
        <translation>Place the ID card of “%1” on the reader</translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="407"/>
        <source>第 %1/%2 部分：%3（Ctrl+PgDn 下一部分，Ctrl+PgUp 上一部分）</source>
        <translation>Part %1 of %2: %3 (Ctrl+PgDn next part, Ctrl+PgUp previous part)</translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="776"/>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="260"/>
        <location filename="../ui/counter/IntakePage.cpp" line="827"/>
        <source>材料已收齐，可以受理 (F9)</source>
        <translation>All materials received: ready to accept (F9)</translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="261"/>
        <location filename="../ui/counter/IntakePage.cpp" line="828"/>
        <source>材料已收齐；表单还有未填的项目，受理 (F9) 时逐项提示</source>
        <translation>All materials received; some answers are still missing, F9 shows them</translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="855"/>
        <source>已将清单上的材料全部标记为已收</source>
        <translation>Every material on the list marked received</translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="907"/>
        <source>“%1”的证件有问题：%2。请另行核验，受理时须说明理由。</source>
        <translation>The card of &quot;%1&quot; has a problem: %2. Check the identity another way; accepting will ask for your reason.</translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="474"/>
        <source>已恢复 %1 保存的草稿</source>
        <translation>Draft of %1 resumed</translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="176"/>
        <source>减免费用（交值班长复核）</source>
        <translation>Waive the fees (the supervisor reviews it)</translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="180"/>
        <source>减免理由，如：最低生活保障对象</source>
        <translation>Why, e.g. on minimum living allowance (低保)</translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="181"/>
        <source>减免理由</source>
        <translation>Reason for waiving the fees</translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="203"/>
        <source>不予受理…</source>
        <translation>Not accepted…</translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="234"/>
        <source>受理（办理中）</source>
        <translation>Accept (during intake)</translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="235"/>
        <source>打印一次性告知书（办理中）</source>
        <translation>Print the one-time notification (during intake)</translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="237"/>
        <source>保存草稿并返回档案（办理中）</source>
        <translation>Save the draft and go back to the file (during intake)</translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="241"/>
        <source>下一页（办理中）</source>
        <translation>Next page (during intake)</translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="243"/>
        <source>上一页（办理中）</source>
        <translation>Previous page (during intake)</translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="245"/>
        <source>保存草稿（办理中）</source>
        <translation>Save the draft (during intake)</translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="247"/>
        <source>材料清单（办理中）</source>
        <translation>Materials checklist (during intake)</translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="248"/>
        <source>材料全部已收（办理中）</source>
        <translation>All materials received (during intake)</translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="477"/>
        <source>已恢复 %1 保存的草稿（事项模板已由第 %2 版更新为第 %3 版，请核对）</source>
        <translation>Draft of %1 resumed (the matter changed from version %2 to %3: please check)</translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="484"/>
        <source>草稿暂不可读：%1</source>
        <translation>Drafts cannot be read now: %1</translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="625"/>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="627"/>
        <source> — 已有，自动勾选</source>
        <translation> — on file, ticked</translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="629"/>
        <source> — 已在表单中收取</source>
        <translation> — received in the form</translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="648"/>
        <source>%1：%2 元</source>
        <translation>%1: %2 yuan</translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="650"/>
        <source>本事项不收费</source>
        <translation>No fees for this matter</translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="651"/>
        <source>合计：%1 元</source>
        <translation>Total: %1 yuan</translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="787"/>
        <location filename="../ui/counter/IntakePage.cpp" line="792"/>
        <source>草稿中的读卡记录暂不可读：%1</source>
        <translation>The draft&apos;s card reads cannot be read now: %1</translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="912"/>
        <source>已读取“%1”的身份证</source>
        <translation>Card of “%1” read</translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="1051"/>
        <source>材料齐全、信息完整，可直接受理 (F9)</source>
        <translation>Everything is complete: accept with F9</translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="1062"/>
        <source>一次性告知书未能生成：%1</source>
        <translation>The one-time notification could not be written: %1</translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="1069"/>
        <source>已生成一次性告知书（缺 %1 项材料），草稿已保存，市民补齐后读卡即可继续办理。</source>
        <translation>One-time notification written (%1 materials missing); the draft is saved and resumes when the citizen&apos;s card is read again.</translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="1108"/>
        <source>不予受理决定未能记录：%1</source>
        <translation>The non-acceptance could not be recorded: %1</translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="1113"/>
        <source>不予受理决定（%1）已报值班长确认。确认后在市民档案中打印《不予受理通知书》交申请人；退回则可继续办理。</source>
        <translation>Non-acceptance %1 sent to the supervisor. Once confirmed, print the Notice of Non-acceptance from the citizen&apos;s file for the applicant; if sent back, the intake may go on.</translation>
    </message>
</context>
<context>
    <name>OneWindow::LoginDialog</name>
    <message>
        <location filename="../ui/shell/LoginDialog.cpp" line="40"/>
        <source>一窗通 · 已锁定</source>
        <translation>OneWindow · Locked</translation>
    </message>
    <message>
        <location filename="../ui/shell/LoginDialog.cpp" line="41"/>
        <source>窗口已锁定，请重新登录</source>
        <translation>The counter is locked: sign in again</translation>
    </message>
    <message>
        <location filename="../ui/shell/LoginDialog.cpp" line="63"/>
        <source>请先设置新密码后再登录。</source>
        <translation>Set a new password before signing in.</translation>
    </message>
</context>
<context>
    <name>OneWindow::MainWindow</name>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="164"/>
        <source>一窗通 · %1 · %2号窗口</source>
        <translation>OneWindow · %1 · counter %2</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="166"/>
        <source>工作区</source>
        <translation>Workspaces</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="167"/>
        <source>操作</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="168"/>
        <source>当前账号没有可用的工作区，请联系管理员分配角色。</source>
        <translation>This account has no workspace. Ask an administrator to assign a role.</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="170"/>
        <source>数据库：本机</source>
        <translation>Database: this computer</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="171"/>
        <source>数据库：大厅服务器（%1）</source>
        <translation>Database: hall server (%1)</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="173"/>
        <source>锁定窗口，离开时使用</source>
        <translation>Lock the counter when you leave</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="175"/>
        <source>数据库、大厅、窗口编号、读卡器、打印机和界面语言</source>
        <translation>Database, hall, counter number, card reader, printers and interface language</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="176"/>
        <source>导入节假日安排…</source>
        <translation>Import official holidays…</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="178"/>
        <source>导入国务院公布的法定节假日和调休上班日（TSV 或 iCalendar 文件）</source>
        <translation>Import the public holidays and make-up working days the State Council published (TSV or iCalendar file)</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="179"/>
        <source>我的好差评</source>
        <translation>My ratings</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="180"/>
        <source>市民对我的评价：今天和本月各等级的数量与满意率</source>
        <translation>How citizens rated me: the count per level and the satisfaction rate, today and this month</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="181"/>
        <source>快捷键帮助 (F1)</source>
        <translation>Keyboard help (F1)</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="182"/>
        <source>列出当前工作区的所有快捷键</source>
        <translation>List every shortcut of the current workspace</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="192"/>
        <source>缺少 %1 年法定节假日安排：跨入该年的时限为暂定</source>
        <translation>No official holidays for %1: deadlines in that year are provisional</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="194"/>
        <source>国务院每年 11 至 12 月公布下一年的节假日安排。请管理员用“导入节假日安排”或 onewindow-cli calendar import 导入。</source>
        <translation>The State Council publishes next year&apos;s holidays in November or December. An administrator imports them with &quot;Import official holidays&quot; or onewindow-cli calendar import.</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="250"/>
        <source>选择节假日安排文件</source>
        <translation>Choose the holiday file</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="251"/>
        <source>节假日安排 (*.ics *.ical *.tsv *.txt);;所有文件 (*)</source>
        <translation>Holiday lists (*.ics *.ical *.tsv *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="258"/>
        <source>导入节假日安排</source>
        <translation>Import official holidays</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="270"/>
        <source>%1 · %2号窗口 · %3（%4）</source>
        <translation>%1 · counter %2 · %3 (%4)</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="172"/>
        <source>锁屏 (Ctrl+L)</source>
        <translation>Lock (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="174"/>
        <source>窗口设置</source>
        <translation>Counter settings</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="274"/>
        <source>%1 · %2号窗口</source>
        <translation>%1 · counter %2</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="107"/>
        <source>无法接收其他窗口的实时更新，请手动刷新。</source>
        <translation>Live updates from other counters are unavailable: reopen the file to refresh it.</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="109"/>
        <source>有模板无法加载，已跳过：%1</source>
        <translation>A template could not be loaded and was skipped: %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="113"/>
        <source>本窗口的大厅密钥与大厅设置时的不同：本窗口打印的二维码在其他窗口无法识别。请管理员复制正确的密钥文件。</source>
        <translation>This counter&apos;s hall key is not the one the hall was set up with: QR codes printed here will not open at other counters. An administrator should copy the right key file.</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="117"/>
        <source>数据库属于另一个大厅，请检查本窗口的大厅代码。</source>
        <translation>The database belongs to another hall; check this counter&apos;s hall code.</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="282"/>
        <source>数据库：大厅服务器已连接</source>
        <translation>Database: hall server connected</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="283"/>
        <source>数据库：本机数据已连接</source>
        <translation>Database: this computer&apos;s data connected</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="287"/>
        <source>数据库：大厅服务器无法连接</source>
        <translation>Database: hall server unreachable</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="288"/>
        <source>数据库：本机数据无法打开</source>
        <translation>Database: this computer&apos;s data cannot be opened</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="502"/>
        <source>设置已保存，重新启动后生效。</source>
        <translation>Settings saved; they take effect at the next start.</translation>
    </message>
</context>
<context>
    <name>OneWindow::ManualIdentityDialog</name>
    <message>
        <location filename="../ui/counter/ManualIdentityDialog.cpp" line="18"/>
        <source>证件芯片损坏</source>
        <translation>Damaged card chip</translation>
    </message>
    <message>
        <location filename="../ui/counter/ManualIdentityDialog.cpp" line="19"/>
        <source>证件遗失，持临时身份证明</source>
        <translation>Card lost; temporary identity certificate shown</translation>
    </message>
    <message>
        <location filename="../ui/counter/ManualIdentityDialog.cpp" line="20"/>
        <source>读卡器故障</source>
        <translation>Card reader fault</translation>
    </message>
    <message>
        <location filename="../ui/counter/ManualIdentityDialog.cpp" line="21"/>
        <source>其他原因</source>
        <translation>Other reason</translation>
    </message>
    <message>
        <location filename="../ui/counter/ManualIdentityDialog.cpp" line="39"/>
        <source>请输入18位号码（15位旧号码会自动升位）</source>
        <translation>Type the 18-character number (a 15-digit old number is converted)</translation>
    </message>
    <message>
        <location filename="../ui/counter/ManualIdentityDialog.cpp" line="41"/>
        <source>✓ 出生 %1，%2</source>
        <translation>✓ born %1, %2</translation>
    </message>
    <message>
        <location filename="../ui/counter/ManualIdentityDialog.cpp" line="45"/>
        <source>已输入 %1 位</source>
        <translation>%1 characters typed</translation>
    </message>
</context>
<context>
    <name>OneWindow::NonAcceptanceDialog</name>
    <message>
        <location filename="../ui/counter/NonAcceptanceDialog.cpp" line="16"/>
        <source>行政许可法第三十二条第一款第（一）项：申请事项依法不需要取得行政许可</source>
        <translation>Administrative Licensing Law Art. 32(1)(1): the matter needs no licence</translation>
    </message>
    <message>
        <location filename="../ui/counter/NonAcceptanceDialog.cpp" line="20"/>
        <source>行政许可法第三十二条第一款第（二）项：申请事项依法不属于本机关职权范围</source>
        <translation>Administrative Licensing Law Art. 32(1)(2): the matter is not within this authority&apos;s competence</translation>
    </message>
</context>
<context>
    <name>OneWindow::OverrideDialog</name>
    <message>
        <location filename="../ui/counter/OverrideDialog.cpp" line="21"/>
        <source>（常用理由）</source>
        <translation>(usual reasons)</translation>
    </message>
    <message>
        <location filename="../ui/counter/OverrideDialog.cpp" line="23"/>
        <source>市民另行出示了有效的身份证明，已核对</source>
        <translation>The citizen showed another valid proof of identity; checked</translation>
    </message>
    <message>
        <location filename="../ui/counter/OverrideDialog.cpp" line="23"/>
        <source>本事项不要求有效期内的证件</source>
        <translation>This matter does not require a card within its validity</translation>
    </message>
    <message>
        <location filename="../ui/counter/OverrideDialog.cpp" line="24"/>
        <source>读卡核验失败，已人工核对证件与本人</source>
        <translation>The card check failed; card and person checked by hand</translation>
    </message>
    <message>
        <location filename="../ui/counter/OverrideDialog.cpp" line="24"/>
        <source>市民通过电子身份码核验，已核对本人</source>
        <translation>Identified by e-ID code; the person checked</translation>
    </message>
    <message>
        <location filename="../ui/counter/OverrideDialog.cpp" line="34"/>
        <source>仍予受理</source>
        <translation>Accept anyway</translation>
    </message>
    <message>
        <location filename="../ui/counter/OverrideDialog.cpp" line="38"/>
        <source>返回修改</source>
        <translation>Go back</translation>
    </message>
</context>
<context>
    <name>OneWindow::OwnRatingsDialog</name>
    <message>
        <location filename="../ui/ratings/OwnRatingsDialog.cpp" line="24"/>
        <source>今天</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../ui/ratings/OwnRatingsDialog.cpp" line="24"/>
        <source>本月</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../ui/ratings/OwnRatingsDialog.cpp" line="28"/>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../ui/ratings/OwnRatingsDialog.cpp" line="28"/>
        <source>满意率</source>
        <translation>Satisfaction rate</translation>
    </message>
</context>
<context>
    <name>OneWindow::PaperLayoutEditor</name>
    <message>
        <location filename="../ui/settings/PaperLayoutEditor.cpp" line="14"/>
        <source>A4 纸</source>
        <translation>A4 sheet</translation>
    </message>
    <message>
        <location filename="../ui/settings/PaperLayoutEditor.cpp" line="16"/>
        <source>A5 纸</source>
        <translation>A5 sheet</translation>
    </message>
    <message>
        <location filename="../ui/settings/PaperLayoutEditor.cpp" line="18"/>
        <source>80 毫米热敏小票</source>
        <translation>80 mm thermal roll</translation>
    </message>
    <message>
        <location filename="../ui/settings/PaperLayoutEditor.cpp" line="24"/>
        <source>文书纸张</source>
        <translation>Paper for documents</translation>
    </message>
</context>
<context>
    <name>OneWindow::PersonFieldEditor</name>
    <message>
        <location filename="../ui/counter/fields/PersonFieldEditor.cpp" line="23"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/counter/fields/PersonFieldEditor.cpp" line="26"/>
        <source>身份证号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../ui/counter/fields/PersonFieldEditor.cpp" line="34"/>
        <source>手机号码</source>
        <translation>Mobile number</translation>
    </message>
    <message>
        <location filename="../ui/counter/fields/PersonFieldEditor.cpp" line="50"/>
        <source>读卡 (F3)</source>
        <translation>Read card (F3)</translation>
    </message>
    <message>
        <location filename="../ui/counter/fields/PersonFieldEditor.cpp" line="52"/>
        <source>请此人将身份证放在读卡器上，按 F3（光标在此人的输入框中时）</source>
        <translation>Ask this person to put their ID card on the reader and press F3 (with the cursor in their fields)</translation>
    </message>
    <message>
        <location filename="../ui/counter/fields/PersonFieldEditor.cpp" line="92"/>
        <source>从档案中选择（%1 人）</source>
        <translation>Choose from the file (%1 people)</translation>
    </message>
</context>
<context>
    <name>OneWindow::PersonSearchModel</name>
    <message>
        <location filename="../ui/models/PersonSearchModel.cpp" line="105"/>
        <source>男</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../ui/models/PersonSearchModel.cpp" line="105"/>
        <source>女</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../ui/models/PersonSearchModel.cpp" line="112"/>
        <location filename="../ui/models/PersonSearchModel.cpp" line="136"/>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../ui/models/PersonSearchModel.cpp" line="114"/>
        <location filename="../ui/models/PersonSearchModel.cpp" line="142"/>
        <source>手机号</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../ui/models/PersonSearchModel.cpp" line="116"/>
        <source>姓名拼音首字母</source>
        <translation>Name initials (pinyin)</translation>
    </message>
    <message>
        <location filename="../ui/models/PersonSearchModel.cpp" line="118"/>
        <source>办件编号 %1</source>
        <translation>Case number %1</translation>
    </message>
    <message>
        <location filename="../ui/models/PersonSearchModel.cpp" line="119"/>
        <location filename="../ui/models/PersonSearchModel.cpp" line="134"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/models/PersonSearchModel.cpp" line="138"/>
        <source>性别</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../ui/models/PersonSearchModel.cpp" line="140"/>
        <source>出生日期</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../ui/models/PersonSearchModel.cpp" line="144"/>
        <source>匹配</source>
        <translation>Matched by</translation>
    </message>
</context>
<context>
    <name>OneWindow::RatingFiguresPage</name>
    <message>
        <location filename="../ui/dashboard/RatingFiguresPage.cpp" line="36"/>
        <location filename="../ui/dashboard/RatingFiguresPage.cpp" line="112"/>
        <source>评价</source>
        <translation>Ratings</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/RatingFiguresPage.cpp" line="36"/>
        <location filename="../ui/dashboard/RatingFiguresPage.cpp" line="42"/>
        <source>评价数</source>
        <translation>Ratings</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/RatingFiguresPage.cpp" line="40"/>
        <source>差评整改</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/RatingFiguresPage.cpp" line="40"/>
        <source>待整改</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/RatingFiguresPage.cpp" line="40"/>
        <source>已逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/RatingFiguresPage.cpp" line="40"/>
        <source>期间新增</source>
        <translation>Opened in the range</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/RatingFiguresPage.cpp" line="40"/>
        <source>期间办结</source>
        <translation>Closed in the range</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/RatingFiguresPage.cpp" line="42"/>
        <source>差评</source>
        <translation>Poor</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/RatingFiguresPage.cpp" line="42"/>
        <source>满意率</source>
        <translation>Satisfaction rate</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/RatingFiguresPage.cpp" line="44"/>
        <source>窗口</source>
        <translation>Counter</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/RatingFiguresPage.cpp" line="46"/>
        <source>受理人</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/RatingFiguresPage.cpp" line="48"/>
        <source>事项</source>
        <translation>Matter</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/RatingFiguresPage.cpp" line="66"/>
        <source>满意率 %1（非常满意、满意、基本满意 %2 件 / 评价 %3 件）</source>
        <translation>Satisfaction rate %1 (very satisfied, satisfied and fairly satisfied: %2 of %3 ratings)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/RatingFiguresPage.cpp" line="84"/>
        <source>全大厅</source>
        <translation>Whole hall</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/RatingFiguresPage.cpp" line="111"/>
        <source>好差评：各等级评价数</source>
        <translation>Ratings by level</translation>
    </message>
</context>
<context>
    <name>OneWindow::ReceiptPreviewDialog</name>
    <message>
        <location filename="../ui/common/ReceiptPreviewDialog.cpp" line="57"/>
        <source>文书预览</source>
        <translation>Document preview</translation>
    </message>
    <message>
        <location filename="../ui/common/ReceiptPreviewDialog.cpp" line="61"/>
        <source>上一页</source>
        <translation>Previous</translation>
    </message>
    <message>
        <location filename="../ui/common/ReceiptPreviewDialog.cpp" line="62"/>
        <source>上一页 (PgUp)</source>
        <translation>Previous page (PgUp)</translation>
    </message>
    <message>
        <location filename="../ui/common/ReceiptPreviewDialog.cpp" line="63"/>
        <source>下一页</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../ui/common/ReceiptPreviewDialog.cpp" line="64"/>
        <source>下一页 (PgDown)</source>
        <translation>Next page (PgDown)</translation>
    </message>
    <message>
        <location filename="../ui/common/ReceiptPreviewDialog.cpp" line="68"/>
        <source>缩小</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../ui/common/ReceiptPreviewDialog.cpp" line="69"/>
        <source>缩小 (Ctrl+-)</source>
        <translation>Zoom out (Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../ui/common/ReceiptPreviewDialog.cpp" line="70"/>
        <source>放大</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../ui/common/ReceiptPreviewDialog.cpp" line="71"/>
        <source>放大 (Ctrl++)</source>
        <translation>Zoom in (Ctrl++)</translation>
    </message>
    <message>
        <location filename="../ui/common/ReceiptPreviewDialog.cpp" line="73"/>
        <location filename="../ui/common/ReceiptPreviewDialog.cpp" line="207"/>
        <source>适合宽度</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <location filename="../ui/common/ReceiptPreviewDialog.cpp" line="73"/>
        <source>按页面宽度显示</source>
        <translation>Fit the page width</translation>
    </message>
    <message>
        <location filename="../ui/common/ReceiptPreviewDialog.cpp" line="75"/>
        <location filename="../ui/common/ReceiptPreviewDialog.cpp" line="208"/>
        <source>整页</source>
        <translation>Whole page</translation>
    </message>
    <message>
        <location filename="../ui/common/ReceiptPreviewDialog.cpp" line="75"/>
        <source>显示整页</source>
        <translation>Show the whole page</translation>
    </message>
    <message>
        <location filename="../ui/common/ReceiptPreviewDialog.cpp" line="97"/>
        <source>打印(&amp;P)</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <location filename="../ui/common/ReceiptPreviewDialog.cpp" line="102"/>
        <source>选择打印机(&amp;R)…</source>
        <translation>P&amp;rinter…</translation>
    </message>
    <message>
        <location filename="../ui/common/ReceiptPreviewDialog.cpp" line="105"/>
        <source>另存为(&amp;S)…</source>
        <translation>&amp;Save as…</translation>
    </message>
    <message>
        <location filename="../ui/common/ReceiptPreviewDialog.cpp" line="108"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../ui/common/ReceiptPreviewDialog.cpp" line="204"/>
        <source>/ %1 页</source>
        <translation>/ %1 pages</translation>
    </message>
    <message>
        <location filename="../ui/common/ReceiptPreviewDialog.cpp" line="242"/>
        <source>打印失败</source>
        <translation>Printing failed</translation>
    </message>
    <message>
        <location filename="../ui/common/ReceiptPreviewDialog.cpp" line="243"/>
        <source>无法打印到所选打印机，请检查打印机后重试。</source>
        <translation>Could not print on the chosen printer. Check the printer and try again.</translation>
    </message>
    <message>
        <location filename="../ui/common/ReceiptPreviewDialog.cpp" line="294"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/common/ReceiptPreviewDialog.cpp" line="294"/>
        <source>保存文书</source>
        <translation>Save document</translation>
    </message>
    <message>
        <location filename="../ui/common/ReceiptPreviewDialog.cpp" line="299"/>
        <source>保存失败</source>
        <translation>Saving failed</translation>
    </message>
    <message>
        <location filename="../ui/common/ReceiptPreviewDialog.cpp" line="300"/>
        <source>无法保存到 %1，请检查磁盘空间和权限。</source>
        <translation>Could not save to %1. Check the disk space and permissions.</translation>
    </message>
</context>
<context>
    <name>OneWindow::RepeatFieldEditor</name>
    <message>
        <location filename="../ui/counter/fields/RepeatFieldEditor.cpp" line="26"/>
        <source>添加%1 (Ctrl+Ins)</source>
        <translation>Add %1 (Ctrl+Ins)</translation>
    </message>
    <message>
        <location filename="../ui/counter/fields/RepeatFieldEditor.cpp" line="27"/>
        <source>一项</source>
        <translation>an item</translation>
    </message>
    <message>
        <location filename="../ui/counter/fields/RepeatFieldEditor.cpp" line="74"/>
        <source>删除此项</source>
        <translation>Remove this item</translation>
    </message>
</context>
<context>
    <name>OneWindow::ReviewModel</name>
    <message>
        <location filename="../ui/models/ReviewModel.cpp" line="12"/>
        <source>手工录入身份</source>
        <translation>Enter identity by hand</translation>
    </message>
    <message>
        <location filename="../ui/models/ReviewModel.cpp" line="14"/>
        <source>仅凭电子证照码核验身份</source>
        <translation>Identified by e-ID code only</translation>
    </message>
    <message>
        <location filename="../ui/models/ReviewModel.cpp" line="16"/>
        <source>身份未经窗口核验（非窗口受理）</source>
        <translation>Identity not verified at a counter (not accepted at a counter)</translation>
    </message>
    <message>
        <location filename="../ui/models/ReviewModel.cpp" line="18"/>
        <source>证件有问题仍受理</source>
        <translation>Accepted despite a card problem</translation>
    </message>
    <message>
        <location filename="../ui/models/ReviewModel.cpp" line="20"/>
        <source>校验提示被确认越过</source>
        <translation>Check overridden</translation>
    </message>
    <message>
        <location filename="../ui/models/ReviewModel.cpp" line="22"/>
        <source>减免收费</source>
        <translation>Fee waived</translation>
    </message>
    <message>
        <location filename="../ui/models/ReviewModel.cpp" line="24"/>
        <source>不予许可</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../ui/models/ReviewModel.cpp" line="26"/>
        <source>退件</source>
        <translation>Returned file</translation>
    </message>
    <message>
        <location filename="../ui/models/ReviewModel.cpp" line="28"/>
        <source>不予受理</source>
        <translation>Not accepted</translation>
    </message>
    <message>
        <location filename="../ui/models/ReviewModel.cpp" line="30"/>
        <source>重新办理</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location filename="../ui/models/ReviewModel.cpp" line="32"/>
        <source>容缺承诺逾期</source>
        <translation>Overdue commitment</translation>
    </message>
    <message>
        <location filename="../ui/models/ReviewModel.cpp" line="34"/>
        <source>差评整改逾期</source>
        <translation>Follow-up of a poor rating overdue</translation>
    </message>
    <message>
        <location filename="../ui/models/ReviewModel.cpp" line="36"/>
        <source>说明事由查阅档案</source>
        <translation>File opened with a stated purpose</translation>
    </message>
    <message>
        <location filename="../ui/models/ReviewModel.cpp" line="38"/>
        <source>随机抽查</source>
        <translation>Random sample</translation>
    </message>
    <message>
        <location filename="../ui/models/ReviewModel.cpp" line="96"/>
        <source>待复核</source>
        <translation>To review</translation>
    </message>
    <message>
        <location filename="../ui/models/ReviewModel.cpp" line="98"/>
        <source>已通过（%1）</source>
        <translation>Approved (%1)</translation>
    </message>
    <message>
        <location filename="../ui/models/ReviewModel.cpp" line="100"/>
        <source>已退回（%1）</source>
        <translation>Sent back (%1)</translation>
    </message>
    <message>
        <location filename="../ui/models/ReviewModel.cpp" line="116"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../ui/models/ReviewModel.cpp" line="118"/>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../ui/models/ReviewModel.cpp" line="120"/>
        <source>办件/档案</source>
        <translation>Case / file</translation>
    </message>
    <message>
        <location filename="../ui/models/ReviewModel.cpp" line="122"/>
        <source>经办人</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../ui/models/ReviewModel.cpp" line="124"/>
        <source>说明</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../ui/models/ReviewModel.cpp" line="126"/>
        <source>复核</source>
        <translation>Review</translation>
    </message>
</context>
<context>
    <name>OneWindow::ReviewWorkspace</name>
    <message>
        <location filename="../ui/review/ReviewWorkspace.cpp" line="38"/>
        <source>全部类别</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewWorkspace.cpp" line="45"/>
        <source>包括已复核</source>
        <translation>Include decided</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewWorkspace.cpp" line="49"/>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewWorkspace.cpp" line="61"/>
        <source>待确认的决定</source>
        <translation>Decisions to confirm</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewWorkspace.cpp" line="62"/>
        <source>事后复核</source>
        <translation>Reviews after the fact</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewWorkspace.cpp" line="84"/>
        <source>复核意见（退回时必填）</source>
        <translation>Comment (required to send back)</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewWorkspace.cpp" line="88"/>
        <location filename="../ui/review/ReviewWorkspace.cpp" line="205"/>
        <source>通过</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewWorkspace.cpp" line="90"/>
        <location filename="../ui/review/ReviewWorkspace.cpp" line="206"/>
        <source>退回</source>
        <translation>Send back</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewWorkspace.cpp" line="110"/>
        <source>刷新 (F5)</source>
        <translation>Refresh (F5)</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewWorkspace.cpp" line="117"/>
        <source>差评整改…</source>
        <translation>Follow-ups of poor ratings…</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewWorkspace.cpp" line="136"/>
        <source>复核</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewWorkspace.cpp" line="171"/>
        <source>待确认的决定（%1）</source>
        <translation>Decisions to confirm (%1)</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewWorkspace.cpp" line="172"/>
        <source>事后复核（%1）</source>
        <translation>Reviews after the fact (%1)</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewWorkspace.cpp" line="174"/>
        <source>不予受理、不予许可、退件、减免收费：值班长确认前不生效，不出具文书，办件不办结</source>
        <translation>Non-acceptance, refusal, return of the file, fee waiver: no effect, no notice and no completion until a supervisor confirms</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewWorkspace.cpp" line="176"/>
        <source>手工录入身份、电子证照核验、证件问题、随机抽查等：已经办理，事后复核</source>
        <translation>Typed identities, e-ID checks, card problems, the random sample and more: done already, reviewed after the fact</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewWorkspace.cpp" line="180"/>
        <source>共 %1 项</source>
        <translation>%1 in all</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewWorkspace.cpp" line="194"/>
        <source>没有待复核的事项。</source>
        <translation>Nothing to review.</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewWorkspace.cpp" line="203"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewWorkspace.cpp" line="205"/>
        <source>确认</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewWorkspace.cpp" line="206"/>
        <source>退回重办</source>
        <translation>Send back</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewWorkspace.cpp" line="207"/>
        <source>确认后决定生效，方可出具文书</source>
        <translation>Once confirmed the decision takes effect and its notice can be issued</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewWorkspace.cpp" line="233"/>
        <source>已通过复核。</source>
        <translation>Approved.</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewWorkspace.cpp" line="233"/>
        <source>决定已确认，即时生效。</source>
        <translation>Decision confirmed; it takes effect now.</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewWorkspace.cpp" line="234"/>
        <source>已退回。</source>
        <translation>Sent back.</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewWorkspace.cpp" line="234"/>
        <source>已退回经办人重办。</source>
        <translation>Sent back to its maker.</translation>
    </message>
</context>
<context>
    <name>OneWindow::ScalarFieldEditor</name>
    <message>
        <location filename="../ui/counter/fields/ScalarFieldEditor.cpp" line="46"/>
        <source>已收取</source>
        <translation>received</translation>
    </message>
    <message>
        <location filename="../ui/counter/fields/ScalarFieldEditor.cpp" line="71"/>
        <source>年-月-日，可输入 20260131 或本年的 0131</source>
        <translation>Year-month-day; 20260131, or 0131 for this year</translation>
    </message>
    <message>
        <location filename="../ui/counter/fields/ScalarFieldEditor.cpp" line="196"/>
        <source>Enter 填入：%1（↓ 下一个，共 %2 个）</source>
        <translation>Enter fills in: %1 (↓ next, %2 in all)</translation>
    </message>
    <message>
        <location filename="../ui/counter/fields/ScalarFieldEditor.cpp" line="197"/>
        <source>Enter 填入：%1</source>
        <translation>Enter fills in: %1</translation>
    </message>
    <message>
        <location filename="../ui/counter/fields/ScalarFieldEditor.cpp" line="278"/>
        <source>输入开头的字或拼音首字母（如 hx），补全本大厅常见的填写（按 Enter 采用）</source>
        <translation>Type the first characters or the pinyin initials (such as hx): the hall&apos;s usual answers complete it (Enter keeps it)</translation>
    </message>
    <message>
        <location filename="../ui/counter/fields/ScalarFieldEditor.cpp" line="76"/>
        <source>元，最多两位小数</source>
        <translation>yuan, at most two decimals</translation>
    </message>
</context>
<context>
    <name>OneWindow::SettingsDialog</name>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="59"/>
        <location filename="../ui/settings/SettingsDialog.cpp" line="161"/>
        <source>模拟读卡器（演示）</source>
        <translation>Simulated reader (demo)</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="60"/>
        <location filename="../ui/settings/SettingsDialog.cpp" line="162"/>
        <source>自动检测串口</source>
        <translation>Detect the serial port</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="69"/>
        <location filename="../ui/settings/SettingsDialog.cpp" line="163"/>
        <location filename="../ui/settings/SettingsDialog.cpp" line="164"/>
        <source>每次询问</source>
        <translation>Ask each time</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="77"/>
        <source>不使用</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="78"/>
        <source>普通窗口</source>
        <translation>A window</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="81"/>
        <source>显示器 %1（%2）</source>
        <translation>Monitor %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="102"/>
        <source>只有管理员可以修改窗口设置；界面语言可以自行选择。</source>
        <translation>Only an administrator changes the counter settings; everyone chooses their interface language.</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="145"/>
        <source>由配置文件 %1 第 %2 行设定</source>
        <translation>Set by the provisioning file %1, line %2</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="154"/>
        <source>灰色的项目由配置文件 %1 设定，只能在该文件中修改。</source>
        <translation>Greyed-out values are set by the provisioning file %1 and can be changed only there.</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="218"/>
        <source>窗口编号应为 1 至 8 位字母或数字。</source>
        <translation>The counter number is 1 to 8 letters or digits.</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="220"/>
        <source>密钥应为 32 至 128 位十六进制字符。</source>
        <translation>The key is 32 to 128 hexadecimal digits.</translation>
    </message>
</context>
<context>
    <name>OneWindow::ShortcutHelpDialog</name>
    <message>
        <location filename="../ui/shell/ShortcutHelpDialog.cpp" line="42"/>
        <source>快捷键 · %1</source>
        <translation>Shortcuts · %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/ShortcutHelpDialog.cpp" line="42"/>
        <source>快捷键</source>
        <translation>Shortcuts</translation>
    </message>
    <message>
        <location filename="../ui/shell/ShortcutHelpDialog.cpp" line="43"/>
        <source>按键</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../ui/shell/ShortcutHelpDialog.cpp" line="43"/>
        <source>操作</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../ui/shell/ShortcutHelpDialog.cpp" line="44"/>
        <source>快捷键列表</source>
        <translation>Shortcut list</translation>
    </message>
</context>
<context>
    <name>OneWindow::UsersWorkspace</name>
    <message>
        <location filename="../ui/users/UsersWorkspace.cpp" line="32"/>
        <source>新建账号</source>
        <translation>New account</translation>
    </message>
    <message>
        <location filename="../ui/users/UsersWorkspace.cpp" line="38"/>
        <source>修改角色</source>
        <translation>Change role</translation>
    </message>
    <message>
        <location filename="../ui/users/UsersWorkspace.cpp" line="52"/>
        <source>用户名</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../ui/users/UsersWorkspace.cpp" line="52"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/users/UsersWorkspace.cpp" line="52"/>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../ui/users/UsersWorkspace.cpp" line="52"/>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../ui/users/UsersWorkspace.cpp" line="34"/>
        <location filename="../ui/users/UsersWorkspace.cpp" line="106"/>
        <source>停用</source>
        <translation>Disable</translation>
    </message>
    <message>
        <location filename="../ui/users/UsersWorkspace.cpp" line="36"/>
        <source>重置密码</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <location filename="../ui/users/UsersWorkspace.cpp" line="52"/>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../ui/users/UsersWorkspace.cpp" line="52"/>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../ui/users/UsersWorkspace.cpp" line="61"/>
        <source>大厅规则</source>
        <translation>Hall rules</translation>
    </message>
    <message>
        <location filename="../ui/users/UsersWorkspace.cpp" line="70"/>
        <source> 分钟</source>
        <translation> minutes</translation>
    </message>
    <message>
        <location filename="../ui/users/UsersWorkspace.cpp" line="75"/>
        <source>连续密码错误次数（锁定账号）</source>
        <translation>Failed sign-ins in a row (locks the account)</translation>
    </message>
    <message>
        <location filename="../ui/users/UsersWorkspace.cpp" line="76"/>
        <source>锁定时长</source>
        <translation>Lockout</translation>
    </message>
    <message>
        <location filename="../ui/users/UsersWorkspace.cpp" line="77"/>
        <source>普通办件随机抽查比例</source>
        <translation>Random review sample of ordinary cases</translation>
    </message>
    <message>
        <location filename="../ui/users/UsersWorkspace.cpp" line="81"/>
        <source> 个工作日</source>
        <translation> working days</translation>
    </message>
    <message>
        <location filename="../ui/users/UsersWorkspace.cpp" line="82"/>
        <source>差评整改期限</source>
        <translation>Follow-up of a poor rating due in</translation>
    </message>
    <message>
        <location filename="../ui/users/UsersWorkspace.cpp" line="83"/>
        <source>保存规则</source>
        <translation>Save rules</translation>
    </message>
    <message>
        <location filename="../ui/users/UsersWorkspace.cpp" line="106"/>
        <location filename="../ui/users/UsersWorkspace.cpp" line="134"/>
        <source>启用</source>
        <translation>Enabled</translation>
    </message>
    <message>
        <location filename="../ui/users/UsersWorkspace.cpp" line="113"/>
        <source>账号管理</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../ui/users/UsersWorkspace.cpp" line="134"/>
        <source>已停用</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <location filename="../ui/users/UsersWorkspace.cpp" line="136"/>
        <source>（锁定至 %1）</source>
        <translation> (locked until %1)</translation>
    </message>
    <message>
        <location filename="../ui/users/UsersWorkspace.cpp" line="143"/>
        <source>一次性密码，待修改</source>
        <translation>One-time password, to be changed</translation>
    </message>
    <message>
        <location filename="../ui/users/UsersWorkspace.cpp" line="177"/>
        <source>%1 的一次性密码：%2（首次登录时须修改；此密码只显示这一次）</source>
        <translation>One-time password for %1: %2 (to be changed at the first sign-in; shown only this once)</translation>
    </message>
    <message>
        <location filename="../ui/users/UsersWorkspace.cpp" line="212"/>
        <source>已停用 %1。</source>
        <translation>%1 disabled.</translation>
    </message>
    <message>
        <location filename="../ui/users/UsersWorkspace.cpp" line="212"/>
        <source>已启用 %1。</source>
        <translation>%1 enabled.</translation>
    </message>
    <message>
        <location filename="../ui/users/UsersWorkspace.cpp" line="245"/>
        <source>已修改 %1 的角色。</source>
        <translation>%1&apos;s role changed.</translation>
    </message>
    <message>
        <location filename="../ui/users/UsersWorkspace.cpp" line="256"/>
        <source>规则已保存。</source>
        <translation>Rules saved.</translation>
    </message>
    <message>
        <location filename="../ui/users/UsersWorkspace.cpp" line="91"/>
        <source>办件查询页地址（回执二维码）</source>
        <translation>Tracking page address (receipt QR code)</translation>
    </message>
    <message>
        <location filename="../ui/users/UsersWorkspace.cpp" line="92"/>
        <source>保存地址</source>
        <translation>Save address</translation>
    </message>
    <message>
        <location filename="../ui/users/UsersWorkspace.cpp" line="265"/>
        <source>地址已保存，此后打印的回执二维码指向该地址。</source>
        <translation>Address saved: receipts printed from now on point their QR code at it.</translation>
    </message>
</context>
<context>
    <name>OneWindow::VisitFiguresPage</name>
    <message>
        <location filename="../ui/dashboard/VisitFiguresPage.cpp" line="49"/>
        <location filename="../ui/dashboard/VisitFiguresPage.cpp" line="54"/>
        <source>接待</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/VisitFiguresPage.cpp" line="49"/>
        <source>中位时长</source>
        <translation>Median time</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/VisitFiguresPage.cpp" line="49"/>
        <source>90% 时长</source>
        <translation>90% time</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/VisitFiguresPage.cpp" line="51"/>
        <source>窗口</source>
        <translation>Counter</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/VisitFiguresPage.cpp" line="53"/>
        <source>事项</source>
        <translation>Matter</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/VisitFiguresPage.cpp" line="54"/>
        <source>结束方式</source>
        <translation>How it ended</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/VisitFiguresPage.cpp" line="62"/>
        <source>已结束的接待 %1 人次：窗口办理时长中位 %2，90% 在 %3 以内（分:秒）</source>
        <translation>%1 visits ended: median time at the counter %2, 90% within %3 (min:s)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/VisitFiguresPage.cpp" line="77"/>
        <source>各窗口办理时长（分钟）</source>
        <translation>Time at the counter by counter (minutes)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/VisitFiguresPage.cpp" line="78"/>
        <source>中位</source>
        <translation>Median</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/VisitFiguresPage.cpp" line="80"/>
        <source>90%</source>
        <translation>90%</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../ui/counter/OverrideDialog.ui" line="9"/>
        <source>确认受理：申请人身份有问题</source>
        <translation>Confirm: the identity has a problem</translation>
    </message>
    <message>
        <location filename="../ui/counter/OverrideDialog.ui" line="22"/>
        <source>仍要受理时，办件会记下这些问题和您的理由，交值班长复核。请说明为何仍予受理：</source>
        <translation>If you accept anyway, the case records these problems and your reason for the supervisor&apos;s review. Why do you accept it?</translation>
    </message>
    <message>
        <location filename="../ui/counter/OverrideDialog.ui" line="33"/>
        <source>理由（至少 4 个字），例如：已核对市民出示的临时身份证</source>
        <translation>Reason (at least 4 characters), e.g. checked the citizen&apos;s temporary ID certificate</translation>
    </message>
</context>
<context>
    <name>OwnRatingsDialog</name>
    <message>
        <location filename="../ui/ratings/OwnRatingsDialog.ui" line="9"/>
        <source>我的好差评</source>
        <translation>My ratings</translation>
    </message>
    <message>
        <location filename="../ui/ratings/OwnRatingsDialog.ui" line="15"/>
        <source>市民对您办理业务的评价，只列各等级的数量和满意率，不显示是谁、哪次办理给出的评价。</source>
        <translation>How citizens rated your service: the count per level and the satisfaction rate only, never who rated or on which visit.</translation>
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
        <translation>OneWindow</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="118"/>
        <source>配置文件有错误，程序无法启动：
%1</source>
        <translation>The provisioning file has errors; OneWindow cannot start:
%1</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="164"/>
        <source>无法读取大厅密钥文件（%1）：
%2</source>
        <translation>Cannot read the hall key file (%1):
%2</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="190"/>
        <source>正在生成演示大厅的数据…</source>
        <translation>Creating the demo hall&apos;s data…</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="191"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="208"/>
        <location filename="../app/main.cpp" line="239"/>
        <source>无法打开数据库 %1：
%2</source>
        <translation>Cannot open the database %1:
%2</translation>
    </message>
</context>
<context>
    <name>RatingLevels</name>
    <message>
        <location filename="../app/ratings/RatingLevel.cpp" line="54"/>
        <source>非常满意</source>
        <translation>Very satisfied</translation>
    </message>
    <message>
        <location filename="../app/ratings/RatingLevel.cpp" line="56"/>
        <source>满意</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <location filename="../app/ratings/RatingLevel.cpp" line="58"/>
        <source>基本满意</source>
        <translation>Fairly satisfied</translation>
    </message>
    <message>
        <location filename="../app/ratings/RatingLevel.cpp" line="60"/>
        <source>不满意</source>
        <translation>Dissatisfied</translation>
    </message>
    <message>
        <location filename="../app/ratings/RatingLevel.cpp" line="62"/>
        <source>非常不满意</source>
        <translation>Very dissatisfied</translation>
    </message>
    <message>
        <location filename="../app/ratings/RatingLevel.cpp" line="71"/>
        <source>Very satisfied</source>
        <translation>Very satisfied</translation>
    </message>
    <message>
        <location filename="../app/ratings/RatingLevel.cpp" line="73"/>
        <source>Satisfied</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <location filename="../app/ratings/RatingLevel.cpp" line="75"/>
        <source>Fairly satisfied</source>
        <translation>Fairly satisfied</translation>
    </message>
    <message>
        <location filename="../app/ratings/RatingLevel.cpp" line="77"/>
        <source>Dissatisfied</source>
        <translation>Dissatisfied</translation>
    </message>
    <message>
        <location filename="../app/ratings/RatingLevel.cpp" line="79"/>
        <source>Very dissatisfied</source>
        <translation>Very dissatisfied</translation>
    </message>
    <message>
        <location filename="../app/ratings/RatingLevel.cpp" line="94"/>
        <source>办理效率低、等候时间长</source>
        <translation>Slow service, long wait</translation>
    </message>
    <message>
        <location filename="../app/ratings/RatingLevel.cpp" line="96"/>
        <source>业务不熟练、解答不清楚</source>
        <translation>Not competent, unclear answers</translation>
    </message>
    <message>
        <location filename="../app/ratings/RatingLevel.cpp" line="98"/>
        <source>服务态度不好</source>
        <translation>Poor attitude</translation>
    </message>
    <message>
        <location filename="../app/ratings/RatingLevel.cpp" line="100"/>
        <source>办事指南与实际要求不一致</source>
        <translation>The guide differed from what was asked</translation>
    </message>
    <message>
        <location filename="../app/ratings/RatingLevel.cpp" line="102"/>
        <source>多次跑动、重复提交材料</source>
        <translation>Repeat visits, documents asked for again</translation>
    </message>
    <message>
        <location filename="../app/ratings/RatingLevel.cpp" line="104"/>
        <source>大厅环境、设施不便</source>
        <translation>Inconvenient hall or facilities</translation>
    </message>
</context>
<context>
    <name>RoleText</name>
    <message>
        <location filename="../ui/common/RoleText.cpp" line="9"/>
        <source>窗口受理</source>
        <translation>Counter clerk</translation>
    </message>
    <message>
        <location filename="../ui/common/RoleText.cpp" line="11"/>
        <source>部门审批</source>
        <translation>Department officer</translation>
    </message>
    <message>
        <location filename="../ui/common/RoleText.cpp" line="13"/>
        <source>值班长</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../ui/common/RoleText.cpp" line="15"/>
        <source>管理员</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../ui/common/RoleText.cpp" line="23"/>
        <source>部门审批（%1）</source>
        <translation>Department officer (%1)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settings/SettingsDialog.ui" line="9"/>
        <source>窗口设置</source>
        <translation>Counter settings</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.ui" line="21"/>
        <source>数据库(&amp;D)</source>
        <translation>&amp;Database</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.ui" line="27"/>
        <source>留空使用本机 SQLite；或 postgresql://用户@主机:端口/库名</source>
        <translation>Empty for the local SQLite file, or postgresql://user@host:port/dbname</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.ui" line="32"/>
        <source>大厅代码(&amp;H)</source>
        <translation>&amp;Hall code</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.ui" line="41"/>
        <source>大厅名称</source>
        <translation>Hall name</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.ui" line="50"/>
        <source>窗口编号(&amp;C)</source>
        <translation>&amp;Counter number</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.ui" line="59"/>
        <source>读卡器(&amp;R)</source>
        <translation>Card &amp;reader</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.ui" line="70"/>
        <source>大厅二维码密钥</source>
        <translation>Hall QR key</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.ui" line="77"/>
        <source>32 至 128 位十六进制</source>
        <translation>32 to 128 hex digits</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.ui" line="82"/>
        <source>大厅密钥文件(&amp;K)</source>
        <translation>Hall &amp;key file</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.ui" line="88"/>
        <source>例如 /etc/onewindow/hall.key；填写后优先于上面的密钥</source>
        <translation>e.g. /etc/onewindow/hall.key; when given it wins over the key above</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.ui" line="93"/>
        <source>回执打印机</source>
        <translation>Receipt printer</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.ui" line="104"/>
        <source>告知书打印机</source>
        <translation>Notification printer</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.ui" line="115"/>
        <source>界面语言(&amp;L)</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.ui" line="124"/>
        <source>无操作自动锁屏（分钟）</source>
        <translation>Lock when idle (minutes)</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.ui" line="136"/>
        <source>市民屏(&amp;C)</source>
        <translation>&amp;Citizen screen</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.ui" line="145"/>
        <source>受理前须市民在市民屏上确认无误</source>
        <translation>Accepting waits for the citizen to confirm on their screen</translation>
    </message>
</context>
<context>
    <name>UserMessages</name>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="14"/>
        <source>数据库正忙（被其他窗口锁定），请稍后重试。已填写的内容没有丢失。</source>
        <translation>The database is busy (locked by another counter). Try again shortly; nothing you entered is lost.</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="16"/>
        <source>数据库所在磁盘已满，无法保存。请联系管理员；已填写的内容仍保留在本窗口。</source>
        <translation>The database disk is full, so nothing could be saved. Call the administrator; what you entered stays in this window.</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="18"/>
        <source>数据库是只读的，无法保存。请联系管理员；已填写的内容仍保留在本窗口。</source>
        <translation>The database is read-only, so nothing could be saved. Call the administrator; what you entered stays in this window.</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="20"/>
        <source>无法连接数据库或数据库文件不可用。请检查网络或联系管理员；已填写的内容没有丢失。</source>
        <translation>The database cannot be reached or its file is unavailable. Check the network or call the administrator; nothing you entered is lost.</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="23"/>
        <source>数据库地址无效：请使用 sqlite:路径 或 postgresql://用户@主机:端口/库名（密码放在 pgpass 文件中）。</source>
        <translation>Invalid database address: use sqlite:PATH or postgresql://user@host:port/dbname (the password goes in a pgpass file).</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="26"/>
        <source>数据库由更新版本的一窗通创建，请升级本程序。</source>
        <translation>The database was made by a newer OneWindow: please upgrade this program.</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="28"/>
        <source>缺少数据库驱动（Qt SQL 插件），请重新安装。</source>
        <translation>The database driver (Qt SQL plugin) is missing: please reinstall.</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="30"/>
        <source>用户名或密码不正确。</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="56"/>
        <source>不能复核或确认自己的操作和决定，须由另一位值班长办理。</source>
        <translation>Nobody reviews or confirms their own action or decision: another supervisor must.</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="74"/>
        <source>该账号已停用，请联系管理员。</source>
        <translation>This account is disabled: call the administrator.</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="76"/>
        <source>当前账号的角色无权进行此操作。</source>
        <translation>Your role does not allow this.</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="78"/>
        <source>表单还有未填或填写有误的项目，请按提示修改。</source>
        <translation>Some answers are missing or wrong: see the notes beside them.</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="150"/>
        <source>缺少中文字体（文泉驿微米黑），无法生成回执。请安装 fonts-wqy-microhei。</source>
        <translation>The Chinese font (WenQuanYi Micro Hei) is missing, so no receipt can be made. Install fonts-wqy-microhei.</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="152"/>
        <source>无法写入文件，请检查磁盘空间和权限。</source>
        <translation>Cannot write the file: check the disk space and permissions.</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="217"/>
        <source>操作失败（%1）。</source>
        <translation>The operation failed (%1).</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="224"/>
        <source>证件已过期</source>
        <translation>The card has expired</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="226"/>
        <source>证件尚未生效</source>
        <translation>The card is not valid yet</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="80"/>
        <source>还有未收取的材料，请在材料清单 (F6) 中逐项勾选已收的材料。</source>
        <translation>Some materials are not received yet: tick each one received in the checklist (F6).</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="33"/>
        <source>连续多次密码错误，账号已锁定，请于 %1 后再试或联系管理员。</source>
        <translation>Too many wrong passwords: the account is locked. Try again after %1 or ask an administrator.</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="38"/>
        <location filename="../ui/common/UserMessages.cpp" line="186"/>
        <source>密码至少需要 %1 个字符。</source>
        <translation>The password needs at least %1 characters.</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="40"/>
        <source>密码不能包含用户名。</source>
        <translation>The password may not contain the login.</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="42"/>
        <location filename="../ui/common/UserMessages.cpp" line="190"/>
        <source>密码不能由同一个字符重复组成。</source>
        <translation>The password may not be one character repeated.</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="44"/>
        <source>新密码不能与当前密码相同。</source>
        <translation>The new password must differ from the current one.</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="46"/>
        <source>用户名 %1 已存在。</source>
        <translation>The login %1 exists already.</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="48"/>
        <source>用户名须为 3 到 32 个字母、数字或 . _ -。</source>
        <translation>A login is 3 to 32 letters, digits or . _ -.</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="50"/>
        <source>部门审批人员须指定所属部门。</source>
        <translation>An officer needs a department.</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="52"/>
        <source>不能停用自己的账号或取消自己的管理员角色。</source>
        <translation>You cannot disable your own account or drop your own administrator role.</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="54"/>
        <source>查阅本部门办件以外市民的档案，须填写事由。</source>
        <translation>Opening the file of a citizen without a case of your department needs a stated purpose.</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="58"/>
        <source>不能复核自己受理的办件。</source>
        <translation>You cannot review a case you accepted.</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="60"/>
        <source>此文书现在不能出具（如相关决定尚待值班长确认）。</source>
        <translation>This document cannot be issued now (its decision may still await the supervisor&apos;s confirmation).</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="62"/>
        <source>此办件有待值班长确认的决定（不予许可、退件或减免），确认或退回前不能办理。</source>
        <translation>A decision on this case (refusal, return of the file or fee waiver) awaits the supervisor; nothing can be done until it is confirmed or sent back.</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="64"/>
        <source>该决定已不在待确认状态，请刷新后再看。</source>
        <translation>That decision no longer awaits confirmation; refresh and look again.</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="66"/>
        <source>本窗口不能执行该决定，请联系管理员。</source>
        <translation>This counter cannot apply that decision; contact the administrator.</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="68"/>
        <source>该事项已由 %1 复核。</source>
        <translation>%1 has already reviewed this.</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="70"/>
        <source>退回时请填写意见。</source>
        <translation>Give a comment to send it back.</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="72"/>
        <source>文字中有无法保存或查找的字符（控制字符、方向控制符或无效编码），或文字过长，请修改后再试。</source>
        <translation>The text holds characters that cannot be kept or searched for (control characters, direction controls or broken encoding), or is too long. Change it and try again.</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="72"/>
        <source>设置值超出允许范围。</source>
        <translation>A value is out of range.</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="82"/>
        <source>本事项没有需要减免的费用。</source>
        <translation>This matter has no fees to waive.</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="84"/>
        <source>申请人身份有问题，受理前须说明理由（交值班长复核）。</source>
        <translation>The identity has a problem: give your reason before accepting (a supervisor reviews it).</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="86"/>
        <source>身份核验记录不属于本窗口本次接待的市民，已拒绝并记录。请重新读卡。</source>
        <translation>The identification record is not of the citizen at this counter now; refused and recorded. Read the card again.</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="88"/>
        <source>本次受理的编号已用于其他申请人或事项，已拒绝并记录。请重新开始受理。</source>
        <translation>This intake&apos;s key was used for another applicant or matter; refused and recorded. Start the intake again.</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="90"/>
        <source>窗口已锁定，请先登录。</source>
        <translation>The counter is locked. Sign in first.</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="92"/>
        <source>%1 已于 %2 修改了此办件，请查看最新情况后再操作。</source>
        <translation>%1 changed this case at %2. Look at it again before acting.</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="96"/>
        <source>这是其他部门（%1）的环节，只能由该部门办理。</source>
        <translation>This step belongs to another department (%1); only that department works it.</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="98"/>
        <source>办件已办结、送达或撤回，不能再更改。</source>
        <translation>The case is completed, delivered or withdrawn and cannot be changed.</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="100"/>
        <source>请先选择一个办理环节。</source>
        <translation>Choose a step first.</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="102"/>
        <source>前序环节尚未办完，此环节还不能办理。</source>
        <translation>The earlier steps are not done yet; this step cannot be worked.</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="104"/>
        <source>此环节正在等待补正材料或特别程序，暂不能办理。</source>
        <translation>This step waits for a supplement or a special procedure.</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="106"/>
        <source>此环节已经办结。</source>
        <translation>This step is already decided.</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="108"/>
        <source>此环节不在特别程序中。</source>
        <translation>This step is not in a special procedure.</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="110"/>
        <source>只有退回补正、仍在等待材料的环节才能退件。</source>
        <translation>Only a step returned for supplement and still waiting for material can return the file.</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="112"/>
        <source>请先认领此环节。</source>
        <translation>Claim this step first.</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="114"/>
        <source>此环节已由 %1 认领，只有经办人可以办理。</source>
        <translation>%1 holds this step; only its holder may act on it.</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="116"/>
        <source>您已认领此环节。</source>
        <translation>You already hold this step.</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="118"/>
        <source>请填写理由。</source>
        <translation>Please give a reason.</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="120"/>
        <source>请选择材料。</source>
        <translation>Please choose the materials.</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="122"/>
        <source>所选材料（%1）不在要求补正的材料中。</source>
        <translation>The material (%1) was not asked for.</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="124"/>
        <source>此办件没有待补交的材料。</source>
        <translation>Nothing is waiting to be supplied for this case.</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="126"/>
        <source>请填写不早于今天的预计结束日期。</source>
        <translation>Please give an expected end no earlier than today.</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="128"/>
        <source>还有环节未办结（%1），不能办结。</source>
        <translation>Steps are still open (%1); the case cannot be completed.</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="130"/>
        <source>办件尚未办结。</source>
        <translation>The case is not completed yet.</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="132"/>
        <source>请选择送达方式。</source>
        <translation>Please choose how it is handed over.</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="134"/>
        <source>代领须读取代领人的身份证或填写有效的姓名和身份证号。</source>
        <translation>An agent needs their ID card read, or a name and a valid ID number.</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="136"/>
        <source>邮寄送达须填写邮寄单号。</source>
        <translation>A postal delivery needs a tracking number.</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="138"/>
        <source>只能重新办理已办结的环节。</source>
        <translation>Only a decided step can be reopened.</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="140"/>
        <source>该材料不允许容缺后补。</source>
        <translation>This material may not follow later.</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="142"/>
        <source>承诺补交日期不能晚于承诺办结日期，也不能早于今天。</source>
        <translation>The promised date must be between today and the case&apos;s promised completion date.</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="144"/>
        <source>没有找到该记录。</source>
        <translation>Not found.</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="146"/>
        <source>此文书尚未出具，不能补打。</source>
        <translation>This paper was never issued, so there is no copy to reprint.</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="148"/>
        <source>数据库中的状态无法识别，未作任何处理，请联系管理员：%1</source>
        <translation>The database holds a state this version does not know; nothing was done. Please tell the administrator: %1</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="154"/>
        <source>数据库拒绝了此操作（权限不足）。请联系管理员。</source>
        <translation>The database refused this (insufficient privileges). Please contact the administrator.</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="156"/>
        <source>本窗口没有本厅密钥，不能打印带签名二维码的文书。请管理员在窗口设置或配置文件中填写本厅密钥。</source>
        <translation>This counter has no hall key, so it cannot print documents with a signed QR code. Ask the administrator to enter the hall key in the counter settings or the provisioning file.</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="159"/>
        <source>本窗口没有本厅密钥，而审计日志已用本厅密钥密封：不能记录审计事件，因此不能办理业务。请管理员在窗口设置中填写本厅密钥。</source>
        <translation>This counter has no hall key and the audit trail is sealed with it: no audit event can be written, so no work can be done. Ask the administrator to enter the hall key in the counter settings.</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="162"/>
        <source>本窗口的本厅密钥与审计日志的密封不符：不能记录审计事件，因此不能办理业务。请管理员核对本厅密钥，并校验审计链。</source>
        <translation>This counter&apos;s hall key does not match the audit trail&apos;s seal: no audit event can be written, so no work can be done. Ask the administrator to check the hall key and the audit chain.</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="165"/>
        <source>审计日志有事件却没有密封：可能是启用本厅密钥之前的日志，也可能密封已被人去掉。持有密钥的窗口不会自行密封它，因此不能办理业务。请管理员校验审计链后，用 onewindow-cli audit seal 密封启用密钥之前的日志。</source>
        <translation>The audit log holds events but no seal: it may predate the hall key, or someone removed its seal. A counter holding the key does not seal it by itself, so no work can be done. An administrator checks the audit chain and seals a log from before the key with onewindow-cli audit seal.</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="169"/>
        <source>审计日志不能密封：%1</source>
        <translation>The audit log cannot be sealed: %1</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="171"/>
        <source>您使用的是一次性密码：请先设置自己的新密码，之后才能办理业务。</source>
        <translation>You signed in with a one-time password: set your own new password first, then you can work.</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="173"/>
        <source>这个数据库已经属于一个大厅或已有账号，不能放入演示数据。演示请使用一个新的空数据库。</source>
        <translation>This database already belongs to a hall or has accounts: demo data cannot go into it. Use a new, empty database for the demo.</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="176"/>
        <source>审计日志的检查点不见了：不能记录审计事件，因此不能办理业务。请管理员校验审计链。</source>
        <translation>The audit trail&apos;s checkpoint is gone: no audit event can be written, so no work can be done. Ask the administrator to check the audit chain.</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="180"/>
        <source>大厅代码应为 2 至 12 位字母或数字。</source>
        <translation>The hall code is 2 to 12 letters or digits.</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="182"/>
        <source>请填写大厅名称。</source>
        <translation>Enter the hall&apos;s name.</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="184"/>
        <source>登录名应为 2 至 32 位字母、数字或 . _ -，以字母或数字开头。</source>
        <translation>The login is 2 to 32 letters, digits or . _ -, starting with a letter or digit.</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="188"/>
        <source>密码不能包含登录名。</source>
        <translation>The password may not contain the login.</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="192"/>
        <source>两次输入的密码不一致。</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="194"/>
        <source>请指定密钥文件的位置。</source>
        <translation>Say where the key file is.</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="196"/>
        <source>密钥文件 %1 已存在。要沿用它，请选择“使用已有的密钥文件”。</source>
        <translation>The key file %1 exists already. To keep it, choose &quot;Use an existing key file&quot;.</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="198"/>
        <source>找不到密钥文件 %1。</source>
        <translation>No key file %1.</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="200"/>
        <source>无法读写密钥文件 %1，请检查权限。</source>
        <translation>Cannot read or write the key file %1; check its permissions.</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="202"/>
        <source>密钥文件中没有可用的密钥（至少 32 位十六进制字符）。</source>
        <translation>The key file holds no usable key (at least 32 hexadecimal digits).</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="204"/>
        <source>没有名为 %1 的事项模板。</source>
        <translation>There is no form template %1.</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="206"/>
        <source>请至少选择一个本大厅办理的事项。</source>
        <translation>Choose at least one matter the hall handles.</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="208"/>
        <source>该数据库已有账号，大厅已经设置过。请直接登录。</source>
        <translation>This database has accounts already: the hall is set up. Sign in instead.</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="210"/>
        <source>界面语言只能是中文或英文。</source>
        <translation>The interface language is Chinese or English.</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="212"/>
        <source>该项由配置文件 %1 设定，只能在该文件中修改。</source>
        <translation>This is set by the provisioning file %1 and can be changed only there.</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="214"/>
        <source>节假日文件有错误，未导入任何内容：
%1</source>
        <translation>The holiday file has errors; nothing was imported:
%1</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="216"/>
        <source>已取消，没有保存任何内容。</source>
        <translation>Cancelled; nothing was saved.</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="234"/>
        <source>手工录入的身份，未读卡核验</source>
        <translation>Identity entered by hand, no card read</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="236"/>
        <source>由电子身份码识别，未出示证件</source>
        <translation>Identified by an e-ID code, no card shown</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="238"/>
        <source>未经窗口核验的身份（非窗口受理）</source>
        <translation>Identity not verified at a counter (not accepted at a counter)</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="240"/>
        <source>证件上没有姓名</source>
        <translation>The card carries no name</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="241"/>
        <source>证件异常（%1）</source>
        <translation>Card problem (%1)</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="249"/>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="255"/>
        <source>手工录入的身份（未读卡）</source>
        <translation>Entered by hand (no card read)</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="257"/>
        <source>电子身份码识别的身份（未读卡）</source>
        <translation>Identified by e-ID code (no card read)</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="258"/>
        <source>已读卡，证件有问题</source>
        <translation>Card read: the card has a problem</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="258"/>
        <source>已读卡，证件有效</source>
        <translation>Card read: the card is valid</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="263"/>
        <source>受理时须说明理由，办件将交值班长复核。</source>
        <translation>Accepting needs your reason; a supervisor reviews the case.</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="269"/>
        <source>未检测到证件，请将证件放在读卡器上。</source>
        <translation>No card found: place the card on the reader.</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="271"/>
        <source>证件无法读取（芯片损坏或放置不当），请重新放置；仍失败时请手工录入并交值班长复核。</source>
        <translation>The card cannot be read (damaged chip or badly placed). Place it again; if it still fails, enter the identity by hand for supervisor review.</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="274"/>
        <source>读卡器数据校验错误，请重新读卡。</source>
        <translation>The reader&apos;s data failed its checksum: read again.</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="276"/>
        <source>没有连接读卡器，请检查读卡器连接或在设置中选择端口。</source>
        <translation>No card reader is connected: check the cable or choose the port in the settings.</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="278"/>
        <source>无法识别的证件类型，请使用居民身份证、港澳台居民居住证或外国人永久居留身份证。</source>
        <translation>Unknown card type: use a resident ID card, a Hong Kong/Macao/Taiwan residence permit or a foreigner permanent residence card.</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="280"/>
        <source>读卡器数据不完整，请重新放置证件后再读。</source>
        <translation>The reader&apos;s answer was incomplete: place the card again and read.</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="282"/>
        <source>读卡器无响应，请检查连接。</source>
        <translation>The reader does not answer: check its connection.</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="283"/>
        <source>读卡失败（%1），请重新读卡。</source>
        <translation>Reading failed (%1): read again.</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="290"/>
        <source>男</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="292"/>
        <source>女</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="294"/>
        <source>未说明</source>
        <translation>Not stated</translation>
    </message>
</context>
<context>
    <name>TrackerPage</name>
    <message>
        <location filename="../app/tracker/TrackerPage.cpp" line="90"/>
        <source>已受理</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../app/tracker/TrackerPage.cpp" line="91"/>
        <source>办理中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../app/tracker/TrackerPage.cpp" line="93"/>
        <source>待补齐补正材料（时限暂停）</source>
        <translation>Waiting for missing material (the clock is stopped)</translation>
    </message>
    <message>
        <location filename="../app/tracker/TrackerPage.cpp" line="95"/>
        <source>特别程序中（时限暂停）</source>
        <translation>In a special procedure (the clock is stopped)</translation>
    </message>
    <message>
        <location filename="../app/tracker/TrackerPage.cpp" line="96"/>
        <source>已办结，可领取</source>
        <translation>Completed: ready to collect</translation>
    </message>
    <message>
        <location filename="../app/tracker/TrackerPage.cpp" line="97"/>
        <source>已送达</source>
        <translation>Handed over</translation>
    </message>
    <message>
        <location filename="../app/tracker/TrackerPage.cpp" line="98"/>
        <source>已撤回</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location filename="../app/tracker/TrackerPage.cpp" line="102"/>
        <source>待前序办理</source>
        <translation>Waiting for an earlier step</translation>
    </message>
    <message>
        <location filename="../app/tracker/TrackerPage.cpp" line="104"/>
        <source>已办结</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../app/tracker/TrackerPage.cpp" line="105"/>
        <source>待补正</source>
        <translation>Waiting for material</translation>
    </message>
    <message>
        <location filename="../app/tracker/TrackerPage.cpp" line="106"/>
        <source>特别程序</source>
        <translation>Special procedure</translation>
    </message>
    <message>
        <location filename="../app/tracker/TrackerPage.cpp" line="107"/>
        <source>不予许可</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../app/tracker/TrackerPage.cpp" line="108"/>
        <source>无需办理</source>
        <translation>Not needed</translation>
    </message>
    <message>
        <location filename="../app/tracker/TrackerPage.cpp" line="109"/>
        <source>审核中</source>
        <translation>Under review</translation>
    </message>
    <message>
        <location filename="../app/tracker/TrackerPage.cpp" line="114"/>
        <source>准予许可</source>
        <translation>Granted</translation>
    </message>
    <message>
        <location filename="../app/tracker/TrackerPage.cpp" line="115"/>
        <source>部分准予</source>
        <translation>Partly granted</translation>
    </message>
    <message>
        <location filename="../app/tracker/TrackerPage.cpp" line="118"/>
        <source>已退件</source>
        <translation>File returned</translation>
    </message>
    <message>
        <location filename="../app/tracker/TrackerPage.cpp" line="122"/>
        <source>此二维码未能通过验证，可能被伪造或改动。本页不显示任何办件信息。</source>
        <translation>This code did not verify: it may be forged or altered. Nothing of any case is shown.</translation>
    </message>
    <message>
        <location filename="../app/tracker/TrackerPage.cpp" line="125"/>
        <source>这不是有效的办件查询码。</source>
        <translation>This is not a valid tracking code.</translation>
    </message>
    <message>
        <location filename="../app/tracker/TrackerPage.cpp" line="126"/>
        <source>此二维码不是办件查询码，不能在此查询。</source>
        <translation>This code is not a tracking code and opens nothing here.</translation>
    </message>
    <message>
        <location filename="../app/tracker/TrackerPage.cpp" line="128"/>
        <source>此查询码已过期：办件已结束多日。如需查询，请到政务服务大厅窗口。</source>
        <translation>This tracking code has expired: the case closed some time ago. Ask at a counter of the service hall.</translation>
    </message>
    <message>
        <location filename="../app/tracker/TrackerPage.cpp" line="131"/>
        <source>查不到此办件。如有疑问，请到政务服务大厅窗口。</source>
        <translation>No such case. Ask at a counter of the service hall.</translation>
    </message>
    <message>
        <location filename="../app/tracker/TrackerPage.cpp" line="133"/>
        <source>暂时无法查询，请稍后再试。</source>
        <translation>Tracking is unavailable at the moment. Please try again later.</translation>
    </message>
    <message>
        <location filename="../app/tracker/TrackerPage.cpp" line="163"/>
        <source>本页不使用脚本，也不保存任何信息。</source>
        <translation>This page runs no scripts and stores nothing.</translation>
    </message>
    <message>
        <location filename="../app/tracker/TrackerPage.cpp" line="187"/>
        <source>办件进度</source>
        <translation>Case progress</translation>
    </message>
    <message>
        <location filename="../app/tracker/TrackerPage.cpp" line="195"/>
        <source>办件编号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location filename="../app/tracker/TrackerPage.cpp" line="196"/>
        <source>事项</source>
        <translation>Matter</translation>
    </message>
    <message>
        <location filename="../app/tracker/TrackerPage.cpp" line="197"/>
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../app/tracker/TrackerPage.cpp" line="198"/>
        <source>受理日期</source>
        <translation>Accepted on</translation>
    </message>
    <message>
        <location filename="../app/tracker/TrackerPage.cpp" line="199"/>
        <source>承诺办结日期</source>
        <translation>Promised by</translation>
    </message>
    <message>
        <location filename="../app/tracker/TrackerPage.cpp" line="204"/>
        <source>还需补交的材料</source>
        <translation>Material still needed</translation>
    </message>
    <message>
        <location filename="../app/tracker/TrackerPage.cpp" line="208"/>
        <source>请携带以上材料到大厅窗口补交。</source>
        <translation>Please bring it to a counter of the hall.</translation>
    </message>
    <message>
        <location filename="../app/tracker/TrackerPage.cpp" line="213"/>
        <source>各部门办理情况</source>
        <translation>Each department&apos;s step</translation>
    </message>
    <message>
        <location filename="../app/tracker/TrackerPage.cpp" line="221"/>
        <source>完成于</source>
        <translation>Done on</translation>
    </message>
    <message>
        <location filename="../app/tracker/TrackerPage.cpp" line="224"/>
        <source>承诺期限</source>
        <translation>Due by</translation>
    </message>
    <message>
        <location filename="../app/tracker/TrackerPage.cpp" line="232"/>
        <source>领取</source>
        <translation>Collection</translation>
    </message>
    <message>
        <location filename="../app/tracker/TrackerPage.cpp" line="233"/>
        <source>结果已送达，日期：</source>
        <translation>The result was handed over on</translation>
    </message>
    <message>
        <location filename="../app/tracker/TrackerPage.cpp" line="238"/>
        <source>地点</source>
        <translation>Where</translation>
    </message>
    <message>
        <location filename="../app/tracker/TrackerPage.cpp" line="239"/>
        <source>窗口</source>
        <translation>counter</translation>
    </message>
    <message>
        <location filename="../app/tracker/TrackerPage.cpp" line="242"/>
        <source>时间</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../app/tracker/TrackerPage.cpp" line="244"/>
        <source>起，工作日办公时间内</source>
        <translation>onwards, on working days in office hours</translation>
    </message>
    <message>
        <location filename="../app/tracker/TrackerPage.cpp" line="246"/>
        <source>请携带受理回执和本人身份证件。</source>
        <translation>Bring the receipt and your identity card.</translation>
    </message>
    <message>
        <location filename="../app/tracker/TrackerPage.cpp" line="255"/>
        <source>无法查询</source>
        <translation>Cannot be shown</translation>
    </message>
    <message>
        <location filename="../app/tracker/TrackerPage.cpp" line="269"/>
        <source>办件进度查询</source>
        <translation>Case tracking</translation>
    </message>
    <message>
        <location filename="../app/tracker/TrackerPage.cpp" line="272"/>
        <source>请用手机扫描受理回执上的二维码。</source>
        <translation>Scan the QR code on your receipt with your phone.</translation>
    </message>
    <message>
        <location filename="../app/tracker/TrackerPage.cpp" line="280"/>
        <source>页面不存在。</source>
        <translation>No such page.</translation>
    </message>
    <message>
        <location filename="../app/tracker/TrackerPage.cpp" line="282"/>
        <source>不支持此请求方式。</source>
        <translation>This method is not allowed.</translation>
    </message>
    <message>
        <location filename="../app/tracker/TrackerPage.cpp" line="284"/>
        <source>请求过长。</source>
        <translation>The request is too long.</translation>
    </message>
    <message>
        <location filename="../app/tracker/TrackerPage.cpp" line="286"/>
        <source>请求过于频繁，请稍后再试。</source>
        <translation>Too many requests: please wait a moment.</translation>
    </message>
    <message>
        <location filename="../app/tracker/TrackerPage.cpp" line="288"/>
        <source>请求无效。</source>
        <translation>Bad request.</translation>
    </message>
</context>
</TS>

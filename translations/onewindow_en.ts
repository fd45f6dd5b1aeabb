<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
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
        <location filename="../ui/common/CaseStateText.cpp" line="59"/>
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
        <location filename="../ui/common/CaseStateText.cpp" line="67"/>
        <location filename="../ui/common/CaseStateText.cpp" line="90"/>
        <source>不予许可</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../ui/common/CaseStateText.cpp" line="42"/>
        <source>不再办理</source>
        <translation>Not pursued</translation>
    </message>
    <message>
        <location filename="../ui/common/CaseStateText.cpp" line="51"/>
        <source>受理</source>
        <translation>Accept</translation>
    </message>
    <message>
        <location filename="../ui/common/CaseStateText.cpp" line="53"/>
        <source>认领</source>
        <translation>Claim</translation>
    </message>
    <message>
        <location filename="../ui/common/CaseStateText.cpp" line="55"/>
        <source>释放</source>
        <translation>Release</translation>
    </message>
    <message>
        <location filename="../ui/common/CaseStateText.cpp" line="57"/>
        <source>审批通过</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../ui/common/CaseStateText.cpp" line="61"/>
        <source>补齐材料</source>
        <translation>Supplement received</translation>
    </message>
    <message>
        <location filename="../ui/common/CaseStateText.cpp" line="63"/>
        <source>启动特别程序</source>
        <translation>Start special procedure</translation>
    </message>
    <message>
        <location filename="../ui/common/CaseStateText.cpp" line="65"/>
        <source>结束特别程序</source>
        <translation>End special procedure</translation>
    </message>
    <message>
        <location filename="../ui/common/CaseStateText.cpp" line="69"/>
        <source>办结</source>
        <translation>Complete</translation>
    </message>
    <message>
        <location filename="../ui/common/CaseStateText.cpp" line="71"/>
        <source>送达</source>
        <translation>Deliver</translation>
    </message>
    <message>
        <location filename="../ui/common/CaseStateText.cpp" line="73"/>
        <location filename="../ui/common/CaseStateText.cpp" line="92"/>
        <source>撤回</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <location filename="../ui/common/CaseStateText.cpp" line="75"/>
        <source>重新办理</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location filename="../ui/common/CaseStateText.cpp" line="86"/>
        <source>准予（出证）</source>
        <translation>Granted (certificate issued)</translation>
    </message>
    <message>
        <location filename="../ui/common/CaseStateText.cpp" line="88"/>
        <source>部分准予</source>
        <translation>Partly granted</translation>
    </message>
    <message>
        <location filename="../ui/common/CaseStateText.cpp" line="101"/>
        <source>听证</source>
        <translation>Hearing</translation>
    </message>
    <message>
        <location filename="../ui/common/CaseStateText.cpp" line="103"/>
        <source>现场核查</source>
        <translation>On-site inspection</translation>
    </message>
    <message>
        <location filename="../ui/common/CaseStateText.cpp" line="105"/>
        <source>检验检测</source>
        <translation>Testing</translation>
    </message>
    <message>
        <location filename="../ui/common/CaseStateText.cpp" line="107"/>
        <source>专家评审</source>
        <translation>Expert review</translation>
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
    <name>NotificationRenderer</name>
    <message>
        <location filename="../app/receipts/NotificationRenderer.cpp" line="33"/>
        <location filename="../app/receipts/NotificationRenderer.cpp" line="97"/>
        <source>一次性告知书</source>
        <translation>One-time notification</translation>
    </message>
    <message>
        <location filename="../app/receipts/NotificationRenderer.cpp" line="36"/>
        <source>申请人：%1</source>
        <translation>Applicant: %1</translation>
    </message>
    <message>
        <location filename="../app/receipts/NotificationRenderer.cpp" line="39"/>
        <source>身份证号：%1</source>
        <translation>ID number: %1</translation>
    </message>
    <message>
        <location filename="../app/receipts/NotificationRenderer.cpp" line="40"/>
        <source>办理事项：%1</source>
        <translation>Matter: %1</translation>
    </message>
    <message>
        <location filename="../app/receipts/NotificationRenderer.cpp" line="41"/>
        <source>告知时间：%1</source>
        <translation>Issued: %1</translation>
    </message>
    <message>
        <location filename="../app/receipts/NotificationRenderer.cpp" line="43"/>
        <source>受理窗口：%1</source>
        <translation>Counter: %1</translation>
    </message>
    <message>
        <location filename="../app/receipts/NotificationRenderer.cpp" line="44"/>
        <source>经办人：%1</source>
        <translation>Clerk: %1</translation>
    </message>
    <message>
        <location filename="../app/receipts/NotificationRenderer.cpp" line="47"/>
        <source>您申请办理的事项尚缺以下材料，现一次性告知如下：</source>
        <translation>Your application still lacks the following. This is the complete list:</translation>
    </message>
    <message>
        <location filename="../app/receipts/NotificationRenderer.cpp" line="49"/>
        <source>需补齐的材料（共 %1 项）</source>
        <translation>Materials to bring (%1 in all)</translation>
    </message>
    <message>
        <location filename="../app/receipts/NotificationRenderer.cpp" line="54"/>
        <source>%1. %2（%3）</source>
        <translation>%1. %2 (%3)</translation>
    </message>
    <message>
        <location filename="../app/receipts/NotificationRenderer.cpp" line="56"/>
        <source>原因：%1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <location filename="../app/receipts/NotificationRenderer.cpp" line="61"/>
        <source>需补充或更正的信息（共 %1 项）</source>
        <translation>Details to add or correct (%1 in all)</translation>
    </message>
    <message>
        <location filename="../app/receipts/NotificationRenderer.cpp" line="64"/>
        <location filename="../app/receipts/NotificationRenderer.cpp" line="70"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location filename="../app/receipts/NotificationRenderer.cpp" line="67"/>
        <source>已收取或已调取的材料</source>
        <translation>Materials received or on file</translation>
    </message>
    <message>
        <location filename="../app/receipts/NotificationRenderer.cpp" line="72"/>
        <source>以上为全部所需补齐内容，补齐后即可受理，不再另行要求其他材料。</source>
        <translation>This is everything still needed; once it is complete the application is accepted and nothing else will be asked for.</translation>
    </message>
    <message>
        <location filename="../app/receipts/NotificationRenderer.cpp" line="75"/>
        <source>已填写的信息已保存为草稿，再次来办时出示身份证即可继续办理，无需重新填写。</source>
        <translation>The answers are kept as a draft: show your ID card on the next visit and carry on without filling anything in again.</translation>
    </message>
    <message>
        <location filename="../app/receipts/NotificationRenderer.cpp" line="78"/>
        <source>草稿编号：%1</source>
        <translation>Draft reference: %1</translation>
    </message>
    <message>
        <location filename="../app/receipts/NotificationRenderer.cpp" line="80"/>
        <source>咨询电话：%1</source>
        <translation>Enquiries: %1</translation>
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
    <name>OneWindow::CaseFileModel</name>
    <message>
        <location filename="../ui/models/CaseFileModel.cpp" line="209"/>
        <source>在办件（%1）</source>
        <translation>Open cases (%1)</translation>
    </message>
    <message>
        <location filename="../ui/models/CaseFileModel.cpp" line="211"/>
        <source>草稿与待补材料（%1）</source>
        <translation>Drafts and missing materials (%1)</translation>
    </message>
    <message>
        <location filename="../ui/models/CaseFileModel.cpp" line="213"/>
        <source>可复用材料（%1）</source>
        <translation>Reusable documents (%1)</translation>
    </message>
    <message>
        <location filename="../ui/models/CaseFileModel.cpp" line="215"/>
        <source>今日预约（%1）</source>
        <translation>Today&apos;s appointments (%1)</translation>
    </message>
    <message>
        <location filename="../ui/models/CaseFileModel.cpp" line="217"/>
        <source>历史办件（%1）</source>
        <translation>Past cases (%1)</translation>
    </message>
    <message>
        <location filename="../ui/models/CaseFileModel.cpp" line="249"/>
        <source>%1/%2 个部门已办结</source>
        <translation>%1/%2 departments done</translation>
    </message>
    <message>
        <location filename="../ui/models/CaseFileModel.cpp" line="302"/>
        <source>电子证照</source>
        <translation>Electronic licence</translation>
    </message>
    <message>
        <location filename="../ui/models/CaseFileModel.cpp" line="302"/>
        <source>既往办件材料</source>
        <translation>Material from an earlier case</translation>
    </message>
    <message>
        <location filename="../ui/models/CaseFileModel.cpp" line="304"/>
        <source>有效至 %1</source>
        <translation>Valid until %1</translation>
    </message>
    <message>
        <location filename="../ui/models/CaseFileModel.cpp" line="305"/>
        <source>长期有效</source>
        <translation>No expiry</translation>
    </message>
    <message>
        <location filename="../ui/models/CaseFileModel.cpp" line="331"/>
        <source>已预约</source>
        <translation>Booked</translation>
    </message>
    <message>
        <location filename="../ui/models/CaseFileModel.cpp" line="333"/>
        <source>已到场</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <location filename="../ui/models/CaseFileModel.cpp" line="335"/>
        <source>已办理</source>
        <translation>Served</translation>
    </message>
    <message>
        <location filename="../ui/models/CaseFileModel.cpp" line="337"/>
        <source>已取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../ui/models/CaseFileModel.cpp" line="366"/>
        <source>草稿</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../ui/models/CaseFileModel.cpp" line="366"/>
        <source>一次性告知后待补</source>
        <translation>Waiting after a one-time notification</translation>
    </message>
    <message>
        <location filename="../ui/models/CaseFileModel.cpp" line="369"/>
        <source>填写中，未受理</source>
        <translation>In progress, not accepted</translation>
    </message>
    <message>
        <location filename="../ui/models/CaseFileModel.cpp" line="370"/>
        <source>待补材料 %1 项</source>
        <translation>%1 material(s) missing</translation>
    </message>
    <message>
        <location filename="../ui/models/CaseFileModel.cpp" line="375"/>
        <source>选择此事项即继续办理</source>
        <translation>Pick this matter to carry on</translation>
    </message>
    <message>
        <location filename="../ui/models/CaseFileModel.cpp" line="379"/>
        <source>缺：%1</source>
        <translation>Missing: %1</translation>
    </message>
    <message>
        <location filename="../ui/models/CaseFileModel.cpp" line="379"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../ui/models/CaseFileModel.cpp" line="395"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/models/CaseFileModel.cpp" line="397"/>
        <source>编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../ui/models/CaseFileModel.cpp" line="399"/>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../ui/models/CaseFileModel.cpp" line="401"/>
        <source>时限/有效期</source>
        <translation>Deadline / valid until</translation>
    </message>
    <message>
        <location filename="../ui/models/CaseFileModel.cpp" line="403"/>
        <source>说明</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>OneWindow::CaseFilePage</name>
    <message>
        <location filename="../ui/counter/CaseFilePage.cpp" line="55"/>
        <source>办理事项</source>
        <translation>Matters</translation>
    </message>
    <message>
        <location filename="../ui/counter/CaseFilePage.cpp" line="59"/>
        <source>名称、拼音首字母或部门</source>
        <translation>Name, pinyin initials or department</translation>
    </message>
    <message>
        <location filename="../ui/counter/CaseFilePage.cpp" line="71"/>
        <source>开始受理 (Enter)</source>
        <translation>Start intake (Enter)</translation>
    </message>
    <message>
        <location filename="../ui/counter/CaseFilePage.cpp" line="105"/>
        <source>首次来办，档案中暂无记录</source>
        <translation>First visit: nothing on file yet</translation>
    </message>
    <message>
        <location filename="../ui/counter/CaseFilePage.cpp" line="107"/>
        <source>%1 · %2 · %3 · 电话 %4</source>
        <translation>%1 · %2 · %3 · phone %4</translation>
    </message>
    <message>
        <location filename="../ui/counter/CaseFilePage.cpp" line="194"/>
        <source>%1（有草稿，继续办理）</source>
        <translation>%1 (draft: carry on)</translation>
    </message>
</context>
<context>
    <name>OneWindow::CounterWorkspace</name>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="46"/>
        <source>读卡 (F2)</source>
        <translation>Read card (F2)</translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="49"/>
        <source>手工录入 (F3)</source>
        <translation>Enter by hand (F3)</translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="52"/>
        <source>识别二维码图片…</source>
        <translation>Read a QR code image…</translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="55"/>
        <source>摄像头扫码 (F4)</source>
        <translation>Camera scan (F4)</translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="80"/>
        <source>请读取证件</source>
        <translation>Read the citizen&apos;s card</translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="85"/>
        <source>请市民将身份证放在读卡器上，按 F2 或点击“读卡”。无法读卡时按 F3 手工录入（交值班长复核）。读卡后自动调取市民在各部门的办件档案，已有材料无需重复提交。</source>
        <translation>Ask the citizen to put their ID card on the reader and press F2 or click &quot;Read card&quot;. When no card can be read, press F3 to enter the identity by hand (a supervisor reviews it). The citizen&apos;s file across departments opens after the read; documents already on file need not be brought again.</translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="95"/>
        <source>查找档案（不读卡，仅供查看）</source>
        <translation>Find a file (without the card, for reading only)</translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="100"/>
        <source>身份证号、姓名或拼音首字母、办件编号、电话</source>
        <translation>ID number, name or pinyin initials, case number, phone</translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="165"/>
        <source>读卡器：未配置</source>
        <translation>Reader: not configured</translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="190"/>
        <source>综合窗口</source>
        <translation>Counter</translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="222"/>
        <source>读卡器 %1：就绪，请放置证件</source>
        <translation>Reader %1: ready, place a card</translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="224"/>
        <source>读卡器 %1：正在读卡…</source>
        <translation>Reader %1: reading…</translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="226"/>
        <source>读卡器 %1：已读取，请取走证件</source>
        <translation>Reader %1: read, take the card away</translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="228"/>
        <source>读卡器 %1：无响应或故障（%2）</source>
        <translation>Reader %1: not answering or faulty (%2)</translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="233"/>
        <source>读卡器：未找到，请检查连接（自动重试）</source>
        <translation>Reader: not found, check the connection (retrying)</translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="234"/>
        <source>读卡器 %1：已断开，正在重新连接…</source>
        <translation>Reader %1: disconnected, reconnecting…</translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="243"/>
        <source>读卡器：%1 就绪</source>
        <translation>Reader: %1 ready</translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="249"/>
        <source>读卡器：%1 正在读卡…</source>
        <translation>Reader: %1 reading…</translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="280"/>
        <source>选择二维码图片</source>
        <translation>Choose a QR code image</translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="281"/>
        <source>图片 (*.png *.jpg *.jpeg *.bmp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.bmp)</translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="286"/>
        <source>无法打开图片 %1。</source>
        <translation>Cannot open the image %1.</translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="291"/>
        <source>图片中没有找到可识别的二维码。</source>
        <translation>No readable QR code was found in the image.</translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="305"/>
        <source>这不是本大厅的二维码，内容为：
%1</source>
        <translation>This is not a code of this hall. It says:
%1</translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="308"/>
        <source>这是一个网址，不是本大厅的二维码：
%1</source>
        <translation>This is a web address, not a code of this hall:
%1</translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="312"/>
        <source>二维码已过期，请让市民刷新后重新出示。</source>
        <translation>The code has expired: ask the citizen to refresh it and show it again.</translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="314"/>
        <source>二维码版本过新，本窗口程序无法识别，请升级。</source>
        <translation>The code is of a newer version than this counter understands: please upgrade.</translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="315"/>
        <source>二维码校验失败：可能是伪造或被篡改的二维码，已拒绝。</source>
        <translation>The code failed its check: it may be forged or altered, so it was refused.</translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="321"/>
        <source>预约的事项（%1）不在本窗口的事项目录中。</source>
        <translation>The booked matter (%1) is not in this counter&apos;s catalogue.</translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="325"/>
        <source>预约：%1（%2）。请读取申请人的身份证，读卡后自动进入受理。</source>
        <translation>Appointment: %1 (%2). Read the applicant&apos;s ID card; intake starts after the read.</translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="345"/>
        <source>没有找到办件 %1。</source>
        <translation>Case %1 was not found.</translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="353"/>
        <source>由回执二维码打开办件 %1，未核验身份；办理新事项请读卡。</source>
        <translation>Case %1 opened from a receipt code; identity not verified. Read the card to start a new matter.</translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="400"/>
        <source>由档案检索打开，未核验身份；办理新事项请读卡。</source>
        <translation>Opened from a search; identity not verified. Read the card to start a new matter.</translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="408"/>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="418"/>
        <source>一窗通</source>
        <translation>OneWindow</translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="464"/>
        <source>请先读取申请人的身份证（F2），或手工录入身份（F3）。</source>
        <translation>First read the applicant&apos;s ID card (F2) or enter the identity by hand (F3).</translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="495"/>
        <source>申请人：%1</source>
        <translation>Applicant: %1</translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="516"/>
        <source>还有 %1 项需要修改，见各项旁的红字。</source>
        <translation>%1 answers still need changes: see the red notes beside them.</translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="524"/>
        <source>还有 %1 项材料未收取：%2。光标已在材料清单：空格或 Enter 勾选当前一项并转到下一项，F7 全部已收。</source>
        <translation>%1 material(s) not yet received: %2. The cursor is in the checklist: Space or Enter ticks the current one and moves to the next, F7 ticks them all.</translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="527"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="537"/>
        <source>办件 %1 已受理并保存，但回执未能生成：%2</source>
        <translation>Case %1 is accepted and stored, but the receipt could not be produced: %2</translation>
    </message>
    <message>
        <location filename="../ui/counter/CounterWorkspace.cpp" line="541"/>
        <source>办件 %1 已受理，回执已生成</source>
        <translation>Case %1 accepted, receipt written</translation>
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
    <name>OneWindow::IntakePage</name>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="77"/>
        <source>%1 %2 份</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="165"/>
        <source>收费</source>
        <translation>Fees</translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="179"/>
        <source>返回档案 (Esc)</source>
        <translation>Back to the file (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="182"/>
        <source>一次性告知书 (F8)</source>
        <translation>One-time notification (F8)</translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="184"/>
        <source>打印缺少的全部材料及原因，保存草稿待市民补齐后继续办理</source>
        <translation>Print everything missing with the reasons and keep the draft until the citizen comes back</translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="185"/>
        <source>受理 (F9)</source>
        <translation>Accept (F9)</translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="78"/>
        <source>原件</source>
        <translation>original</translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="78"/>
        <source>复印件</source>
        <translation>copy</translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="137"/>
        <source>材料清单 (F6)</source>
        <translation>Materials (F6)</translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="151"/>
        <source>全部已收 (F7)</source>
        <translation>All received (F7)</translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="153"/>
        <source>市民已交齐清单上全部材料时，一键全部勾选</source>
        <translation>When the citizen has handed over everything on the list, tick it all at once</translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="156"/>
        <source>空格或 Enter：勾选当前材料并转到下一项。已有电子证照或本次读卡核验的材料自动勾选，无需再收。</source>
        <translation>Space or Enter: tick the current material and move to the next. Materials on file or proven by this card read are ticked already.</translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="260"/>
        <source>草稿已自动保存 %1</source>
        <translation>Draft saved %1</translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="267"/>
        <source>草稿暂未能保存（%1），填写内容仍在本机，将自动重试</source>
        <translation>Draft not saved yet (%1); the answers stay on this computer and saving is retried</translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="335"/>
        <source>请将“%1”的身份证放在读卡器上</source>
        <translation>Place the ID card of “%1” on the reader</translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="375"/>
        <source>第 %1/%2 部分：%3（Ctrl+PgDn 下一部分，Ctrl+PgUp 上一部分）</source>
        <translation>Part %1 of %2: %3 (Ctrl+PgDn next part, Ctrl+PgUp previous part)</translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="713"/>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="233"/>
        <location filename="../ui/counter/IntakePage.cpp" line="744"/>
        <source>材料已收齐，可以受理 (F9)</source>
        <translation>All materials received: ready to accept (F9)</translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="234"/>
        <location filename="../ui/counter/IntakePage.cpp" line="745"/>
        <source>材料已收齐；表单还有未填的项目，受理 (F9) 时逐项提示</source>
        <translation>All materials received; some answers are still missing, F9 shows them</translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="772"/>
        <source>已将清单上的材料全部标记为已收</source>
        <translation>Every material on the list marked received</translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="820"/>
        <source>“%1”的证件有问题：%2。请另行核验，受理时须说明理由。</source>
        <translation>The card of &quot;%1&quot; has a problem: %2. Check the identity another way; accepting will ask for your reason.</translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="435"/>
        <source>已恢复 %1 保存的草稿</source>
        <translation>Draft of %1 resumed</translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="438"/>
        <source>已恢复 %1 保存的草稿（事项模板已由第 %2 版更新为第 %3 版，请核对）</source>
        <translation>Draft of %1 resumed (the matter changed from version %2 to %3: please check)</translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="445"/>
        <source>草稿暂不可读：%1</source>
        <translation>Drafts cannot be read now: %1</translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="576"/>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="578"/>
        <source> — 已有，自动勾选</source>
        <translation> — on file, ticked</translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="580"/>
        <source> — 已在表单中收取</source>
        <translation> — received in the form</translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="599"/>
        <source>%1：%2 元</source>
        <translation>%1: %2 yuan</translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="601"/>
        <source>本事项不收费</source>
        <translation>No fees for this matter</translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="602"/>
        <source>合计：%1 元</source>
        <translation>Total: %1 yuan</translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="826"/>
        <source>已读取“%1”的身份证</source>
        <translation>Card of “%1” read</translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="952"/>
        <source>材料齐全、信息完整，可直接受理 (F9)</source>
        <translation>Everything is complete: accept with F9</translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="963"/>
        <source>一次性告知书未能生成：%1</source>
        <translation>The one-time notification could not be written: %1</translation>
    </message>
    <message>
        <location filename="../ui/counter/IntakePage.cpp" line="970"/>
        <source>已生成一次性告知书（缺 %1 项材料），草稿已保存，市民补齐后读卡即可继续办理。</source>
        <translation>One-time notification written (%1 materials missing); the draft is saved and resumes when the citizen&apos;s card is read again.</translation>
    </message>
</context>
<context>
    <name>OneWindow::LoginDialog</name>
    <message>
        <location filename="../ui/shell/LoginDialog.cpp" line="31"/>
        <source>一窗通 · 已锁定</source>
        <translation>OneWindow · Locked</translation>
    </message>
    <message>
        <location filename="../ui/shell/LoginDialog.cpp" line="32"/>
        <source>窗口已锁定，请重新登录</source>
        <translation>The counter is locked: sign in again</translation>
    </message>
</context>
<context>
    <name>OneWindow::MainWindow</name>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="32"/>
        <source>一窗通 · %1 · %2号窗口</source>
        <translation>OneWindow · %1 · counter %2</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="36"/>
        <source>工作区</source>
        <translation>Workspaces</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="44"/>
        <source>操作</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="62"/>
        <source>当前账号没有可用的工作区，请联系管理员分配角色。</source>
        <translation>This account has no workspace. Ask an administrator to assign a role.</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="115"/>
        <source>窗口受理</source>
        <translation>Counter clerk</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="117"/>
        <source>部门审批（%1）</source>
        <translation>Department officer (%1)</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="118"/>
        <source>值班长</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="119"/>
        <source>管理员</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="120"/>
        <source>%1 · %2号窗口 · %3（%4）</source>
        <translation>%1 · counter %2 · %3 (%4)</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="87"/>
        <source>锁屏 (Ctrl+L)</source>
        <translation>Lock (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="93"/>
        <source>窗口设置</source>
        <translation>Counter settings</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="124"/>
        <source>%1 · %2号窗口</source>
        <translation>%1 · counter %2</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="82"/>
        <source>无法接收其他窗口的实时更新，请手动刷新。</source>
        <translation>Live updates from other counters are unavailable: reopen the file to refresh it.</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="84"/>
        <source>有模板无法加载，已跳过：%1</source>
        <translation>A template could not be loaded and was skipped: %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="132"/>
        <source>数据库：大厅服务器已连接</source>
        <translation>Database: hall server connected</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="133"/>
        <source>数据库：本机数据已连接</source>
        <translation>Database: this computer&apos;s data connected</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="137"/>
        <source>数据库：大厅服务器无法连接</source>
        <translation>Database: hall server unreachable</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="138"/>
        <source>数据库：本机数据无法打开</source>
        <translation>Database: this computer&apos;s data cannot be opened</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="311"/>
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
    <name>OneWindow::ReceiptPreviewDialog</name>
    <message>
        <location filename="../ui/common/ReceiptPreviewDialog.cpp" line="29"/>
        <source>回执预览</source>
        <translation>Receipt preview</translation>
    </message>
    <message>
        <location filename="../ui/common/ReceiptPreviewDialog.cpp" line="38"/>
        <source>打印(&amp;P)</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <location filename="../ui/common/ReceiptPreviewDialog.cpp" line="43"/>
        <source>选择打印机(&amp;R)…</source>
        <translation>P&amp;rinter…</translation>
    </message>
    <message>
        <location filename="../ui/common/ReceiptPreviewDialog.cpp" line="46"/>
        <source>另存为(&amp;S)…</source>
        <translation>&amp;Save as…</translation>
    </message>
    <message>
        <location filename="../ui/common/ReceiptPreviewDialog.cpp" line="49"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../ui/common/ReceiptPreviewDialog.cpp" line="106"/>
        <source>打印失败</source>
        <translation>Printing failed</translation>
    </message>
    <message>
        <location filename="../ui/common/ReceiptPreviewDialog.cpp" line="107"/>
        <source>无法打印到所选打印机，请检查打印机后重试。</source>
        <translation>Could not print on the chosen printer. Check the printer and try again.</translation>
    </message>
    <message>
        <location filename="../ui/common/ReceiptPreviewDialog.cpp" line="145"/>
        <source>保存回执</source>
        <translation>Save receipt</translation>
    </message>
    <message>
        <location filename="../ui/common/ReceiptPreviewDialog.cpp" line="145"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/common/ReceiptPreviewDialog.cpp" line="150"/>
        <source>保存失败</source>
        <translation>Saving failed</translation>
    </message>
    <message>
        <location filename="../ui/common/ReceiptPreviewDialog.cpp" line="151"/>
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
    <name>OneWindow::ScalarFieldEditor</name>
    <message>
        <location filename="../ui/counter/fields/ScalarFieldEditor.cpp" line="41"/>
        <source>已收取</source>
        <translation>received</translation>
    </message>
    <message>
        <location filename="../ui/counter/fields/ScalarFieldEditor.cpp" line="64"/>
        <source>年-月-日，可输入 20260131 或本年的 0131</source>
        <translation>Year-month-day; 20260131, or 0131 for this year</translation>
    </message>
    <message>
        <location filename="../ui/counter/fields/ScalarFieldEditor.cpp" line="162"/>
        <source>输入开头的字，自动补全本大厅常见的填写（按 Enter 采用）</source>
        <translation>Type the first characters: the hall&apos;s usual answers complete it (Enter keeps it)</translation>
    </message>
    <message>
        <location filename="../ui/counter/fields/ScalarFieldEditor.cpp" line="69"/>
        <source>元，最多两位小数</source>
        <translation>yuan, at most two decimals</translation>
    </message>
</context>
<context>
    <name>OneWindow::SettingsDialog</name>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="26"/>
        <source>模拟读卡器（演示）</source>
        <translation>Simulated reader (demo)</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="27"/>
        <source>自动检测串口</source>
        <translation>Detect the serial port</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="40"/>
        <source>只有管理员可以修改窗口设置。</source>
        <translation>Only an administrator can change the counter settings.</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="69"/>
        <source>大厅代码应为 2 至 12 位字母或数字。</source>
        <translation>The hall code is 2 to 12 letters or digits.</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="71"/>
        <source>窗口编号应为 1 至 8 位字母或数字。</source>
        <translation>The counter number is 1 to 8 letters or digits.</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="73"/>
        <source>密钥应为 32 至 128 位十六进制字符。</source>
        <translation>The key is 32 to 128 hexadecimal digits.</translation>
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
    <name>QObject</name>
    <message>
        <location filename="../app/main.cpp" line="105"/>
        <source>一窗通</source>
        <translation>OneWindow</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="106"/>
        <source>无法打开数据库 %1：
%2</source>
        <translation>Cannot open the database %1:
%2</translation>
    </message>
</context>
<context>
    <name>ReceiptRenderer</name>
    <message>
        <location filename="../app/receipts/ReceiptRenderer.cpp" line="68"/>
        <location filename="../app/receipts/ReceiptRenderer.cpp" line="164"/>
        <source>受理回执</source>
        <translation>Acceptance receipt</translation>
    </message>
    <message>
        <location filename="../app/receipts/ReceiptRenderer.cpp" line="72"/>
        <source>受理编号：%1</source>
        <translation>Case number: %1</translation>
    </message>
    <message>
        <location filename="../app/receipts/ReceiptRenderer.cpp" line="73"/>
        <source>办理事项：%1</source>
        <translation>Matter: %1</translation>
    </message>
    <message>
        <location filename="../app/receipts/ReceiptRenderer.cpp" line="74"/>
        <source>申请人：%1</source>
        <translation>Applicant: %1</translation>
    </message>
    <message>
        <location filename="../app/receipts/ReceiptRenderer.cpp" line="77"/>
        <source>身份证号：%1</source>
        <translation>ID number: %1</translation>
    </message>
    <message>
        <location filename="../app/receipts/ReceiptRenderer.cpp" line="80"/>
        <source>联系电话：%1</source>
        <translation>Phone: %1</translation>
    </message>
    <message>
        <location filename="../app/receipts/ReceiptRenderer.cpp" line="82"/>
        <source>受理时间：%1</source>
        <translation>Accepted: %1</translation>
    </message>
    <message>
        <location filename="../app/receipts/ReceiptRenderer.cpp" line="84"/>
        <source>受理窗口：%1</source>
        <translation>Counter: %1</translation>
    </message>
    <message>
        <location filename="../app/receipts/ReceiptRenderer.cpp" line="85"/>
        <source>受理人员：%1</source>
        <translation>Clerk: %1</translation>
    </message>
    <message>
        <location filename="../app/receipts/ReceiptRenderer.cpp" line="87"/>
        <source>扫码查询办理进度</source>
        <translation>Scan to track progress</translation>
    </message>
    <message>
        <location filename="../app/receipts/ReceiptRenderer.cpp" line="91"/>
        <source>承办部门及办理时限</source>
        <translation>Departments and time limits</translation>
    </message>
    <message>
        <location filename="../app/receipts/ReceiptRenderer.cpp" line="93"/>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../app/receipts/ReceiptRenderer.cpp" line="93"/>
        <source>办理事项</source>
        <translation>Matters</translation>
    </message>
    <message>
        <location filename="../app/receipts/ReceiptRenderer.cpp" line="94"/>
        <source>办结时限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../app/receipts/ReceiptRenderer.cpp" line="99"/>
        <source>承诺办结日期：%1</source>
        <translation>Promised completion: %1</translation>
    </message>
    <message>
        <location filename="../app/receipts/ReceiptRenderer.cpp" line="102"/>
        <source>已收材料</source>
        <translation>Materials received</translation>
    </message>
    <message>
        <location filename="../app/receipts/ReceiptRenderer.cpp" line="104"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location filename="../app/receipts/ReceiptRenderer.cpp" line="109"/>
        <source>请妥善保管本回执，凭本回执查询进度、领取办理结果。</source>
        <translation>Keep this receipt: it tracks progress and collects the result.</translation>
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
        <location filename="../ui/settings/SettingsDialog.ui" line="16"/>
        <source>数据库(&amp;D)</source>
        <translation>&amp;Database</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.ui" line="22"/>
        <source>留空使用本机 SQLite；或 postgresql://用户@主机:端口/库名</source>
        <translation>Empty for the local SQLite file, or postgresql://user@host:port/dbname</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.ui" line="27"/>
        <source>大厅代码(&amp;H)</source>
        <translation>&amp;Hall code</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.ui" line="36"/>
        <source>大厅名称</source>
        <translation>Hall name</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.ui" line="45"/>
        <source>窗口编号(&amp;C)</source>
        <translation>&amp;Counter number</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.ui" line="54"/>
        <source>读卡器(&amp;R)</source>
        <translation>Card &amp;reader</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.ui" line="65"/>
        <source>大厅二维码密钥</source>
        <translation>Hall QR key</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.ui" line="72"/>
        <source>32 至 128 位十六进制</source>
        <translation>32 to 128 hex digits</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.ui" line="77"/>
        <source>无操作自动锁屏（分钟）</source>
        <translation>Lock when idle (minutes)</translation>
    </message>
</context>
<context>
    <name>UserMessages</name>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="11"/>
        <source>数据库正忙（被其他窗口锁定），请稍后重试。已填写的内容没有丢失。</source>
        <translation>The database is busy (locked by another counter). Try again shortly; nothing you entered is lost.</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="13"/>
        <source>数据库所在磁盘已满，无法保存。请联系管理员；已填写的内容仍保留在本窗口。</source>
        <translation>The database disk is full, so nothing could be saved. Call the administrator; what you entered stays in this window.</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="15"/>
        <source>数据库是只读的，无法保存。请联系管理员；已填写的内容仍保留在本窗口。</source>
        <translation>The database is read-only, so nothing could be saved. Call the administrator; what you entered stays in this window.</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="17"/>
        <source>无法连接数据库或数据库文件不可用。请检查网络或联系管理员；已填写的内容没有丢失。</source>
        <translation>The database cannot be reached or its file is unavailable. Check the network or call the administrator; nothing you entered is lost.</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="20"/>
        <source>数据库地址无效：请使用 sqlite:路径 或 postgresql://用户@主机:端口/库名（密码放在 pgpass 文件中）。</source>
        <translation>Invalid database address: use sqlite:PATH or postgresql://user@host:port/dbname (the password goes in a pgpass file).</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="23"/>
        <source>数据库由更新版本的一窗通创建，请升级本程序。</source>
        <translation>The database was made by a newer OneWindow: please upgrade this program.</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="25"/>
        <source>缺少数据库驱动（Qt SQL 插件），请重新安装。</source>
        <translation>The database driver (Qt SQL plugin) is missing: please reinstall.</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="27"/>
        <source>用户名或密码不正确。</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="29"/>
        <source>该账号已停用，请联系管理员。</source>
        <translation>This account is disabled: call the administrator.</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="31"/>
        <source>当前账号的角色无权进行此操作。</source>
        <translation>Your role does not allow this.</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="33"/>
        <source>表单还有未填或填写有误的项目，请按提示修改。</source>
        <translation>Some answers are missing or wrong: see the notes beside them.</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="39"/>
        <source>缺少中文字体（文泉驿微米黑），无法生成回执。请安装 fonts-wqy-microhei。</source>
        <translation>The Chinese font (WenQuanYi Micro Hei) is missing, so no receipt can be made. Install fonts-wqy-microhei.</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="41"/>
        <source>无法写入文件，请检查磁盘空间和权限。</source>
        <translation>Cannot write the file: check the disk space and permissions.</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="42"/>
        <source>操作失败（%1）。</source>
        <translation>The operation failed (%1).</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="49"/>
        <source>证件已过期</source>
        <translation>The card has expired</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="51"/>
        <source>证件尚未生效</source>
        <translation>The card is not valid yet</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="35"/>
        <source>还有未收取的材料，请在材料清单 (F6) 中逐项勾选已收的材料。</source>
        <translation>Some materials are not received yet: tick each one received in the checklist (F6).</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="37"/>
        <source>申请人身份有问题，受理前须说明理由（交值班长复核）。</source>
        <translation>The identity has a problem: give your reason before accepting (a supervisor reviews it).</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="59"/>
        <source>手工录入的身份，未读卡核验</source>
        <translation>Identity entered by hand, no card read</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="61"/>
        <source>由电子身份码识别，未出示证件</source>
        <translation>Identified by an e-ID code, no card shown</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="63"/>
        <source>证件上没有姓名</source>
        <translation>The card carries no name</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="64"/>
        <source>证件异常（%1）</source>
        <translation>Card problem (%1)</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="72"/>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="78"/>
        <source>手工录入的身份（未读卡）</source>
        <translation>Entered by hand (no card read)</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="80"/>
        <source>电子身份码识别的身份（未读卡）</source>
        <translation>Identified by e-ID code (no card read)</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="81"/>
        <source>已读卡，证件有问题</source>
        <translation>Card read: the card has a problem</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="81"/>
        <source>已读卡，证件有效</source>
        <translation>Card read: the card is valid</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="86"/>
        <source>受理时须说明理由，办件将交值班长复核。</source>
        <translation>Accepting needs your reason; a supervisor reviews the case.</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="92"/>
        <source>未检测到证件，请将证件放在读卡器上。</source>
        <translation>No card found: place the card on the reader.</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="94"/>
        <source>证件无法读取（芯片损坏或放置不当），请重新放置；仍失败时请手工录入并交值班长复核。</source>
        <translation>The card cannot be read (damaged chip or badly placed). Place it again; if it still fails, enter the identity by hand for supervisor review.</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="97"/>
        <source>读卡器数据校验错误，请重新读卡。</source>
        <translation>The reader&apos;s data failed its checksum: read again.</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="99"/>
        <source>没有连接读卡器，请检查读卡器连接或在设置中选择端口。</source>
        <translation>No card reader is connected: check the cable or choose the port in the settings.</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="101"/>
        <source>无法识别的证件类型，请使用居民身份证、港澳台居民居住证或外国人永久居留身份证。</source>
        <translation>Unknown card type: use a resident ID card, a Hong Kong/Macao/Taiwan residence permit or a foreigner permanent residence card.</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="103"/>
        <source>读卡器数据不完整，请重新放置证件后再读。</source>
        <translation>The reader&apos;s answer was incomplete: place the card again and read.</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="105"/>
        <source>读卡器无响应，请检查连接。</source>
        <translation>The reader does not answer: check its connection.</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="106"/>
        <source>读卡失败（%1），请重新读卡。</source>
        <translation>Reading failed (%1): read again.</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="113"/>
        <source>男</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="115"/>
        <source>女</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../ui/common/UserMessages.cpp" line="117"/>
        <source>未说明</source>
        <translation>Not stated</translation>
    </message>
</context>
</TS>

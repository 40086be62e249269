<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <source>Double-Random Inspection System</source>
        <translation>双随机抽查系统</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Built on</source>
        <translation>构建日期</translation>
    </message>
    <message>
        <source>Draw specification</source>
        <translation>抽取规范</translation>
    </message>
    <message>
        <source>Data version</source>
        <translation>数据版本</translation>
    </message>
    <message>
        <source>%1 (this program reads up to %2)</source>
        <translation>%1（本程序最高可读取版本%2）</translation>
    </message>
    <message>
        <source>Data file</source>
        <translation>数据文件</translation>
    </message>
</context>
<context>
    <name>Access</name>
    <message>
        <source>view and print the data</source>
        <translation>查看和打印数据</translation>
    </message>
    <message>
        <source>change the item list and the registries</source>
        <translation>修改抽查事项清单和名录库</translation>
    </message>
    <message>
        <source>create, change and freeze inspection plans</source>
        <translation>新建、修改和冻结抽查计划</translation>
    </message>
    <message>
        <source>carry out draws and substitutions</source>
        <translation>进行抽取和递补</translation>
    </message>
    <message>
        <source>enter inspection results</source>
        <translation>录入检查结果</translation>
    </message>
    <message>
        <source>review inspection results</source>
        <translation>审核检查结果</translation>
    </message>
    <message>
        <source>publish inspection results</source>
        <translation>公示检查结果</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>管理用户</translation>
    </message>
    <message>
        <source>change the settings</source>
        <translation>修改设置</translation>
    </message>
    <message>
        <source>restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Your role may not %1. Ask an administrator if this is part of your work.</source>
        <translation>您的角色无权%1。如这属于您的工作，请联系管理员。</translation>
    </message>
    <message>
        <source>A user with the role %1 may not %2. Ask an administrator if this is part of your work.</source>
        <translation>角色为%1的用户无权%2。如这属于您的工作，请联系管理员。</translation>
    </message>
    <message>
        <source>confirm that another user voids a draw</source>
        <translation>确认他人作废抽取</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>Create the administrator</source>
        <translation>创建管理员</translation>
    </message>
    <message>
        <source>This data file has no users yet. Create the administrator: they manage the users and the settings, and may do everything else.</source>
        <translation>此数据文件还没有用户。请创建管理员：管理员负责管理用户和设置，也可进行其他所有操作。</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>新建用户</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>A new password for %1. Tell it to them in person; a lock after failed logins ends too.</source>
        <translation>为%1设置新密码。请当面告知本人；因登录失败而锁定的账户也将随之解锁。</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Change the password of %1.</source>
        <translation>修改%1的密码。</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>当前密码：</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>新密码：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Password again:</source>
        <translation>再次输入密码：</translation>
    </message>
    <message>
        <source>Quit the program</source>
        <translation>退出程序</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>Approval of the inspections</source>
        <translation>检查审批</translation>
    </message>
    <message>
        <source>Before the first visit a leader approves the inspections of plan %1: its items, the entities and the teams the draw gave. Print the 行政检查审批表 for signing, then record the signed approval here. It is recorded once and cannot be changed; no result is recorded before it, and no inspection day lies before its date.</source>
        <translation>实施检查前，须经负责人批准计划 %1 的检查：抽查事项、抽取的检查对象和检查组。请先打印《行政检查审批表》送签，再在此登记已签批的审批意见。审批只登记一次，登记后不能修改；审批前不能登记检查结果，检查日期也不能早于审批日期。</translation>
    </message>
    <message>
        <source>e.g. 王立新</source>
        <translation>例如：王立新</translation>
    </message>
    <message>
        <source>e.g. 副局长</source>
        <translation>例如：副局长</translation>
    </message>
    <message>
        <source>Approver:</source>
        <translation>审批人：</translation>
    </message>
    <message>
        <source>Post:</source>
        <translation>职务：</translation>
    </message>
    <message>
        <source>Date of approval:</source>
        <translation>审批日期：</translation>
    </message>
    <message>
        <source>Opinion:</source>
        <translation>审批意见：</translation>
    </message>
    <message>
        <source>Print the approval form…</source>
        <translation>打印审批表…</translation>
    </message>
    <message>
        <source>Record the approval</source>
        <translation>登记审批</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>无法打印</translation>
    </message>
    <message>
        <source>Record the approval?</source>
        <translation>登记审批？</translation>
    </message>
    <message>
        <source>Record the approval by %1 (%2) of %3? It cannot be changed afterwards.</source>
        <translation>登记 %1（%2）于 %3 的审批？登记后不能修改。</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>The approval has not been recorded. Discard what you typed and close?</source>
        <translation>审批尚未登记。放弃已填写的内容并关闭？</translation>
    </message>
</context>
<context>
    <name>ApproveInspectionCommand</name>
    <message>
        <source>record the approval of the plan&apos;s inspections (行政检查审批表), before the first result</source>
        <translation>登记计划检查的审批（行政检查审批表），须在第一条检查结果之前</translation>
    </message>
    <message>
        <source>The leader who approved (审批人).</source>
        <translation>审批的负责人（审批人）。</translation>
    </message>
    <message>
        <source>The approver&apos;s post (职务), e.g. 副局长.</source>
        <translation>审批人的职务，例如：副局长。</translation>
    </message>
    <message>
        <source>The date of the approval on the signed form.</source>
        <translation>签批表上的审批日期。</translation>
    </message>
    <message>
        <source>The approver&apos;s opinion (审批意见); default: %1</source>
        <translation>审批意见；默认：%1</translation>
    </message>
    <message>
        <source>--date %1 is not a date: write it as 2026-03-03.</source>
        <translation>--date %1 不是日期：请写成 2026-03-03 的形式。</translation>
    </message>
    <message>
        <source>the inspections of %1 are approved: %2</source>
        <translation>%1 的检查已审批：%2</translation>
    </message>
</context>
<context>
    <name>AuditAnchor</name>
    <message>
        <source>The audit trail cannot be read: %1</source>
        <translation>无法读取操作记录：%1</translation>
    </message>
    <message>
        <source>All audit entries were deleted: the trail is empty, but this program has already written or verified entry %1 in this data file.</source>
        <translation>审计日志已全部被删除：操作记录为空，但本程序此前已在该数据文件中写入或核验过第 %1 条记录。</translation>
    </message>
    <message>
        <source>Audit entry %1 and every entry after it were deleted: the trail now ends at entry %2, but this program has already written or verified entry %3 in this data file.</source>
        <translation>第 %1 条及其后的全部审计记录已被删除：操作记录现止于第 %2 条，但本程序此前已在该数据文件中写入或核验过第 %3 条记录。</translation>
    </message>
    <message>
        <source>Audit entry %1 is not the entry this program wrote or verified under that number: entries up to it were deleted and others written in their place.</source>
        <translation>第 %1 条审计记录与本程序以该编号写入或核验的记录不一致：此前的记录被删除，并写入了其他记录代替。</translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <source>The data file was changed outside the program:</source>
        <translation>数据文件在程序之外被修改：</translation>
    </message>
    <message>
        <source>check that the audit trail is whole and unaltered, and holds the audit head of each published package given</source>
        <translation>核验操作记录是否完整、未被篡改，并核对其是否仍含所给各公示网页包记载的审计记录</translation>
    </message>
    <message>
        <source>A website package this data file published: the audit entry its manifest pins must still be in the trail, unchanged (repeat for more packages).</source>
        <translation>本数据文件公示过的网页包：其清单记载的审计记录必须仍在操作记录中且未被改动（可重复给出多个网页包）。</translation>
    </message>
    <message>
        <source>package %1 (plan %2): audit entry %3 is in the trail, unchanged</source>
        <translation>网页包 %1（抽查计划 %2）：第 %3 条审计记录仍在操作记录中，未被改动</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Verify</source>
        <translation>核验</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Recompute every entry&apos;s hash: shows whether any entry was changed, deleted, inserted or reordered outside the program.</source>
        <translation>重新计算每条记录的摘要，检查是否有记录在本程序之外被改动、删除、插入或调换顺序。</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Write the listed entries to an Excel (.xlsx) or CSV file.</source>
        <translation>将列表中的记录导出为 Excel 工作簿（.xlsx）或 CSV 文件。</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Object id contains… (code, file name)</source>
        <translation>对象标识包含…（编号、文件名）</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Select an entry to see what it changed.</source>
        <translation>选择一条记录，查看其更改内容。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>更改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>更改后</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>全部用户</translation>
    </message>
    <message>
        <source>All objects</source>
        <translation>全部对象</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>全部操作</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>共 %Ln 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>No. %1 · %2 · %3 %4</source>
        <translation>第%1条 · %2 · %3 %4</translation>
    </message>
    <message>
        <source>%1 by %2 (UTC %3)</source>
        <translation>%1，操作人：%2（UTC %3）</translation>
    </message>
    <message>
        <source>The audit trail has not been verified yet.</source>
        <translation>尚未核验操作记录。</translation>
    </message>
    <message>
        <source>Verifying the audit trail…</source>
        <translation>正在核验操作记录…</translation>
    </message>
    <message numerus="yes">
        <source>Intact ✓ %Ln entries: no entry was changed, deleted, inserted or reordered.</source>
        <translation>
            <numerusform>完整 ✓ 共 %Ln 条记录：没有任何记录被改动、删除、插入或调换顺序。</numerusform>
        </translation>
    </message>
    <message>
        <source>The chain is broken at entry %1 ✗ %2</source>
        <translation>哈希链在第 %1 条记录处断裂 ✗ %2</translation>
    </message>
    <message>
        <source>The audit trail cannot be verified ✗ %1</source>
        <translation>无法核验操作记录 ✗ %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Verify the audit trail</source>
        <translation>核验操作记录</translation>
    </message>
    <message>
        <source>The verification was cancelled; the audit trail was not verified.</source>
        <translation>核验已取消，操作记录未经核验。</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV 文件，UTF-8 编码 (*.csv)</translation>
    </message>
    <message>
        <source>Nothing was exported</source>
        <translation>未导出</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries were exported to %1. The export is itself recorded in the audit log.</source>
        <translation>
            <numerusform>已将 %Ln 条记录导出到%1。本次导出也已记入审计日志。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to print</source>
        <translation>没有可打印的内容</translation>
    </message>
    <message>
        <source>Printing was not recorded</source>
        <translation>打印情况未能记入审计日志</translation>
    </message>
    <message numerus="yes">
        <source>%Ln newer entries are not verified yet (Verify checks them).</source>
        <translation>
            <numerusform>此后新增的%Ln条记录尚未核验（点击“核验”即可核验）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Check a package…</source>
        <translation>与网页包核对…</translation>
    </message>
    <message>
        <source>Confirm that a published website package&apos;s audit head is still in this trail with the same hash: a history rewritten or cut after the publication shows here.</source>
        <translation>核对已公示网页包记下的审计日志最后一条是否仍在本操作记录中、摘要相同：公示之后历史被改写或截断，这里会指出。</translation>
    </message>
    <message>
        <source>Choose the folder of a published website package</source>
        <translation>选择已公示网页包所在的文件夹</translation>
    </message>
    <message>
        <source>The package does not agree with the audit trail</source>
        <translation>网页包与审计日志不一致</translation>
    </message>
    <message>
        <source>The package agrees with the audit trail</source>
        <translation>网页包与审计日志一致</translation>
    </message>
    <message>
        <source>The website package of %1, published at %2 (UTC), pinned audit entry %3. That entry is still in the trail with the same hash, and the trail is whole up to it.</source>
        <translation>%1的公示网页包（公示时间 UTC %2）记下了第 %3 条审计记录。该记录仍在操作记录中，摘要相同，此前的记录完整。</translation>
    </message>
</context>
<context>
    <name>AuditQuery</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation>冻结</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>随机抽取</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>Substitute</source>
        <translation>递补</translation>
    </message>
    <message>
        <source>Status change</source>
        <translation>状态变更</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Failed login</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>注销</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>提交审核</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>审核通过</translation>
    </message>
    <message>
        <source>Return for rework</source>
        <translation>退回修改</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>公示</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>更正</translation>
    </message>
    <message>
        <source>Follow-up visit</source>
        <translation>复查</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <source>Put on the blacklist</source>
        <translation>列入黑名单</translation>
    </message>
    <message>
        <source>Take off the blacklist</source>
        <translation>移出黑名单</translation>
    </message>
    <message>
        <source>Inspected entity</source>
        <translation>检查对象</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>执法人员</translation>
    </message>
    <message>
        <source>Inspection item</source>
        <translation>抽查事项</translation>
    </message>
    <message>
        <source>Conflict of interest</source>
        <translation>回避关系</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <source>Inspection plan</source>
        <translation>抽查计划</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Work calendar</source>
        <translation>工作日历</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Data file</source>
        <translation>数据文件</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Inspection result</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>公示</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>大小（字节）</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>名录库</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>筛选条件</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Copy of the data before</source>
        <translation>恢复前的数据副本</translation>
    </message>
    <message>
        <source>Credit archive of</source>
        <translation>诚信档案所属对象</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>无变化</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>自%1起</translation>
    </message>
    <message>
        <source>before %1</source>
        <translation>%1之前</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>用户：%1</translation>
    </message>
    <message>
        <source>object %1</source>
        <translation>对象：%1</translation>
    </message>
    <message>
        <source>action %1</source>
        <translation>操作：%1</translation>
    </message>
    <message>
        <source>object id %1</source>
        <translation>对象标识：%1</translation>
    </message>
    <message>
        <source>object id containing “%1”</source>
        <translation>对象标识包含“%1”</translation>
    </message>
    <message>
        <source>all entries</source>
        <translation>全部记录</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Object type</source>
        <translation>对象类型</translation>
    </message>
    <message>
        <source>Object id</source>
        <translation>对象标识</translation>
    </message>
    <message>
        <source>Values before</source>
        <translation>更改前的值</translation>
    </message>
    <message>
        <source>Values after</source>
        <translation>更改后的值</translation>
    </message>
    <message>
        <source>Only the newest %1 of %2 entries are printed; export the list for all of them.</source>
        <translation>共 %2 条记录，仅打印最新的 %1 条；如需全部记录，请导出列表。</translation>
    </message>
    <message>
        <source>Audit log · %1</source>
        <translation>审计日志 · %1</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>Printed document</source>
        <translation>打印文书</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <source>Footer line</source>
        <translation>页脚</translation>
    </message>
    <message>
        <source>Confirm with password</source>
        <translation>凭密码确认</translation>
    </message>
    <message>
        <source>Failed confirmation</source>
        <translation>确认失败</translation>
    </message>
    <message>
        <source>Rotate key</source>
        <translation>轮换密钥</translation>
    </message>
    <message>
        <source>Publication key</source>
        <translation>公示签名密钥</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>见证人</translation>
    </message>
    <message>
        <source>Chosen by the computer</source>
        <translation>机选</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>%1 %2 drawn</source>
        <translation>%1抽取%2家</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>Name of the entity</source>
        <translation>检查对象名称</translation>
    </message>
    <message>
        <source>Credit code of the entity</source>
        <translation>检查对象统一社会信用代码</translation>
    </message>
    <message>
        <source>Name of the inspector</source>
        <translation>执法人员姓名</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Directed</source>
        <translation>定向</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>By credit risk class</source>
        <translation>按风险分级</translation>
    </message>
    <message>
        <source>Shares drawn</source>
        <translation>分层比例</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>比例</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Draw no.</source>
        <translation>抽取序号</translation>
    </message>
    <message>
        <source>Parts of the seed</source>
        <translation>种子组成</translation>
    </message>
    <message>
        <source>Seed also used by</source>
        <translation>同一种子亦用于</translation>
    </message>
    <message>
        <source>Digits</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Fingerprint of the result</source>
        <translation>抽取结果摘要值</translation>
    </message>
    <message>
        <source>Fingerprint of the draw request</source>
        <translation>抽取请求摘要值</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>检查组数</translation>
    </message>
    <message>
        <source>Why nothing was drawn</source>
        <translation>未能抽取的原因</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Confirmed by</source>
        <translation>确认人</translation>
    </message>
    <message>
        <source>Inspector taken off</source>
        <translation>换下的执法人员</translation>
    </message>
    <message>
        <source>Inspector put in</source>
        <translation>换上的执法人员</translation>
    </message>
    <message>
        <source>Entities in the pool</source>
        <translation>参与抽取的检查对象数</translation>
    </message>
    <message>
        <source>Inspectors</source>
        <translation>执法人员</translation>
    </message>
    <message>
        <source>Conflicts avoided</source>
        <translation>回避关系数</translation>
    </message>
    <message>
        <source>Entities left out</source>
        <translation>未纳入抽取的检查对象数</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>抽查计划</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Lock lifted</source>
        <translation>解除锁定</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>排序</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>节假日</translation>
    </message>
    <message>
        <source>Working weekend days</source>
        <translation>调休上班日</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>公钥</translation>
    </message>
    <message>
        <source>Fingerprint of the key</source>
        <translation>密钥指纹</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>停用时间</translation>
    </message>
    <message>
        <source>Signed by the previous key</source>
        <translation>原密钥的签名</translation>
    </message>
    <message>
        <source>SHA-256 of the manifest</source>
        <translation>清单的SHA-256</translation>
    </message>
    <message>
        <source>Publication key no.</source>
        <translation>公示签名密钥编号</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>公示时间</translation>
    </message>
    <message>
        <source>Public number</source>
        <translation>公开号码</translation>
    </message>
    <message>
        <source>Public number in the seed</source>
        <translation>种子中的公开号码</translation>
    </message>
    <message>
        <source>Approve the inspections</source>
        <translation>检查审批</translation>
    </message>
    <message>
        <source>Inspections of a plan</source>
        <translation>计划的检查</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>审批人</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Date of approval</source>
        <translation>审批日期</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>审批意见</translation>
    </message>
    <message>
        <source>Application for recusal</source>
        <translation>被检查人申请回避</translation>
    </message>
    <message>
        <source>Inspector asked to step aside</source>
        <translation>申请回避的执法人员</translation>
    </message>
    <message>
        <source>Date of the application</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>准予回避</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>决定人</translation>
    </message>
    <message>
        <source>Date of the decision</source>
        <translation>决定日期</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Object id</source>
        <translation>对象标识</translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <source>The audit trail cannot be read: %1</source>
        <translation>无法读取操作记录：%1</translation>
    </message>
    <message>
        <source>Audit entry %1 was changed after it was written: its content no longer matches its hash.</source>
        <translation>第 %1 条操作记录在写入后被改动：其内容与摘要不再相符。</translation>
    </message>
    <message>
        <source>The audit trail breaks at entry %1: entries were inserted or reordered here (or this entry&apos;s hash was altered), so it no longer follows the entry before it.</source>
        <translation>操作记录在第 %1 条处断开：此处有记录被插入或调换了顺序（或本条摘要被改动），已不能与前一条衔接。</translation>
    </message>
    <message>
        <source>Audit entry %1 is out of order: it follows entry %2.</source>
        <translation>第 %1 条操作记录顺序错乱：它排在第 %2 条之后。</translation>
    </message>
    <message>
        <source>Audit entry %1 is missing: it was deleted (the trail goes from entry %2 to entry %3).</source>
        <translation>第 %1 条操作记录缺失：已被删除（记录从第 %2 条直接跳到第 %3 条）。</translation>
    </message>
    <message>
        <source>Audit entries %1 to %2 are missing: they were deleted (the trail goes from entry %3 to entry %4).</source>
        <translation>第 %1 条至第 %2 条操作记录缺失：已被删除（记录从第 %3 条直接跳到第 %4 条）。</translation>
    </message>
    <message>
        <source>The audit trail is empty although the data file holds registries, plans or users: all audit entries were deleted.</source>
        <translation>数据文件中已有名录库、抽查计划或用户，但操作记录为空：审计日志已全部被删除。</translation>
    </message>
</context>
<context>
    <name>AutoBackup</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>无法创建文件夹%1。</translation>
    </message>
</context>
<context>
    <name>AutoCode</name>
    <message>
        <source>The automatic codes are used up (the last is %1). Write this record&apos;s code by hand.</source>
        <translation>自动编号已用完（最后一个是 %1），请手工填写本条记录的编号。</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>write a copy of the data file (--force replaces OUT)</source>
        <translation>备份数据文件（--force 覆盖已有的 OUT）</translation>
    </message>
    <message>
        <source>Replace OUT.sqlite when it exists.</source>
        <translation>OUT.sqlite 已存在时将其覆盖。</translation>
    </message>
    <message>
        <source>The copy to write.</source>
        <translation>要写入的备份文件。</translation>
    </message>
    <message>
        <source>Add --force to replace it.</source>
        <translation>如需替换，请加上 --force。</translation>
    </message>
</context>
<context>
    <name>BasicsWizardPage</name>
    <message>
        <source>Step 1 of 6 · The plan</source>
        <translation>第1步（共6步）· 抽查计划</translation>
    </message>
    <message>
        <source>What is inspected, when, and why (policy §6.1). Everything here can change until the plan is frozen in step 4.</source>
        <translation>抽查什么、何时检查、为何抽查（实施方案第六部分第1条）。在第4步冻结本计划之前，此处各项均可修改。</translation>
    </message>
    <message>
        <source>e.g. 2026年民办学校办学行为双随机抽查</source>
        <translation>例如：2026年民办学校办学行为双随机抽查</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>e.g. 现场检查、书面检查</source>
        <translation>例如：现场检查、书面检查</translation>
    </message>
    <message>
        <source>Items to inspect</source>
        <translation>抽查事项</translation>
    </message>
    <message>
        <source>Inspection period</source>
        <translation>检查时间</translation>
    </message>
    <message>
        <source>This plan is frozen: these fields can no longer change.</source>
        <translation>本计划已冻结，以下各项不能再修改。</translation>
    </message>
    <message>
        <source>Before 下一步: %1</source>
        <translation>进入下一步之前：%1</translation>
    </message>
</context>
<context>
    <name>BlacklistDialog</name>
    <message>
        <source>Put on the blacklist — %1</source>
        <translation>列入黑名单 — %1</translation>
    </message>
    <message>
        <source>Take off the blacklist — %1</source>
        <translation>移出黑名单 — %1</translation>
    </message>
    <message>
        <source>e.g. 《中华人民共和国民办教育促进法》第六十二条</source>
        <translation>例如：《中华人民共和国民办教育促进法》第六十二条</translation>
    </message>
    <message>
        <source>e.g. 昌教执〔2026〕2号</source>
        <translation>例如：昌教执〔2026〕2号</translation>
    </message>
    <message>
        <source>Blacklisting</source>
        <translation>列入黑名单</translation>
    </message>
    <message>
        <source>Removal from the blacklist</source>
        <translation>移出黑名单</translation>
    </message>
    <message>
        <source>Blacklisted entities are drawn at a higher ratio (policy §6.3). The entry stays in the entity&apos;s history and credit archive.</source>
        <translation>列入黑名单的检查对象将按更高比例抽取（实施方案第六部分第3条）。本记录将保留在该检查对象的历史记录和诚信档案中。</translation>
    </message>
    <message>
        <source>The entity is drawn like the others again. The removal stays in its history and credit archive.</source>
        <translation>该检查对象将重新与其他对象一样参与抽取。移出记录将保留在其历史记录和诚信档案中。</translation>
    </message>
    <message>
        <source>No end date</source>
        <translation>无截止日期</translation>
    </message>
</context>
<context>
    <name>BlacklistEntry</name>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>Effective until</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Say why the entity is put on the blacklist.</source>
        <translation>请填写列入黑名单的原因。</translation>
    </message>
    <message>
        <source>Say why the entity is taken off the blacklist.</source>
        <translation>请填写移出黑名单的原因。</translation>
    </message>
    <message>
        <source>Enter the date from which this applies.</source>
        <translation>请填写起始日期。</translation>
    </message>
    <message>
        <source>The end is before the start.</source>
        <translation>截止日期早于起始日期。</translation>
    </message>
</context>
<context>
    <name>BlacklistRepository</name>
    <message>
        <source>The entity no longer exists.</source>
        <translation>该检查对象已不存在。</translation>
    </message>
    <message>
        <source>%1 is already on the blacklist (since %2).</source>
        <translation>%1已列入黑名单（列入日期：%2）。</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>不详</translation>
    </message>
    <message>
        <source>%1 is not on the blacklist.</source>
        <translation>%1未列入黑名单。</translation>
    </message>
</context>
<context>
    <name>CalendarCommand</name>
    <message>
        <source>%1 holidays</source>
        <translation>法定节假日 %1 天</translation>
    </message>
    <message>
        <source>%1 make-up working days</source>
        <translation>调休上班日 %1 天</translation>
    </message>
    <message>
        <source>The calendar has no year.</source>
        <translation>日历中没有年份。</translation>
    </message>
    <message>
        <source>list the years of the working-day calendar</source>
        <translation>列出工作日历中的年份</translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <source>Work calendar</source>
        <translation>工作日历</translation>
    </message>
    <message>
        <source>The publication deadline is the %1th working day after an inspection ends (policy §6.4). Working days follow the State Council&apos;s holiday notice of each year: its holidays are days off, its make-up working days (调休上班) are Saturdays or Sundays that are worked. Enter each new year&apos;s notice here, or import it.</source>
        <translation>公示期限为检查结束后第 %1 个工作日（方案“六、组织实施”第4项）。工作日按国务院办公厅每年发布的节假日安排通知确定：通知中的法定节假日为休息日，调休上班日为需上班的周六或周日。每年新通知发布后，请在此录入或导入。</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>New year</source>
        <translation>新年份</translation>
    </message>
    <message>
        <source>Add year</source>
        <translation>添加年份</translation>
    </message>
    <message>
        <source>e.g. 国务院办公厅关于2027年部分节假日安排的通知</source>
        <translation>例如：国务院办公厅关于2027年部分节假日安排的通知</translation>
    </message>
    <message>
        <source>Notice:</source>
        <translation>通知：</translation>
    </message>
    <message>
        <source>Public holidays (days off)</source>
        <translation>法定节假日（休息）</translation>
    </message>
    <message>
        <source>Make-up working days (Saturdays and Sundays worked)</source>
        <translation>调休上班日（周六、周日上班）</translation>
    </message>
    <message>
        <source>Check a deadline</source>
        <translation>核对公示期限</translation>
    </message>
    <message>
        <source>An inspection ending on</source>
        <translation>检查结束日期</translation>
    </message>
    <message>
        <source>Import JSON…</source>
        <translation>导入 JSON…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Reset to shipped data…</source>
        <translation>恢复为程序自带数据…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>星期</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>e.g. 国庆节</source>
        <translation>例如：国庆节</translation>
    </message>
    <message>
        <source>e.g. 国庆节调休上班</source>
        <translation>例如：国庆节调休上班</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>删除所选</translation>
    </message>
    <message>
        <source>%1 (new, not saved yet)</source>
        <translation>%1（新增，尚未保存）</translation>
    </message>
    <message>
        <source>%1 (edited)</source>
        <translation>%1（已修改）</translation>
    </message>
    <message>
        <source>%1 (entered)</source>
        <translation>%1（已录入）</translation>
    </message>
    <message>
        <source>%1 (shipped)</source>
        <translation>%1（程序自带）</translation>
    </message>
    <message>
        <source>No year yet: add one on the left, or import a calendar file.</source>
        <translation>尚无年份：请在左侧添加，或导入日历文件。</translation>
    </message>
    <message>
        <source>%1: not saved yet. The year is saved with its first holiday or make-up working day.</source>
        <translation>%1：尚未保存。录入第一个法定节假日或调休上班日后，该年份即保存。</translation>
    </message>
    <message>
        <source>%1: edited in this data file (the program ships its own version)</source>
        <translation>%1：已在该数据文件中修改（程序自带另一版本）</translation>
    </message>
    <message>
        <source>%1: entered or imported in this data file</source>
        <translation>%1：已在该数据文件中录入或导入</translation>
    </message>
    <message>
        <source>%1: as shipped with the program</source>
        <translation>%1：与程序自带版本一致</translation>
    </message>
    <message>
        <source>Import a work calendar</source>
        <translation>导入工作日历</translation>
    </message>
    <message>
        <source>Calendar files (*.json)</source>
        <translation>日历文件 (*.json)</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>未导入任何内容</translation>
    </message>
    <message>
        <source>%1 cannot be imported:

%2

The calendar is unchanged.</source>
        <translation>%1 无法导入：

%2

日历未作更改。</translation>
    </message>
    <message>
        <source>%1: unchanged.</source>
        <translation>%1：无变化。</translation>
    </message>
    <message>
        <source>%1 replaces the version edited in this data file:</source>
        <translation>%1 将替换该数据文件中修改过的版本：</translation>
    </message>
    <message>
        <source>%1 replaces the version shipped with the program:</source>
        <translation>%1 将替换程序自带的版本：</translation>
    </message>
    <message>
        <source>  … and %1 more changes.</source>
        <translation>  ……另有 %1 处变化。</translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>无需导入</translation>
    </message>
    <message>
        <source>%1 holds the calendar as it is already:

%2</source>
        <translation>%1 中的日历与现有日历相同：

%2</translation>
    </message>
    <message>
        <source>Import the work calendar</source>
        <translation>导入工作日历</translation>
    </message>
    <message>
        <source>Importing %1 changes the calendar as follows:

%2

Publication deadlines are counted by the new calendar from now on.</source>
        <translation>导入 %1 将对日历作如下修改：

%2

此后公示期限按新日历计算。</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Export the work calendar</source>
        <translation>导出工作日历</translation>
    </message>
    <message>
        <source>Work calendar %1</source>
        <translation>工作日历 %1</translation>
    </message>
    <message>
        <source>Nothing was exported</source>
        <translation>未导出任何内容</translation>
    </message>
    <message>
        <source>Work calendar exported</source>
        <translation>工作日历已导出</translation>
    </message>
    <message>
        <source>The calendar of %1 was written to %2.</source>
        <translation>%1 年的日历已写入 %2。</translation>
    </message>
    <message>
        <source>The calendar of %1 goes back to the version shipped with the program. The changes made in this data file are dropped:

%2</source>
        <translation>%1 年的日历将恢复为程序自带的版本。在此数据文件中所做的以下修改将被删除：

%2</translation>
    </message>
    <message>
        <source>  (none)</source>
        <translation>  （无）</translation>
    </message>
    <message>
        <source>The program ships no calendar of %1: the year is removed, and deadlines that reach it count Monday to Friday as working days, with a warning.</source>
        <translation>程序未自带 %1 年的日历：该年份将被删除，涉及该年的期限按周一至周五为工作日计算，并给出警告。</translation>
    </message>
    <message>
        <source>Reset the work calendar</source>
        <translation>重置工作日历</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>must be published by %1 (%2)</source>
        <translation>须在 %1（%2）前公示</translation>
    </message>
</context>
<context>
    <name>CalendarExportCommand</name>
    <message>
        <source>write a year of the calendar as JSON</source>
        <translation>将某一年的日历导出为 JSON</translation>
    </message>
    <message>
        <source>Write the year to this file instead of the standard output.</source>
        <translation>将该年日历写入此文件，而不是输出到标准输出。</translation>
    </message>
    <message>
        <source>The year, e.g. 2026.</source>
        <translation>年份，例如 2026。</translation>
    </message>
    <message>
        <source>%1 is not a year.</source>
        <translation>“%1”不是年份。</translation>
    </message>
    <message>
        <source>calendar of %1 written to %2</source>
        <translation>%1 年日历已写入 %2</translation>
    </message>
</context>
<context>
    <name>CalendarImportCommand</name>
    <message>
        <source>import years of holidays and make-up working days</source>
        <translation>导入若干年份的法定节假日和调休上班日</translation>
    </message>
    <message>
        <source>Say what would change; write nothing.</source>
        <translation>只说明将有哪些变化，不写入任何数据。</translation>
    </message>
    <message>
        <source>A year of the calendar, or a list of years, as calendar export writes them.</source>
        <translation>一年或若干年的日历，格式与 calendar export 导出的相同。</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>未导入任何内容。</translation>
    </message>
    <message>
        <source>%1: unchanged</source>
        <translation>%1：无变化</translation>
    </message>
    <message>
        <source>%1: replaces the version edited in this data file:</source>
        <translation>%1：将替换该数据文件中修改过的版本：</translation>
    </message>
    <message>
        <source>%1: replaces the shipped version:</source>
        <translation>%1：将替换程序自带的版本：</translation>
    </message>
    <message>
        <source>dry run: nothing was written.</source>
        <translation>试运行（--dry-run）：未写入任何内容。</translation>
    </message>
    <message>
        <source>imported %1 years, %2 changed</source>
        <translation>已导入 %1 个年份，其中 %2 个有变化</translation>
    </message>
</context>
<context>
    <name>CalendarOperations</name>
    <message>
        <source>There is no calendar year to save.</source>
        <translation>没有可保存的日历年份。</translation>
    </message>
    <message>
        <source>This data file has no calendar of its own for %1: there is nothing to reset.</source>
        <translation>本数据文件中没有自行录入的 %1 年日历，无需恢复。</translation>
    </message>
    <message>
        <source>There is no calendar year to export.</source>
        <translation>没有可导出的日历年份。</translation>
    </message>
</context>
<context>
    <name>CalendarRepository</name>
    <message>
        <source>The shipped calendar %1 cannot be read.</source>
        <translation>无法读取程序自带的日历%1。</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>无法打开%1：%2</translation>
    </message>
    <message>
        <source>The calendar of %1 stored in the data file cannot be used; %2</source>
        <translation>数据文件中保存的%1年日历无法使用；%2</translation>
    </message>
    <message>
        <source>the shipped one applies.</source>
        <translation>改用程序自带的日历。</translation>
    </message>
    <message>
        <source>the year counts as having no calendar.</source>
        <translation>该年按无日历处理。</translation>
    </message>
    <message>
        <source>The calendar of %1 cannot be saved: %2</source>
        <translation>%1年日历无法保存：%2</translation>
    </message>
    <message>
        <source>%1 is not a valid calendar file: line %2, column %3: %4.</source>
        <translation>%1 不是有效的日历文件：第 %2 行，第 %3 列：%4。</translation>
    </message>
    <message>
        <source>Calendar %1: the field “%2” is unknown (the fields are year, source, holidays and workdays).</source>
        <translation>日历 %1：字段“%2”无法识别（可用字段为 year、source、holidays 和 workdays）。</translation>
    </message>
    <message>
        <source>Calendar %1: entry %2 of “%3” is not a date with a name, such as {&quot;date&quot;: &quot;2026-10-01&quot;, &quot;name&quot;: &quot;国庆节&quot;}.</source>
        <translation>日历 %1：“%3”的第 %2 项不是带名称的日期，应写作 {&quot;date&quot;: &quot;2026-10-01&quot;, &quot;name&quot;: &quot;国庆节&quot;}。</translation>
    </message>
    <message>
        <source>Calendar %1: entry %2 of “%3” has the unknown field “%4” (the fields are date and name).</source>
        <translation>日历 %1：“%3”的第 %2 项含有无法识别的字段“%4”（可用字段为 date 和 name）。</translation>
    </message>
    <message>
        <source>%1 is new: %2 holidays, %3 make-up working days.</source>
        <translation>%1 为新增年份：%2 个法定节假日，%3 个调休上班日。</translation>
    </message>
    <message>
        <source>adds the holiday %1 (%2)</source>
        <translation>新增法定节假日 %1（%2）</translation>
    </message>
    <message>
        <source>adds the make-up working day %1 (%2)</source>
        <translation>新增调休上班日 %1（%2）</translation>
    </message>
    <message>
        <source>removes the holiday %1 (%2)</source>
        <translation>删除法定节假日 %1（%2）</translation>
    </message>
    <message>
        <source>removes the make-up working day %1 (%2)</source>
        <translation>删除调休上班日 %1（%2）</translation>
    </message>
    <message>
        <source>renames the holiday %1 from %2 to %3</source>
        <translation>将法定节假日 %1 的名称由 %2 改为 %3</translation>
    </message>
    <message>
        <source>renames the make-up working day %1 from %2 to %3</source>
        <translation>将调休上班日 %1 的名称由 %2 改为 %3</translation>
    </message>
    <message>
        <source>removes the source “%1”</source>
        <translation>删除来源“%1”</translation>
    </message>
    <message>
        <source>changes the source to “%1”</source>
        <translation>将来源改为“%1”</translation>
    </message>
</context>
<context>
    <name>CeremonyView</name>
    <message>
        <source>Draw ceremony</source>
        <translation>摇号现场</translation>
    </message>
    <message>
        <source>Random seed: %1 of at least %2 digits</source>
        <translation>随机种子：已有%1位，至少需要%2位</translation>
    </message>
    <message>
        <source>Random seed complete: %1 digits</source>
        <translation>随机种子已生成：共%1位</translation>
    </message>
    <message>
        <source>The draw result</source>
        <translation>抽取结果</translation>
    </message>
    <message>
        <source>%1 · request hash (SHA-256)</source>
        <translation>%1 · 请求摘要（SHA-256）</translation>
    </message>
    <message>
        <source>Press Esc to close this view.</source>
        <translation>按 Esc 键关闭投屏</translation>
    </message>
</context>
<context>
    <name>CheckPointsEditor</name>
    <message>
        <source>Every point not given: conforms</source>
        <translation>未填结论的要点全部“符合”</translation>
    </message>
    <message>
        <source>What is checked</source>
        <translation>检查内容</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>检查标准</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>A checklist has at most %1 points; this one has %2.</source>
        <translation>检查表最多%1项检查要点，现有%2项。</translation>
    </message>
    <message>
        <source>Check point %1, %2: %3</source>
        <translation>第%1项检查要点「%2」：%3</translation>
    </message>
    <message>
        <source>Check point %1 repeats point %2 (%3).</source>
        <translation>第%1项检查要点与第%2项重复（%3）。</translation>
    </message>
    <message>
        <source>required</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>at most %1 characters</source>
        <translation>不能超过%1个字</translation>
    </message>
    <message>
        <source>must be one line</source>
        <translation>只能写一行</translation>
    </message>
    <message>
        <source>what is checked</source>
        <translation>检查内容</translation>
    </message>
    <message>
        <source>standard</source>
        <translation>检查标准</translation>
    </message>
    <message>
        <source>legal basis</source>
        <translation>法律依据</translation>
    </message>
    <message>
        <source>The file has no checklist header: it needs the columns %1 (and may have 序号 and 法律依据).</source>
        <translation>文件中没有检查表的表头：需要%1两列（可以有“序号”“法律依据”列）。</translation>
    </message>
    <message>
        <source>Row %1: a checklist has at most %2 points.</source>
        <translation>第%1行：检查表最多%2项检查要点。</translation>
    </message>
    <message>
        <source>Row %1, column %2: %3</source>
        <translation>第%1行「%2」列：%3</translation>
    </message>
    <message>
        <source>Row %1, column %2: the point repeats point %3 (%4).</source>
        <translation>第%1行「%2」列：与第%3项检查要点重复（%4）。</translation>
    </message>
    <message>
        <source>The file has a checklist header but no points under it.</source>
        <translation>文件中有检查表的表头，但表头下没有检查要点。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>ChecklistEditor</name>
    <message>
        <source>Add point</source>
        <translation>添加要点</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Import from a spreadsheet…</source>
        <translation>从表格导入…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>What is checked</source>
        <translation>检查内容</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>检查标准</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>法律依据</translation>
    </message>
    <message>
        <source>Import a checklist</source>
        <translation>导入检查表</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xls *.csv)</source>
        <translation>表格文件 (*.xlsx *.xls *.csv)</translation>
    </message>
    <message>
        <source>Export the checklist</source>
        <translation>导出检查表</translation>
    </message>
    <message>
        <source>checklist.xlsx</source>
        <translation>检查表.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>The file has %n point(s). They replace the %1 point(s) shown; the item keeps its earlier version when you save.</source>
        <translation>
            <numerusform>文件中有%n项检查要点，将替换现有的%1项；保存后，事项的原版本仍然保留。</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
</context>
<context>
    <name>ChecklistExportCommand</name>
    <message>
        <source>write an item&apos;s checklist (检查表) as a spreadsheet</source>
        <translation>把事项的检查表导出为表格文件</translation>
    </message>
    <message>
        <source>The item, e.g. JY-01.</source>
        <translation>抽查事项编码，例如 JY-01。</translation>
    </message>
    <message>
        <source>The file to write: .xlsx or .csv.</source>
        <translation>要写入的文件：.xlsx 或 .csv。</translation>
    </message>
    <message>
        <source>%1 has no checklist yet.</source>
        <translation>%1 还没有检查表。</translation>
    </message>
    <message numerus="yes">
        <source>%n check point(s) of %1 (version %2) written to %3</source>
        <translation>
            <numerusform>已将 %1（第%2版）的%n项检查要点写入 %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecklistImportCommand</name>
    <message>
        <source>make a spreadsheet&apos;s check points the item&apos;s checklist (its next version)</source>
        <translation>以表格中的检查要点作为事项的检查表（保存为事项的新版本）</translation>
    </message>
    <message>
        <source>The item, e.g. JY-01.</source>
        <translation>抽查事项编码，例如 JY-01。</translation>
    </message>
    <message>
        <source>The checklist: .xlsx, .xls or .csv with the columns 检查内容 and 检查标准 (序号 and 法律依据 may be there too).</source>
        <translation>检查表文件：.xlsx、.xls 或 .csv，须有“检查内容”“检查标准”两列（可以有“序号”“法律依据”列）。</translation>
    </message>
    <message numerus="yes">
        <source>%1 already has these %n check point(s): nothing changed.</source>
        <translation>
            <numerusform>%1 已有这%n项检查要点，未作改动。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n check point(s) now (version %2).</source>
        <translation>
            <numerusform>%1 现有%n项检查要点（第%2版）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <source>Choose the columns of %1</source>
        <translation>选择“%1”的列</translation>
    </message>
    <message>
        <source>Choose the file&apos;s column for each field; fields marked * are required. The examples are the first rows of the file.</source>
        <translation>请为每个字段选择文件中的列，带 * 的字段必须选择。示例取自文件的前几行。</translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation>%1列：%2</translation>
    </message>
    <message>
        <source>Column %1: %2 (e.g. %3)</source>
        <translation>%1列：%2（例：%3）</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <source>Check the file with these columns</source>
        <translation>按这些列检查文件</translation>
    </message>
    <message>
        <source>The columns chosen last time for a file with this header are filled in.</source>
        <translation>已填入上次为相同表头的文件选择的列。</translation>
    </message>
    <message>
        <source>Discard the columns you chose? The file is not imported.</source>
        <translation>放弃已选择的列吗？文件不会导入。</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>usage: %1</source>
        <translation>用法：%1</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示本帮助。</translation>
    </message>
    <message>
        <source>Changes data: once the data file has users, it needs --user NAME, a user whose role may %1.</source>
        <translation>会修改数据：数据文件设有用户后，须用 --user NAME 指定有权%1的用户。</translation>
    </message>
    <message>
        <source>Changes data: once the data file has users, it needs --user NAME, a user whose role may do this in the program.</source>
        <translation>会修改数据：数据文件设有用户后，须用 --user NAME 指定用户，其角色须与在程序中一样有权执行此操作。</translation>
    </message>
    <message>
        <source>Needs no data file.</source>
        <translation>无需数据文件。</translation>
    </message>
    <message>
        <source>Also runs while the program has the data file open.</source>
        <translation>程序打开数据文件时也可运行。</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>缺少 %1。</translation>
    </message>
    <message>
        <source>Unexpected argument %1.</source>
        <translation>多余的参数 %1。</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Unknown command %1.</source>
        <translation>未知命令%1。</translation>
    </message>
    <message>
        <source>The data file has no users yet. Create the administrator with shuangsui-cli init --user NAME, or start the program.</source>
        <translation>数据文件还没有用户。请用 shuangsui-cli init --user NAME 创建管理员，或启动本程序。</translation>
    </message>
    <message>
        <source>%1 changes data: give --user NAME, with the password in --password-file FILE or in the environment variable SHUANGSUI_PASSWORD.</source>
        <translation>%1会修改数据：请提供 --user NAME，并在 --password-file FILE 或环境变量 SHUANGSUI_PASSWORD 中提供密码。</translation>
    </message>
    <message>
        <source>The data file is being used by another program. Please try again in a moment.</source>
        <translation>数据文件正被其他程序使用，请稍后再试。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>usage: shuangsui-cli [--db FILE] [--lang zh|en] [--user NAME [--password-file FILE]] COMMAND …
       shuangsui-cli help [COMMAND]
</source>
        <translation>用法：shuangsui-cli [--db FILE] [--lang zh|en] [--user NAME [--password-file FILE]] COMMAND …
      shuangsui-cli help [COMMAND]
</translation>
    </message>
    <message>
        <source>
Without --db the data file is %1.
%2 change data: once the data file has users, they need --user NAME
with a role that may do this in the program, and the password in the first line of --password-file FILE
or in the environment variable SHUANGSUI_PASSWORD. Without --user, the audit entries name the system
account (cli:NAME).
%3 also run while the program has the data file open; the others are refused until it is closed.
Exit codes: 0 done, 1 refused by a rule or a data error (also: the data file is in use), 2 usage error,
3 refused (no user, wrong password, locked account, or a role that may not do this).
shuangsui-cli help COMMAND (or COMMAND --help) tells more about a command: its options, and the role it needs.</source>
        <translation>
不指定 --db 时，数据文件为 %1。
%2 会修改数据：数据文件设有用户后，须用 --user NAME 指定用户，
其角色须与在程序中一样有权执行该操作；密码写在 --password-file FILE 的第一行，或写在环境变量
SHUANGSUI_PASSWORD 中。不指定 --user 时，操作记录中记为系统账户（cli:NAME）。
%3 在程序打开数据文件时也可运行；其他命令须在程序关闭数据文件后才能运行。
退出码：0 完成，1 被规则拒绝或数据错误（包括数据文件正被使用），2 用法错误，
3 被拒绝（未指定用户、密码错误、账户已锁定，或角色无权执行此操作）。
shuangsui-cli help COMMAND（或 COMMAND --help）详细说明一条命令：它的选项，以及它需要的角色。</translation>
    </message>
    <message>
        <source>The data file.</source>
        <translation>数据文件。</translation>
    </message>
    <message>
        <source>The language of the messages: zh or en.</source>
        <translation>提示信息的语言：zh 或 en。</translation>
    </message>
    <message>
        <source>The user who logs in.</source>
        <translation>登录的用户。</translation>
    </message>
    <message>
        <source>The file whose first line is the password.</source>
        <translation>第一行为密码的文件。</translation>
    </message>
    <message>
        <source>The version.</source>
        <translation>显示版本。</translation>
    </message>
    <message>
        <source>This help.</source>
        <translation>显示本帮助。</translation>
    </message>
</context>
<context>
    <name>Conflict</name>
    <message>
        <source>Inspector</source>
        <translation>执法人员</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>检查对象</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>回避原因</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Applies from</source>
        <translation>有效期起</translation>
    </message>
    <message>
        <source>Applies until</source>
        <translation>有效期止</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>是否有效</translation>
    </message>
    <message>
        <source>Choose the inspector who must not inspect the entity.</source>
        <translation>请选择须回避该检查对象的执法人员。</translation>
    </message>
    <message>
        <source>Choose the entity the inspector must not inspect.</source>
        <translation>请选择该执法人员须回避的检查对象。</translation>
    </message>
    <message>
        <source>Choose a reason: %1.</source>
        <translation>请选择回避原因：%1。</translation>
    </message>
    <message>
        <source>The reason is &quot;other&quot;: say what the relationship is.</source>
        <translation>回避原因为“其他”：请说明具体是什么关系。</translation>
    </message>
    <message>
        <source>The details are longer than 500 characters.</source>
        <translation>说明超过500个字符。</translation>
    </message>
    <message>
        <source>The end of the period is before its start; correct one of the two dates.</source>
        <translation>截止日期早于起始日期，请更正其中一个日期。</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>No end date</source>
        <translation>无截止日期</translation>
    </message>
    <message>
        <source>New conflict of interest</source>
        <translation>新增回避关系</translation>
    </message>
    <message>
        <source>Edit conflict of interest</source>
        <translation>编辑回避关系</translation>
    </message>
    <message>
        <source>Type part of the inspector&apos;s name or code</source>
        <translation>输入执法人员姓名或人员编号（可只输入一部分）</translation>
    </message>
    <message>
        <source>Type part of the entity&apos;s name, registry code or credit code</source>
        <translation>输入检查对象名称、对象编号或信用代码（可只输入一部分）</translation>
    </message>
    <message>
        <source>For example: spouse is the principal</source>
        <translation>例如：配偶为该单位负责人</translation>
    </message>
    <message>
        <source>Who must not inspect whom</source>
        <translation>执法人员与须回避的检查对象</translation>
    </message>
    <message>
        <source>Reason and period</source>
        <translation>回避原因与有效期</translation>
    </message>
</context>
<context>
    <name>ConflictPage</name>
    <message>
        <source>Search inspector, entity, credit code or details (Ctrl+F)</source>
        <translation>搜索执法人员、检查对象、信用代码或说明（Ctrl+F）</translation>
    </message>
    <message>
        <source>Show ended conflicts</source>
        <translation>显示已解除的回避关系</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Enter or double-click a row</source>
        <translation>按Enter键或双击一行</translation>
    </message>
    <message>
        <source>End…</source>
        <translation>解除…</translation>
    </message>
    <message>
        <source>The conflict no longer applies. It stays on record.</source>
        <translation>该回避关系不再适用，记录仍会保留。</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>恢复…</translation>
    </message>
    <message>
        <source>Conflicts of interest</source>
        <translation>回避关系</translation>
    </message>
    <message>
        <source>New conflict of interest…</source>
        <translation>新增回避关系…</translation>
    </message>
    <message>
        <source>No conflicts of interest recorded. Record one with “%1” (Ctrl+N), or from an entity or an inspector.</source>
        <translation>尚未登记回避关系。可点击“%1”（Ctrl+N）登记，也可在检查对象或执法人员的详情中登记。</translation>
    </message>
    <message>
        <source>%1 must not inspect %2</source>
        <translation>%1不得检查%2</translation>
    </message>
    <message>
        <source>Conflict not found</source>
        <translation>找不到该回避关系</translation>
    </message>
    <message>
        <source>This conflict no longer exists. The list is read again.</source>
        <translation>该回避关系已不存在，列表已重新读取。</translation>
    </message>
    <message>
        <source>Restore the conflict: %1 must again not inspect %2? Draws keep them apart again.</source>
        <translation>确定恢复回避关系，使%1再次不得检查%2吗？此后抽取时将再次避开二者。</translation>
    </message>
    <message>
        <source>End the conflict between %1 and %2? From now on %1 may be drawn to inspect %2. The conflict stays on record and can be restored.</source>
        <translation>确定解除%1与%2的回避关系吗？此后%1可能被抽中检查%2。该回避关系仍保留在记录中，可随时恢复。</translation>
    </message>
    <message>
        <source>Restore conflict</source>
        <translation>恢复回避关系</translation>
    </message>
    <message>
        <source>End conflict</source>
        <translation>解除回避关系</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>未更改</translation>
    </message>
    <message>
        <source>the conflict between %1 and %2 applies again</source>
        <translation>%1与%2的回避关系已恢复</translation>
    </message>
    <message>
        <source>the conflict between %1 and %2 has ended</source>
        <translation>%1与%2的回避关系已解除</translation>
    </message>
</context>
<context>
    <name>ConflictRepository</name>
    <message>
        <source>The inspector no longer exists; choose another one.</source>
        <translation>该执法人员已不存在，请另选一人。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>The entity no longer exists; choose another one.</source>
        <translation>该检查对象已不存在，请另选一个。</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1至%2</translation>
    </message>
    <message>
        <source>no start</source>
        <translation>无起始日期</translation>
    </message>
    <message>
        <source>no end</source>
        <translation>无截止日期</translation>
    </message>
    <message>
        <source>A conflict of interest between %1 and %2 is already recorded for an overlapping period (%3); change that record instead of adding another.</source>
        <translation>%1与%2之间已登记有期间重叠的回避关系（%3），请修改该条记录，不要重复新增。</translation>
    </message>
    <message>
        <source>The conflict of interest could not be read back after saving.</source>
        <translation>回避关系保存后无法重新读取。</translation>
    </message>
    <message>
        <source>The conflict of interest no longer exists (it may have been changed in another window).</source>
        <translation>该回避关系已不存在（可能已在其他窗口中被修改）。</translation>
    </message>
    <message>
        <source>The conflict of interest no longer exists.</source>
        <translation>该回避关系已不存在。</translation>
    </message>
</context>
<context>
    <name>ConflictSection</name>
    <message>
        <source>Add conflict of interest…</source>
        <translation>添加回避关系…</translation>
    </message>
    <message>
        <source>Conflicts of interest (%1)</source>
        <translation>回避关系（%1）</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1至%2</translation>
    </message>
    <message>
        <source>open</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>已解除</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>暂无记录。</translation>
    </message>
</context>
<context>
    <name>ConflictTableModel</name>
    <message>
        <source>open</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>已解除</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>生效中</translation>
    </message>
    <message>
        <source>Not in force today</source>
        <translation>今日不在有效期内</translation>
    </message>
</context>
<context>
    <name>CreditArchive</name>
    <message>
        <source>The entity no longer exists.</source>
        <translation>该检查对象已不存在。</translation>
    </message>
</context>
<context>
    <name>CreditArchiveDialog</name>
    <message>
        <source>Credit archive — %1</source>
        <translation>诚信档案——%1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>抽查计划</translation>
    </message>
    <message>
        <source>Nothing recorded for this entity yet.</source>
        <translation>该检查对象尚无任何记录。</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s), oldest first.</source>
        <translation>
            <numerusform>共%n条记录，按时间由早到晚排列。</numerusform>
        </translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>未打印</translation>
    </message>
    <message>
        <source>Export the credit archive</source>
        <translation>导出诚信档案</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV 文件，UTF-8 编码 (*.csv)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>未导出</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>已导出</translation>
    </message>
    <message>
        <source>The credit archive was written to %1.</source>
        <translation>诚信档案已导出到%1。</translation>
    </message>
</context>
<context>
    <name>DataBackup</name>
    <message>
        <source>The audit trail in %1 is not intact: %2</source>
        <translation>%1 中的操作记录不完整：%2</translation>
    </message>
    <message>
        <source>The backup cannot be written over the data file itself.</source>
        <translation>备份不能覆盖数据文件本身。</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name.</source>
        <translation>%1已存在，请另选一个文件名。</translation>
    </message>
    <message>
        <source>The backup %1 cannot be written: %2</source>
        <translation>无法写入备份%1：%2</translation>
    </message>
    <message>
        <source>The backup %1 was written, but it could not be recorded in the audit trail: %2</source>
        <translation>备份%1已写入，但未能记入操作记录：%2</translation>
    </message>
    <message>
        <source>%1 is the data file itself.</source>
        <translation>%1是当前数据文件本身。</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1不存在。</translation>
    </message>
    <message>
        <source>%1 cannot be copied beside the data file.</source>
        <translation>无法将%1复制到数据文件所在的文件夹。</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>无法读取%1。</translation>
    </message>
    <message>
        <source>The data was restored, but the restore could not be recorded in the audit trail: %1</source>
        <translation>数据已恢复，但本次恢复未能记入操作记录：%1</translation>
    </message>
    <message>
        <source>The user accounts of the data file cannot be read: %1</source>
        <translation>无法读取数据文件的用户账户：%1</translation>
    </message>
    <message>
        <source>The backup %1 has no user accounts, so no administrator either: once restored, the data would be open to anyone without a login. Choose a backup made after the accounts were set up.</source>
        <translation>备份 %1 中没有用户账户，因而也没有管理员：恢复后，任何人无需登录即可打开这些数据。请选择设置账户之后制作的备份。</translation>
    </message>
    <message>
        <source>The backup %1 has no active administrator account: once restored, no one could manage users, settings or restores. Choose a backup that has an active administrator.</source>
        <translation>备份 %1 中没有启用的管理员账户：恢复后，将无人能管理用户、设置或恢复数据。请选择含有启用的管理员账户的备份。</translation>
    </message>
</context>
<context>
    <name>DataSafety</name>
    <message>
        <source>Open the audit log</source>
        <translation>打开审计日志</translation>
    </message>
    <message>
        <source>&amp;Back up data…</source>
        <translation>备份数据(&amp;B)…</translation>
    </message>
    <message>
        <source>Save a complete copy of the data file.</source>
        <translation>保存数据文件的完整副本。</translation>
    </message>
    <message>
        <source>&amp;Restore data…</source>
        <translation>恢复数据(&amp;R)…</translation>
    </message>
    <message>
        <source>Go back to a backup; the data as it is now is kept beside it first.</source>
        <translation>将数据恢复为某一备份；恢复前，当前数据会先另存一份在数据文件旁。</translation>
    </message>
    <message>
        <source>The last automatic backup failed</source>
        <translation>上次自动备份失败</translation>
    </message>
    <message>
        <source>The last automatic backup into %1 failed:

%2

Check that the folder can be written, or make a backup now with File → Back up data….</source>
        <translation>上次自动备份到%1失败：

%2

请检查该文件夹能否写入，或立即通过“文件 → 备份数据…”手动备份。</translation>
    </message>
    <message>
        <source>The audit trail is broken at entry %1: %2 The data can still be viewed, exported and printed; restore a backup from before the break, or ask the administrator.</source>
        <translation>操作记录在第%1条处断裂：%2数据仍可查看、导出和打印；请恢复断裂之前的备份，或联系管理员。</translation>
    </message>
    <message>
        <source>The audit trail is not intact</source>
        <translation>操作记录不完整</translation>
    </message>
    <message>
        <source>Audit entry %1 is not as it was written:

%2

Someone changed the data file outside this program. The program stays usable; keep this file for the auditor and restore a backup from before the break, or ask the administrator.</source>
        <translation>第%1条操作记录与写入时不一致：

%2

有人在本程序之外改动了数据文件。本程序仍可继续使用；请保留此文件供审计核查，并恢复断裂之前的备份，或联系管理员。</translation>
    </message>
    <message>
        <source>Automatic backup failed</source>
        <translation>自动备份失败</translation>
    </message>
    <message>
        <source>The daily automatic backup could not be written:

%1</source>
        <translation>无法写入每日自动备份：

%1</translation>
    </message>
    <message>
        <source>Back up data</source>
        <translation>备份数据</translation>
    </message>
    <message>
        <source>Data files (*.sqlite);;All files (*)</source>
        <translation>数据文件 (*.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <source>No backup was made</source>
        <translation>未备份</translation>
    </message>
    <message>
        <source>Backup saved</source>
        <translation>备份已保存</translation>
    </message>
    <message>
        <source>A complete copy of the data (%1 KB) was saved as %2.</source>
        <translation>数据的完整副本（%1 KB）已保存为%2。</translation>
    </message>
    <message>
        <source>Restore data from a backup</source>
        <translation>从备份恢复数据</translation>
    </message>
    <message>
        <source>Data files (*.sqlite *.db);;All files (*)</source>
        <translation>数据文件 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>This file cannot be restored</source>
        <translation>无法从此文件恢复</translation>
    </message>
    <message>
        <source>%1

Nothing was changed.</source>
        <translation>%1

数据未作任何改动。</translation>
    </message>
    <message>
        <source>Restore data</source>
        <translation>恢复数据</translation>
    </message>
    <message numerus="yes">
        <source>Replace all data with the backup %1?

Its data was last changed on %2; data version %3; %Ln audit entries, verified intact.

The data as it is now is first saved beside the data file, so this can be undone by restoring that copy.</source>
        <translation>
            <numerusform>确定用备份%1替换全部数据吗？

该备份的数据最后修改于%2；数据版本%3；共%Ln条操作记录，经核验完整。

当前数据会先另存一份在数据文件旁，如需撤销，可从该副本恢复。</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>The data was not restored</source>
        <translation>数据未恢复</translation>
    </message>
    <message>
        <source>%1

The data as it was before is kept in %2.</source>
        <translation>%1

原有数据已保存在%2。</translation>
    </message>
    <message>
        <source>Data restored</source>
        <translation>数据已恢复</translation>
    </message>
    <message>
        <source>The data of %1 is now in use. The data as it was before is kept in %2.</source>
        <translation>现已使用%1中的数据。原有数据已保存在%2。</translation>
    </message>
    <message>
        <source>Log in again with an account of the restored data.</source>
        <translation>请使用恢复后数据中的账户重新登录。</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1不是文件。</translation>
    </message>
    <message>
        <source>The data file %1 cannot be read: %2</source>
        <translation>无法读取数据文件%1：%2</translation>
    </message>
    <message>
        <source>%1 is not a shuangsui data file (it is not an SQLite database). Nothing was changed.</source>
        <translation>%1不是本系统的数据文件（不是SQLite数据库）。未做任何更改。</translation>
    </message>
    <message>
        <source>The data file %1 is read-only. Copy it to a folder you may write to, or ask the administrator to allow writing. Nothing was changed.</source>
        <translation>数据文件%1为只读。请将其复制到有写入权限的文件夹，或请管理员开放写入权限。未做任何更改。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>无法创建文件夹%1。</translation>
    </message>
    <message>
        <source>The data file %1 is already open in another shuangsui window. Close that window first.</source>
        <translation>数据文件%1已在本系统的另一个窗口中打开，请先关闭该窗口。</translation>
    </message>
    <message>
        <source>The data file %1 cannot be locked (the folder may be read-only).</source>
        <translation>无法锁定数据文件%1（所在文件夹可能为只读）。</translation>
    </message>
    <message>
        <source>The data file %1 cannot be opened: %2</source>
        <translation>无法打开数据文件%1：%2</translation>
    </message>
    <message>
        <source>The data file %1 cannot be used: %2</source>
        <translation>数据文件%1无法使用：%2</translation>
    </message>
    <message>
        <source>it is not a valid database file</source>
        <translation>不是有效的数据库文件</translation>
    </message>
    <message>
        <source>it was written by a newer version of shuangsui (data version %1; this program knows up to %2). Install the newer program. Nothing was changed.</source>
        <translation>该文件由更新版本的本系统写入（数据版本%1，本程序最高支持%2）。请安装新版程序。未做任何更改。</translation>
    </message>
    <message>
        <source>upgrading the data to version %1 failed: %2</source>
        <translation>数据升级到版本%1失败：%2</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 已存在。</translation>
    </message>
    <message>
        <source>The copy %1 cannot be written: %2</source>
        <translation>无法写入副本 %1：%2</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>%1 is not a shuangsui data file (it is not an SQLite database).</source>
        <translation>%1 不是本系统的数据文件（不是 SQLite 数据库）。</translation>
    </message>
    <message>
        <source>%1 is incomplete (the file was cut off; %2 bytes).</source>
        <translation>%1 不完整（文件被截断，仅 %2 字节）。</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 已损坏：%2</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of shuangsui (data version %2; this program knows up to %3). Install the newer program first.</source>
        <translation>%1 由更新版本的本系统写入（数据版本 %2；本程序最高支持 %3）。请先安装新版程序。</translation>
    </message>
    <message>
        <source>%1 is not a shuangsui data file.</source>
        <translation>%1 不是本系统的数据文件。</translation>
    </message>
    <message>
        <source>The data file %1 cannot be replaced: %2</source>
        <translation>无法替换数据文件 %1：%2</translation>
    </message>
    <message>
        <source>%1 (the data is unchanged; a copy of the file was also kept at %2)</source>
        <translation>%1（数据未改动；文件副本也已保存在%2）</translation>
    </message>
    <message>
        <source>This data file was made by an earlier version of shuangsui (data version %1) and has been upgraded to data version %2. A copy of the file as it was is kept at %3.</source>
        <translation>此数据文件由早期版本的 shuangsui 创建（数据版本%1），已升级到数据版本%2。升级前的文件副本保存在%3。</translation>
    </message>
    <message>
        <source>the copy is incomplete</source>
        <translation>副本不完整</translation>
    </message>
    <message>
        <source>before upgrading it from data version %1, a copy of it could not be made at %2 (%3). Nothing was changed.</source>
        <translation>从数据版本%1升级前，无法在%2创建文件副本（%3）。未做任何改动。</translation>
    </message>
    <message>
        <source>The data file %1 does not exist. Nothing was created.</source>
        <translation>数据文件 %1 不存在，未创建任何内容。</translation>
    </message>
    <message>
        <source>it is not a shuangsui data file (it is a database of another program). Nothing was changed.</source>
        <translation>该文件不是双随机抽查系统的数据文件（而是其他程序的数据库），未作任何修改。</translation>
    </message>
    <message>
        <source>its structure is not the one shuangsui gives data version %1 (%2). It may have been changed outside the program, to act behind its back; it is not used, and nothing was changed.</source>
        <translation>其数据结构与本系统数据版本%1的结构不符（%2），可能在本程序之外被改动过，会绕过本程序行事。为安全起见不予使用，未做任何更改。</translation>
    </message>
    <message>
        <source>%1 does not have the structure that shuangsui gives data version %2 (%3). It may have been changed outside the program, to act behind its back; it is not restored.</source>
        <translation>%1 的数据结构与本系统数据版本%2的结构不符（%3），可能在本程序之外被改动过，会绕过本程序行事。为安全起见不予恢复。</translation>
    </message>
</context>
<context>
    <name>DeadlineCommand</name>
    <message>
        <source>The last day of the inspection.</source>
        <translation>检查的最后一天。</translation>
    </message>
    <message>
        <source>“%1” is not a date: give the last day of the inspection as YYYY-MM-DD, e.g. 2026-09-30.</source>
        <translation>“%1”不是日期：请按YYYY-MM-DD格式给出检查的最后一天，例如2026-09-30。</translation>
    </message>
    <message>
        <source>the publication deadline (%1 working days) of an inspection
ending that day</source>
        <translation>计算当日结束的检查的公示期限（%1 个工作日）</translation>
    </message>
    <message>
        <source>Give the last day of the inspection with --end.</source>
        <translation>请用 --end 指定检查的最后一天。</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>fill a new data file with the demo data of 昌黎县</source>
        <translation>在新数据文件中填入昌黎县的演示数据</translation>
    </message>
    <message>
        <source>demo data written to %1</source>
        <translation>演示数据已写入%1</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>The data file already holds entities; the demo data goes only into a new, empty file.</source>
        <translation>数据文件中已有检查对象；演示数据只能写入新建的空数据文件。</translation>
    </message>
    <message>
        <source>The demo file %1 has rejected rows: %2</source>
        <translation>演示文件%1中有被拒绝的行：%2</translation>
    </message>
    <message>
        <source>The data file already holds plans; the demo plan goes only into a file with the demo registries.</source>
        <translation>数据文件中已有抽查计划；演示计划只能放入含演示名录库的数据文件。</translation>
    </message>
    <message>
        <source>The demo registry lacks the entities of the demo blacklist.</source>
        <translation>演示名录库中缺少演示黑名单所列的检查对象。</translation>
    </message>
    <message>
        <source>The demo registry lacks item %1.</source>
        <translation>演示名录库中缺少抽查事项%1。</translation>
    </message>
    <message>
        <source>The demo draw has no visits.</source>
        <translation>演示抽取没有产生任何检查。</translation>
    </message>
    <message>
        <source>The data file already has users; the demo data goes only into a new, empty file.</source>
        <translation>数据文件已有用户；演示数据只能放入新的空数据文件。</translation>
    </message>
    <message>
        <source>The demo draw has too few visits.</source>
        <translation>演示抽取的检查次数太少。</translation>
    </message>
</context>
<context>
    <name>DocumentPrinter</name>
    <message>
        <source>Cannot write %1. Is the folder writable, and the file not open in another program?</source>
        <translation>无法写入%1。请检查该文件夹是否允许写入，以及该文件是否已在其他程序中打开。</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>PDF not saved</source>
        <translation>PDF 未保存</translation>
    </message>
    <message>
        <source>PDF saved</source>
        <translation>PDF 已保存</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n page(s)) was saved as %2.</source>
        <translation>
            <numerusform>%1（共%n页）已保存为%2。</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing was not recorded</source>
        <translation>打印未登记</translation>
    </message>
    <message>
        <source>Saving was not recorded</source>
        <translation>保存未登记</translation>
    </message>
</context>
<context>
    <name>DocumentsCommand</name>
    <message>
        <source>the plan&apos;s documents (pre-draw sheet, draw sheet, inspection notices, approval form) as
print-ready HTML files in DIR</source>
        <translation>计划的文书（抽查前公示单、随机抽取结果单、检查通知单、行政检查审批表），
以可打印的 HTML 文件写入 DIR</translation>
    </message>
    <message>
        <source>The folder for the files: new or empty.</source>
        <translation>存放文件的文件夹：须为新文件夹或空文件夹。</translation>
    </message>
    <message>
        <source>Give the folder for the documents with --out DIR.</source>
        <translation>请用 --out DIR 指定存放文书的文件夹。</translation>
    </message>
    <message>
        <source>The folder %1 is not empty: give a new or empty folder.</source>
        <translation>文件夹 %1 不是空的：请指定新文件夹或空文件夹。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Plan %1 is not frozen yet: it has no documents to print.</source>
        <translation>计划 %1 尚未冻结：还没有可打印的文书。</translation>
    </message>
    <message>
        <source>Plan %1 has no standing draw yet: only the pre-draw sheet was written.</source>
        <translation>计划 %1 还没有有效的抽取结果：只写入了抽查前公示单。</translation>
    </message>
</context>
<context>
    <name>DrawCommand</name>
    <message>
        <source>compute a draw (%1); no data file needed</source>
        <translation>计算一次抽取（%1）；无需数据文件</translation>
    </message>
    <message>
        <source>Write the result to this file instead of the standard output.</source>
        <translation>将结果写入此文件，而不是输出到标准输出。</translation>
    </message>
    <message>
        <source>The draw request (draw specification %1).</source>
        <translation>抽取请求（抽取规范 %1）。</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>用法：%1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取%1：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入%1：%2</translation>
    </message>
    <message>
        <source>%1 selections, %2 teams; result written to %3.</source>
        <translation>共抽中%1个检查对象，%2个检查组；结果已写入%3。</translation>
    </message>
</context>
<context>
    <name>DrawDocuments</name>
    <message>
        <source>There is no such plan.</source>
        <translation>没有该抽查计划。</translation>
    </message>
    <message>
        <source>Plan %1 is not frozen yet: the pre-draw sheet shows the frozen pools.</source>
        <translation>抽查计划“%1”尚未冻结：抽查前公示单列出的是已冻结的抽取范围，请先冻结该计划。</translation>
    </message>
    <message>
        <source>Plan %1 has no standing draw to print.</source>
        <translation>抽查计划“%1”没有可打印的有效抽取结果。</translation>
    </message>
    <message>
        <source>%1 is not among the visits of plan %2.</source>
        <translation>%1不在抽查计划“%2”的检查对象之中。</translation>
    </message>
</context>
<context>
    <name>DrawEngine</name>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Not enough eligible inspectors for %1: a team needs %2, at least %3 of them certified, but after exclusions and load limits %4 are eligible, %5 of them certified.</source>
        <translation>%1的符合条件的执法人员不足：每个检查组需要%2人，其中至少%3人持证；但排除回避和任务量限制后，仅有%4人符合条件，其中持证%5人。</translation>
    </message>
    <message>
        <source>Substitution no. %1: there is no team for %2.</source>
        <translation>第%1次递补：没有%2的检查组。</translation>
    </message>
    <message>
        <source>Substitution no. %1: %2 is not a member of the team for %3 at that point (members: %4).</source>
        <translation>第%1次递补：%2此时不是%3检查组的组员（组员：%4）。</translation>
    </message>
    <message>
        <source>Substitution no. %1 (team for %2): %3 replaced %4, but nobody is left in the draw order to replace %4.</source>
        <translation>第%1次递补（%2的检查组）：记录为%3替换%4，但抽取顺序中已无人可替换%4。</translation>
    </message>
    <message>
        <source>Substitution no. %1 (team for %2): %3 replaced %4, but the rule gives %5.</source>
        <translation>第%1次递补（%2的检查组）：记录为%3替换%4，但按规则应为%5。</translation>
    </message>
    <message>
        <source>the record lists %1, the draw gives %2</source>
        <translation>记录为%1，抽取结果为%2</translation>
    </message>
    <message>
        <source>The draw has no team for %1.</source>
        <translation>本次抽取中没有%1的检查组。</translation>
    </message>
    <message>
        <source>Say why %1 cannot attend: the reason is kept on the record.</source>
        <translation>请说明%1不能参加的原因，该原因将记录在案。</translation>
    </message>
    <message>
        <source>The time of the substitution is missing.</source>
        <translation>缺少递补时间。</translation>
    </message>
    <message>
        <source>%1 is not a member of the team for %2 (members: %3).</source>
        <translation>%1不是%2检查组的组员（组员：%3）。</translation>
    </message>
    <message>
        <source>Nobody is left in the draw order of the team for %1 to replace %2 while keeping at least %3 certified members.</source>
        <translation>在保证至少%3名组员持证的前提下，%1检查组的抽取顺序中已无人可替换%2。</translation>
    </message>
    <message>
        <source>The request cannot be drawn: %1</source>
        <translation>该请求无法抽取：%1</translation>
    </message>
    <message>
        <source>The result has %1 items, but the request has %2.</source>
        <translation>结果中有%1个抽查事项，而请求中有%2个。</translation>
    </message>
    <message>
        <source>Item no. %1 of the result is %2, but the request&apos;s is %3.</source>
        <translation>结果中第%1个抽查事项为%2，而请求中为%3。</translation>
    </message>
    <message>
        <source>Item %1: the result has %2 strata, but the request has %3.</source>
        <translation>抽查事项%1：结果中有%2个分层，而请求中有%3个。</translation>
    </message>
    <message>
        <source>Item %1: stratum no. %2 of the result is %3, but the request&apos;s is %4.</source>
        <translation>抽查事项%1：结果中第%2个分层为%3，而请求中为%4。</translation>
    </message>
    <message>
        <source>Item %1, stratum %2: selected entity no. %3 is %4 in the record, but the draw gives %5.</source>
        <translation>抽查事项%1，分层%2：记录中抽中的第%3个检查对象为%4，而抽取结果为%5。</translation>
    </message>
    <message>
        <source>Item %1, stratum %2: the record selects %3 entities, but the draw selects %4.</source>
        <translation>抽查事项%1，分层%2：记录中抽中%3个检查对象，而抽取结果为%4个。</translation>
    </message>
    <message>
        <source>Team no. %1 is for %2 in the record, but the draw gives %3.</source>
        <translation>记录中第%1个检查组对应%2，而抽取结果为%3。</translation>
    </message>
    <message>
        <source>Team for %1, items: %2.</source>
        <translation>%1的检查组，抽查事项：%2。</translation>
    </message>
    <message>
        <source>Team for %1, members: %2.</source>
        <translation>%1的检查组，组员：%2。</translation>
    </message>
    <message>
        <source>Team for %1, backups: %2.</source>
        <translation>%1的检查组，候补人员：%2。</translation>
    </message>
    <message>
        <source>The record has %1 teams, but the draw gives %2.</source>
        <translation>记录中有%1个检查组，而抽取结果为%2个。</translation>
    </message>
</context>
<context>
    <name>DrawJson</name>
    <message>
        <source>The required key %1 is missing.</source>
        <translation>缺少必需的键%1。</translation>
    </message>
    <message>
        <source>%1 must be a string.</source>
        <translation>%1必须是字符串。</translation>
    </message>
    <message>
        <source>%1 must be true or false.</source>
        <translation>%1必须为true或false。</translation>
    </message>
    <message>
        <source>%1 must be a whole number.</source>
        <translation>%1必须是整数。</translation>
    </message>
    <message>
        <source>%1 is too large (%2).</source>
        <translation>%1过大（%2）。</translation>
    </message>
    <message>
        <source>%1 must be a list.</source>
        <translation>%1必须是列表。</translation>
    </message>
    <message>
        <source>%1 must be an object.</source>
        <translation>%1必须是对象。</translation>
    </message>
    <message>
        <source>%1 is %2: this program implements the draw specification %3 only.</source>
        <translation>%1为%2：本程序只实现抽取规范%3。</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 at line %2, column %3.</source>
        <translation>该文件不是有效的JSON：第%2行第%3列，%1。</translation>
    </message>
    <message>
        <source>The file must hold one JSON object.</source>
        <translation>该文件必须包含一个JSON对象。</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <source>%1 appears twice in %2: at %3 and at %4.</source>
        <translation>%1在%2中出现了两次：位于%3和%4。</translation>
    </message>
    <message>
        <source>It is empty.</source>
        <translation>值为空。</translation>
    </message>
    <message>
        <source>It begins or ends with white space.</source>
        <translation>开头或结尾有空白字符。</translation>
    </message>
    <message>
        <source>It contains the control character U+%1.</source>
        <translation>含有控制字符U+%1。</translation>
    </message>
    <message>
        <source>It is not valid Unicode (a lone surrogate U+%1).</source>
        <translation>不是有效的Unicode（孤立的代理项U+%1）。</translation>
    </message>
    <message>
        <source>It is not in Unicode normalization form C (NFC); compose its characters first.</source>
        <translation>不符合Unicode规范化形式C（NFC），请先对字符做组合处理。</translation>
    </message>
    <message>
        <source>The seed is empty: the draw needs the seed rolled by the witnesses.</source>
        <translation>随机种子为空：抽取需要由见证人摇出的随机种子。</translation>
    </message>
    <message>
        <source>A frozen request has no seed yet, but this one has the seed %1.</source>
        <translation>冻结的抽取请求尚不应有随机种子，但此请求的随机种子为%1。</translation>
    </message>
    <message>
        <source>The item code %1 appears twice: at %2 and at %3.</source>
        <translation>事项编码%1出现了两次：位于%2和%3。</translation>
    </message>
    <message>
        <source>The stratum name %1 appears twice in item %2: at %3 and at %4.</source>
        <translation>分层名称%1在抽查事项%2中出现了两次：位于%3和%4。</translation>
    </message>
    <message>
        <source>%1 has both ratioBp and count: give exactly one.</source>
        <translation>%1同时给出了ratioBp和count：只能给出其中一个。</translation>
    </message>
    <message>
        <source>%1 has neither ratioBp nor count: give exactly one.</source>
        <translation>%1既没有ratioBp也没有count：须给出其中一个。</translation>
    </message>
    <message>
        <source>%1.ratioBp must not be negative (it is %2).</source>
        <translation>%1.ratioBp不能为负数（现为%2）。</translation>
    </message>
    <message>
        <source>%1.ratioBp is %2 basis points, more than 100 % (10000).</source>
        <translation>%1.ratioBp为%2个基点，超过100%（10000）。</translation>
    </message>
    <message>
        <source>%1.count must not be negative (it is %2).</source>
        <translation>%1.count不能为负数（现为%2）。</translation>
    </message>
    <message>
        <source>The inspector %1 appears twice: at %2 and at %3.</source>
        <translation>执法人员%1出现了两次：位于%2和%3。</translation>
    </message>
    <message>
        <source>teams.size is %1, but a team has at least 2 inspectors.</source>
        <translation>teams.size为%1，但每个检查组至少有2名执法人员。</translation>
    </message>
    <message>
        <source>teams.minCertified is %1, but a team has at least 1 certified inspector.</source>
        <translation>teams.minCertified为%1，但每个检查组至少有1名持证执法人员。</translation>
    </message>
    <message>
        <source>teams.minCertified (%1) is larger than teams.size (%2).</source>
        <translation>teams.minCertified（%1）大于teams.size（%2）。</translation>
    </message>
    <message>
        <source>teams.maxTeamsPerInspector must not be negative (it is %1); 0 means no limit.</source>
        <translation>teams.maxTeamsPerInspector不能为负数（现为%1）；0表示不限。</translation>
    </message>
    <message>
        <source>%1.reason is empty: every exclusion says why (inspector %2, entity %3).</source>
        <translation>%1.reason为空：每项排除都须说明原因（执法人员%2，检查对象%3）。</translation>
    </message>
    <message>
        <source>In the request: %1</source>
        <translation>抽取请求中：%1</translation>
    </message>
    <message>
        <source>The seed has %1 digits; at least %2 are needed.</source>
        <translation>随机种子只有 %1 位，至少需要 %2 位。</translation>
    </message>
    <message>
        <source>teams.backupFactor is %1, but the policy draws inspectors at twice the number needed: it must be at least 2.</source>
        <translation>teams.backupFactor 为 %1，但按规定，执法人员须按所需人数的两倍抽取：该值至少应为 2。</translation>
    </message>
    <message>
        <source>%1.reason is empty: every substitution says why %2 could not attend (entity %3).</source>
        <translation>%1.reason 为空：每次递补都须说明 %2 无法参加的原因（检查对象 %3）。</translation>
    </message>
    <message>
        <source>%1.reason is empty: every voided draw says why it was voided (seed %2).</source>
        <translation>%1.reason 为空：每次作废抽取都须说明作废原因（随机种子 %2）。</translation>
    </message>
    <message>
        <source>The seed parts make %1, not the record&apos;s seed %2.</source>
        <translation>种子的组成合起来是 %1，不是记录中的随机种子 %2。</translation>
    </message>
</context>
<context>
    <name>DrawPreparation</name>
    <message>
        <source>The item chosen as no. %1 no longer exists.</source>
        <translation>所选的第%1个抽查事项已不存在。</translation>
    </message>
    <message>
        <source>%1: the item is not in force for the whole inspection period.</source>
        <translation>%1：该抽查事项并非在整个检查时间内都有效。</translation>
    </message>
    <message>
        <source>%1: the pool is empty; nothing will be drawn for this item.</source>
        <translation>%1：抽取范围为空，该事项将不抽取任何检查对象。</translation>
    </message>
    <message>
        <source>Not enough inspectors on duty: a team needs %1, and %2 are available.</source>
        <translation>在岗执法人员不足：每个检查组需要%1人，现有%2人可用。</translation>
    </message>
    <message>
        <source>Not enough certified inspectors: each team needs at least %1 with a certificate valid for the whole period, and %2 have one.</source>
        <translation>持证执法人员不足：每个检查组至少需要%1名执法证在整个检查时间内有效的人员，现仅有%2人符合。</translation>
    </message>
    <message>
        <source>Not enough inspectors for up to %1 visits with at most %2 teams each: %3 are needed, %4 are available.</source>
        <translation>执法人员不足：最多%1次检查、每人最多参加%2个检查组，需要%3人，现有%4人可用。</translation>
    </message>
    <message>
        <source>Not enough certified inspectors for up to %1 visits with at most %2 teams each: %3 are needed, %4 are available.</source>
        <translation>持证执法人员不足：最多%1次检查、每人最多参加%2个检查组，需要%3人，现有%4人可用。</translation>
    </message>
    <message>
        <source>Each team is drawn with its backups, %1 inspectors in all; only %2 are available, so the teams get fewer backups.</source>
        <translation>每个检查组连同候补人员共需抽取%1名执法人员，现仅有%2人可用，因此各组的候补人员将减少。</translation>
    </message>
    <message>
        <source>%1: after the exclusions only %2 inspectors (%3 certified) may inspect it; a team needs %4 (%5 certified).</source>
        <translation>%1：排除回避人员后，仅有%2名执法人员（其中持证%3人）可检查该对象；每个检查组需要%4人（其中持证%5人）。</translation>
    </message>
    <message numerus="yes">
        <source>For %n entities the exclusions leave fewer inspectors than a team with its backups needs.</source>
        <translation>
            <numerusform>有%n个检查对象在排除回避人员后，剩余执法人员少于一个检查组连同候补人员所需的人数。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every pool is empty: there is nothing to draw.</source>
        <translation>所有抽取范围均为空，没有可抽取的对象。</translation>
    </message>
</context>
<context>
    <name>DrawResultPanel</name>
    <message>
        <source>Print the draw sheet…</source>
        <translation>打印随机抽取结果单…</translation>
    </message>
    <message>
        <source>Print the inspection notices…</source>
        <translation>打印检查通知单…</translation>
    </message>
    <message>
        <source>Save the draw sheet as PDF…</source>
        <translation>将随机抽取结果单另存为 PDF…</translation>
    </message>
    <message>
        <source>Export the public record…</source>
        <translation>导出公开记录…</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>检查对象</translation>
    </message>
    <message>
        <source>Inspection items</source>
        <translation>抽查事项</translation>
    </message>
    <message>
        <source>Team (rank in the draw order)</source>
        <translation>检查组（序号为抽取顺序）</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>候补人员</translation>
    </message>
    <message>
        <source>The file anyone can check with `shuangsui-cli verify`: publish it with the results.</source>
        <translation>任何人都可用 `shuangsui-cli verify` 核验此文件，请与检查结果一并公开。</translation>
    </message>
    <message>
        <source>This plan has no standing draw.</source>
        <translation>本计划尚无有效的抽取结果。</translation>
    </message>
    <message>
        <source>%1. %2%3</source>
        <translation>%1. %2%3</translation>
    </message>
    <message>
        <source>(%1, replaced)</source>
        <translation>（%1，已被替换）</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>%1</translation>
    </message>
    <message numerus="yes">
        <source>Draw %1 of %2: %n visit(s). Seed %3 · request hash %4 · %5 exclusion(s) applied.</source>
        <translation>
            <numerusform>抽查计划“%2”第%1次抽取：共%n次检查。随机种子%3 · 请求摘要%4 · 已排除回避%5项。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier draw(s) voided (see Record).</source>
        <translation>
            <numerusform>此前有%n次抽取已作废（见“抽取记录”）。</numerusform>
        </translation>
    </message>
    <message>
        <source>★ = certified on %1 (the day of the draw).</source>
        <translation>★ 表示抽取之日（%1）持有效执法证。</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>无法打印</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <source>Export the public record</source>
        <translation>导出公开记录</translation>
    </message>
    <message>
        <source>Draw record %1.json</source>
        <translation>抽取记录 %1.json</translation>
    </message>
    <message>
        <source>Draw records (*.json)</source>
        <translation>抽取记录 (*.json)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入%1：%2</translation>
    </message>
    <message>
        <source>Record exported</source>
        <translation>记录已导出</translation>
    </message>
    <message>
        <source>The public record was written to %1. Anyone can check it with &quot;shuangsui-cli verify&quot;.</source>
        <translation>公开记录已写入%1。任何人都可用“shuangsui-cli verify”进行核验。</translation>
    </message>
    <message>
        <source>Print the pre-draw sheet…</source>
        <translation>打印抽查前公示单…</translation>
    </message>
    <message>
        <source>Save the pre-draw sheet as PDF…</source>
        <translation>将抽查前公示单保存为 PDF…</translation>
    </message>
    <message>
        <source>Inspector or entity</source>
        <translation>执法人员或检查对象</translation>
    </message>
    <message>
        <source>Excluded from</source>
        <translation>排除范围</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>抽查前公示单: the frozen pools, parameters and request hash, with lines for the witnesses. It can be printed again at any time.</source>
        <translation>抽查前公示单：冻结的抽取范围、参数和请求摘要，并留有见证人签字栏。可随时重新打印。</translation>
    </message>
    <message>
        <source>Exclusions and entities left out: the plan is not frozen yet</source>
        <translation>回避及排除：抽查计划尚未冻结</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>The whole draw</source>
        <translation>整个抽取</translation>
    </message>
    <message>
        <source>Counted as not certified</source>
        <translation>按未持证计</translation>
    </message>
    <message>
        <source>The pool of %1</source>
        <translation>%1 的抽取范围</translation>
    </message>
    <message>
        <source>Exclusions and entities left out: none</source>
        <translation>回避及排除：无</translation>
    </message>
    <message>
        <source>Exclusions and entities left out (%1)</source>
        <translation>回避及排除（%1）</translation>
    </message>
    <message>
        <source>Print the approval form…</source>
        <translation>打印审批表…</translation>
    </message>
    <message>
        <source>行政检查审批表: the items, their legal basis, the entities and the teams, for the leader&apos;s approval before the inspections (with the approval once recorded).</source>
        <translation>行政检查审批表：抽查事项及其依据、检查对象和检查组，供负责人在检查前审批（登记审批后含审批意见）。</translation>
    </message>
    <message>
        <source>Inspections approved: %1</source>
        <translation>检查已审批：%1</translation>
    </message>
    <message>
        <source>The inspections are not approved yet: print the approval form, and record the signed approval (Approval of the inspections…) before the first result.</source>
        <translation>检查尚未审批：请打印审批表，并在登记第一条检查结果前登记已签批的审批（“检查审批…”）。</translation>
    </message>
</context>
<context>
    <name>Entity</name>
    <message>
        <source>Registry code</source>
        <translation>对象编号</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>办学性质</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>所属乡镇</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>办学地址</translation>
    </message>
    <message>
        <source>Principal / legal representative</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Credit risk class</source>
        <translation>信用风险分类</translation>
    </message>
    <message>
        <source>Blacklist</source>
        <translation>黑名单</translation>
    </message>
    <message>
        <source>Blacklist reason</source>
        <translation>黑名单原因</translation>
    </message>
    <message>
        <source>Blacklisted from</source>
        <translation>黑名单起始日期</translation>
    </message>
    <message>
        <source>Blacklisted until</source>
        <translation>黑名单截止日期</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>The name is required.</source>
        <translation>请填写名称。</translation>
    </message>
    <message>
        <source>The name is longer than 200 characters.</source>
        <translation>名称超过200个字符。</translation>
    </message>
    <message>
        <source>Choose a category: %1.</source>
        <translation>请选择类别：%1。</translation>
    </message>
    <message>
        <source>Choose public (公办) or private (民办).</source>
        <translation>请选择公办或民办。</translation>
    </message>
    <message>
        <source>Choose a status: %1.</source>
        <translation>请选择状态：%1。</translation>
    </message>
    <message>
        <source>The credit risk class is A, B, C or D.</source>
        <translation>信用风险分类应为A、B、C或D。</translation>
    </message>
    <message>
        <source>Say why the entity is on the blacklist.</source>
        <translation>请填写列入黑名单的原因。</translation>
    </message>
    <message>
        <source>The end of the blacklisting is before its start.</source>
        <translation>黑名单截止日期早于起始日期。</translation>
    </message>
</context>
<context>
    <name>EntityDialog</name>
    <message>
        <source>On the blacklist</source>
        <translation>列入黑名单</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>No end date</source>
        <translation>无截止日期</translation>
    </message>
    <message>
        <source>New entity</source>
        <translation>新增检查对象</translation>
    </message>
    <message>
        <source>Edit entity — %1</source>
        <translation>编辑检查对象——%1</translation>
    </message>
    <message>
        <source>The registry code is given by the program and never changes.</source>
        <translation>对象编号由程序自动生成，不会更改。</translation>
    </message>
    <message>
        <source>18 characters; leave empty if the entity has none</source>
        <translation>18位；没有信用代码的留空</translation>
    </message>
    <message>
        <source>Separate tags with commas</source>
        <translation>多个标签用逗号分隔</translation>
    </message>
    <message>
        <source>Mobile, or landline such as 0335-1234567</source>
        <translation>手机号，或固定电话，如0335-1234567</translation>
    </message>
    <message>
        <source>Basic information</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>监管信息</translation>
    </message>
    <message>
        <source>“%1” is not in the township list yet; it will be added when you save.</source>
        <translation>“%1”尚不在乡镇列表中，保存时将自动添加。</translation>
    </message>
    <message>
        <source>New township</source>
        <translation>新增乡镇</translation>
    </message>
    <message>
        <source>“%1” is not in the township list. Add it to the list and save the entity?</source>
        <translation>“%1”不在乡镇列表中。是否将其添加到列表并保存该检查对象？</translation>
    </message>
    <message>
        <source>Add and save</source>
        <translation>添加并保存</translation>
    </message>
    <message>
        <source>Not saved: choose a township from the list, or agree to add the new one.</source>
        <translation>未保存：请从列表中选择乡镇，或同意添加新乡镇。</translation>
    </message>
</context>
<context>
    <name>EntityNote</name>
    <message>
        <source>%1: drawn in %2 (period until %3)</source>
        <translation>%1：已在%2中被抽中（防止重复检查至%3）</translation>
    </message>
</context>
<context>
    <name>EntityPage</name>
    <message>
        <source>Search name, registry code or credit code (Ctrl+F)</source>
        <translation>搜索名称、对象编号或信用代码（Ctrl+F）</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>All townships</source>
        <translation>全部乡镇</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Blacklist: any</source>
        <translation>黑名单：不限</translation>
    </message>
    <message>
        <source>On the blacklist</source>
        <translation>已列入黑名单</translation>
    </message>
    <message>
        <source>Not on the blacklist</source>
        <translation>未列入黑名单</translation>
    </message>
    <message>
        <source>All risk classes</source>
        <translation>全部风险分类</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Enter or double-click a row</source>
        <translation>按Enter键或双击一行</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Set to %1…</source>
        <translation>设为%1…</translation>
    </message>
    <message>
        <source>Set back to %1…</source>
        <translation>恢复为%1…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>检查对象</translation>
    </message>
    <message>
        <source>New entity…</source>
        <translation>新增检查对象…</translation>
    </message>
    <message>
        <source>No entities yet. Add the first one with “%1” (Ctrl+N).</source>
        <translation>尚无检查对象。请点击“%1”（Ctrl+N）添加第一个。</translation>
    </message>
    <message>
        <source>Delete a record typed in by mistake. An entity that closed is set to %1 instead, so its history stays.</source>
        <translation>删除误录入的记录。已关闭的单位应设为“%1”，以保留其历史记录。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Entity not found</source>
        <translation>找不到该检查对象</translation>
    </message>
    <message>
        <source>This entity no longer exists. The list is read again.</source>
        <translation>该检查对象已不存在，列表已重新读取。</translation>
    </message>
    <message>
        <source>Set %1 (%2) back to %3? It is listed as an active entity again.</source>
        <translation>确定将%1（%2）恢复为“%3”吗？恢复后将重新作为正常检查对象列出。</translation>
    </message>
    <message>
        <source>Set %1 (%2) to %3? It is greyed in the registry and hidden unless “Show inactive” is ticked. Its records are kept, and you can set it back to %4 at any time.</source>
        <translation>确定将%1（%2）设为“%3”吗？设置后该对象在名录库中显示为灰色，只有勾选“显示已停用”时才会列出。其记录均会保留，可随时恢复为“%4”。</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>更改状态</translation>
    </message>
    <message>
        <source>Set to %1</source>
        <translation>设为%1</translation>
    </message>
    <message>
        <source>Status not changed</source>
        <translation>状态未更改</translation>
    </message>
    <message>
        <source>%1 is now %2</source>
        <translation>%1已设为%2</translation>
    </message>
    <message>
        <source>Delete entity</source>
        <translation>删除检查对象</translation>
    </message>
    <message>
        <source>Delete %1 (%2) from the registry? This cannot be undone. Delete only a record typed in by mistake; an entity that closed is set to %3 instead.</source>
        <translation>确定从名录库中删除%1（%2）吗？删除后无法恢复。只应删除误录入的记录；已关闭的单位应改设为“%3”。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>未删除</translation>
    </message>
    <message>
        <source>Deleted: %1 (%2).</source>
        <translation>已删除：%1（%2）。</translation>
    </message>
    <message>
        <source>Blacklist and credit archive</source>
        <translation>黑名单与诚信档案</translation>
    </message>
    <message>
        <source>Put on blacklist…</source>
        <translation>列入黑名单…</translation>
    </message>
    <message>
        <source>Credit archive…</source>
        <translation>诚信档案…</translation>
    </message>
    <message>
        <source>Take off blacklist…</source>
        <translation>移出黑名单…</translation>
    </message>
    <message>
        <source>%1 put on the blacklist: %2</source>
        <translation>%1已列入黑名单：%2</translation>
    </message>
    <message>
        <source>%1 taken off the blacklist: %2</source>
        <translation>%1已移出黑名单：%2</translation>
    </message>
    <message>
        <source>Never on the blacklist through the program.</source>
        <translation>未曾通过本程序列入黑名单。</translation>
    </message>
</context>
<context>
    <name>EntityRepository</name>
    <message>
        <source>The credit code %1 already belongs to %2 (%3).</source>
        <translation>信用代码%1已被%2（%3）使用。</translation>
    </message>
    <message>
        <source>The registry code %1 already belongs to %2.</source>
        <translation>对象编号%1已被%2使用。</translation>
    </message>
    <message>
        <source>The entity no longer exists (it may have been changed in another window).</source>
        <translation>该检查对象已不存在（可能已在其他窗口中被修改）。</translation>
    </message>
    <message>
        <source>The registry code is required.</source>
        <translation>请填写对象编号。</translation>
    </message>
    <message>
        <source>The entity no longer exists.</source>
        <translation>该检查对象已不存在。</translation>
    </message>
    <message>
        <source>%1 is referred to by other records and cannot be deleted; set its status to suspended or deregistered instead.</source>
        <translation>%1已被其他记录引用，不能删除；请改为将其状态设为“停办”或“注销”。</translation>
    </message>
    <message>
        <source>%1 is named in a frozen draw request by its codes, so its credit code and registry code can no longer be changed.</source>
        <translation>%1 已列入已冻结的抽取请求（以其编码标识），其统一社会信用代码和对象编号不能再修改。</translation>
    </message>
</context>
<context>
    <name>EntityTableModel</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>write a registry to FILE.csv or FILE.xlsx</source>
        <translation>将名录导出为 FILE.csv 或 FILE.xlsx</translation>
    </message>
    <message>
        <source>The file to write: .csv or .xlsx.</source>
        <translation>要写入的文件：.csv 或 .xlsx。</translation>
    </message>
</context>
<context>
    <name>ExportFile</name>
    <message>
        <source>%1 cannot be written: %2. Is the folder writable, and the file not open in another program?</source>
        <translation>无法写入 %1：%2。请检查该文件夹是否可写，以及该文件是否已在其他程序中打开。</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Follow-up visit</source>
        <translation>复查</translation>
    </message>
</context>
<context>
    <name>FollowUpVisit</name>
    <message>
        <source>Date of the visit</source>
        <translation>复查日期</translation>
    </message>
    <message>
        <source>Inspectors</source>
        <translation>执法人员</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>复查结果</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Enter the date of the follow-up visit.</source>
        <translation>请填写复查日期。</translation>
    </message>
    <message>
        <source>Name at least one inspector who made the visit.</source>
        <translation>请至少填写一名参加复查的执法人员。</translation>
    </message>
    <message>
        <source>Choose what the visit found.</source>
        <translation>请选择复查结果。</translation>
    </message>
</context>
<context>
    <name>FreezeWizardPage</name>
    <message>
        <source>Freeze the pools and parameters…</source>
        <translation>冻结抽取范围和参数…</translation>
    </message>
    <message>
        <source>Print the pre-draw sheet…</source>
        <translation>打印抽查前公示单…</translation>
    </message>
    <message>
        <source>Save it as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>Step 4 of 6 · Freeze</source>
        <translation>第4步（共6步）· 冻结</translation>
    </message>
    <message>
        <source>Freezing fixes the pools and the parameters before anyone knows the seed, so that nobody can change them to get a wanted result. After this, steps 1–3 can no longer change.</source>
        <translation>冻结是在任何人知道随机种子之前，先把抽取范围和各项参数固定下来，使任何人都无法通过修改它们得到想要的结果。冻结后，第1至3步的内容不能再修改。</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>无法打印</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>检查时间</translation>
    </message>
    <message>
        <source>The plan cannot be frozen yet:</source>
        <translation>本计划暂不能冻结：</translation>
    </message>
    <message>
        <source>Frozen. Request hash:</source>
        <translation>已冻结。请求摘要：</translation>
    </message>
    <message>
        <source>Print the pre-draw sheet for the witnesses, then go on to the seed.</source>
        <translation>请打印抽查前公示单交见证人，然后进入下一步生成随机种子。</translation>
    </message>
    <message>
        <source>Not frozen yet.</source>
        <translation>尚未冻结。</translation>
    </message>
    <message>
        <source>Freeze the plan</source>
        <translation>冻结抽查计划</translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation>冻结</translation>
    </message>
    <message>
        <source>Not frozen</source>
        <translation>未冻结</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n次</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2 visits, as the seed decides</source>
        <translation>%1至%2次（由随机种子决定）</translation>
    </message>
    <message>
        <source>Visits: %1. Teams of %2 (at least %3 certified), drawn at %4×. Inspectors in the draw: %5 (%6 certified).</source>
        <translation>检查次数：%1。每个检查组%2人（至少%3人持证），按%4倍抽取。参加抽取的执法人员：%5人（其中持证%6人）。</translation>
    </message>
    <message>
        <source>Add a public number drawn after the freeze to the seed:</source>
        <translation>种子加入冻结后开奖的公开号码：</translation>
    </message>
    <message>
        <source>Optional. The seed then ends with a number nobody can know at the freeze, e.g. the 双色球 drawn on the date given here; the pre-draw sheet names it, and the draw waits for it.</source>
        <translation>可选。种子的最后一段将是冻结时任何人都无法知道的号码，例如此处所填日期开奖的双色球；抽取前公示单会载明来源，抽取须等到开奖之后。</translation>
    </message>
    <message>
        <source>drawn on</source>
        <translation>开奖日期</translation>
    </message>
    <message>
        <source>The seed ends with the number of %1 drawn on %2.</source>
        <translation>种子的最后一段为%1 %2的开奖号码。</translation>
    </message>
    <message>
        <source>Plan %1 will be frozen: its pools, strata, ratios and team rules are stored with their hash and can never change again. Only the witnesses can still be entered.</source>
        <translation>将冻结计划 %1：其对象池、分层、比例和检查组规则连同哈希值一并保存，此后不能再改。冻结后只能填写见证人。</translation>
    </message>
    <message>
        <source>Its seed will end with the number of %1 drawn on %2: the draw can only be made on that day or later.</source>
        <translation>种子的最后一段为%1 %2的开奖号码：当天开奖后方可抽取。</translation>
    </message>
    <message>
        <source>Freeze it now?</source>
        <translation>现在冻结吗？</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>User manual</source>
        <translation>使用手册</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>另存为PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>User manual — Double-Random Inspection System</source>
        <translation>使用手册 — 双随机抽查系统</translation>
    </message>
    <message>
        <source>Search the manual (e.g. witness, void, publish)</source>
        <translation>在手册中搜索（如：见证人、作废、公示）</translation>
    </message>
    <message>
        <source>No printer was found; save the manual as PDF instead.</source>
        <translation>未找到打印机，可将手册另存为PDF。</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n place(s))</source>
        <translation>
            <numerusform>%1（%n处）</numerusform>
        </translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message numerus="yes">
        <source>In %n chapter(s)</source>
        <translation>
            <numerusform>共%n章</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1. Is the folder writable, and the file not open in another program?</source>
        <translation>无法写入%1。请检查该文件夹是否可写入，以及该文件是否已在其他程序中打开。</translation>
    </message>
    <message>
        <source>Save the manual as PDF</source>
        <translation>将使用手册另存为PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>PDF not saved</source>
        <translation>PDF 未保存</translation>
    </message>
    <message>
        <source>PDF saved</source>
        <translation>PDF 已保存</translation>
    </message>
    <message>
        <source>The manual was saved as %1.</source>
        <translation>使用手册已保存为%1。</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Check the file and say what would change; write nothing.</source>
        <translation>检查文件并说明将有哪些变化，不写入任何数据。</translation>
    </message>
    <message>
        <source>Import the valid rows even when others are rejected.</source>
        <translation>即使有行被拒绝，也导入其余有效的行。</translation>
    </message>
    <message>
        <source>ignored columns: %1</source>
        <translation>已忽略的列：%1</translation>
    </message>
    <message>
        <source>dry run: nothing was written (%1 new, %2 to update, %3 unchanged).</source>
        <translation>试运行：未写入任何数据（新增%1行，更新%2行，无变化%3行）。</translation>
    </message>
    <message>
        <source>nothing was written: correct the rejected rows, or use --skip-invalid to import the valid rows only.</source>
        <translation>未写入任何数据：请更正被拒绝的行，或使用 --skip-invalid 只导入有效的行。</translation>
    </message>
    <message>
        <source>Take the file&apos;s column COLUMN for the field FIELD (its name in the template&apos;s header, e.g. 单位名称, or its key); repeatable. The choice is remembered for files with the same header.</source>
        <translation>用文件中的列 COLUMN 填写字段 FIELD（字段名与模板表头相同，如 单位名称，或用其英文键名）；可重复使用。所选的列会为相同表头的文件记下。</translation>
    </message>
    <message>
        <source>the file&apos;s columns: %1</source>
        <translation>文件中的列：%1</translation>
    </message>
    <message>
        <source>the columns chosen last time for this header: %1</source>
        <translation>上次为此表头选择的列：%1</translation>
    </message>
    <message>
        <source>choose a column for each missing field with --map FIELD=COLUMN, for example --map %1=%2</source>
        <translation>请用 --map 字段=列名 为每个缺少的字段选择列，例如 --map %1=%2</translation>
    </message>
    <message>
        <source>import a CSV, .xlsx or .xls file; REGISTRY is items, entities,
inspectors, conflicts or townships</source>
        <translation>导入 CSV、.xlsx 或 .xls 文件；REGISTRY 为 items、entities、
inspectors、conflicts 或 townships</translation>
    </message>
    <message>
        <source>The CSV, .xlsx or .xls file to import.</source>
        <translation>要导入的 CSV、.xlsx 或 .xls 文件。</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Show only the rejected rows</source>
        <translation>只显示被拒绝的行</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>导入%1</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Rows that are rejected are left out; correct them in the file and import it again: rows already imported then show as unchanged.</source>
        <translation>尚未写入任何数据。被拒绝的行不会导入；请在文件中更正后重新导入，届时已导入的行将显示为“无变化”。</translation>
    </message>
    <message>
        <source>Reading and checking %1 …</source>
        <translation>正在读取并检查%1…</translation>
    </message>
    <message>
        <source>The file cannot be imported</source>
        <translation>该文件无法导入</translation>
    </message>
    <message>
        <source>%1: %2 rows — %3 new, %4 to update, %5 unchanged, %6 rejected.</source>
        <translation>%1：共%2行——新增%3行，更新%4行，无变化%5行，拒绝%6行。</translation>
    </message>
    <message>
        <source>Columns not used: %1.</source>
        <translation>未使用的列：%1。</translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>没有可导入的内容</translation>
    </message>
    <message>
        <source>Import the %1 valid rows (skip %2 rejected)</source>
        <translation>导入有效的%1行（跳过被拒绝的%2行）</translation>
    </message>
    <message>
        <source>Import %1 rows</source>
        <translation>导入%1行</translation>
    </message>
    <message>
        <source>Importing …</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>未导入任何数据</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <source>%1 new and %2 updated rows were saved; %3 rows were rejected and left out.</source>
        <translation>已保存新增%1行、更新%2行；%3行被拒绝，未导入。</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xls *.csv);;All files (*)</source>
        <translation>电子表格 (*.xlsx *.xls *.csv);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>无变化</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Problems and remarks</source>
        <translation>问题与说明</translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <source>create the data file (and its folder); with --user, its
administrator</source>
        <translation>创建数据文件（及其文件夹）；指定 --user 时，该用户为管理员</translation>
    </message>
    <message>
        <source>The administrator to create in a data file without users.</source>
        <translation>在尚无用户的数据文件中要创建的管理员。</translation>
    </message>
    <message>
        <source>The file whose first line is the administrator&apos;s password.</source>
        <translation>第一行为管理员密码的文件。</translation>
    </message>
    <message>
        <source>administrator %1 created</source>
        <translation>已创建管理员%1</translation>
    </message>
    <message>
        <source>data file ready: %1 (data version %2)</source>
        <translation>数据文件已就绪：%1（数据版本%2）</translation>
    </message>
</context>
<context>
    <name>InputGuard</name>
    <message>
        <source>Discard what you typed?</source>
        <translation>放弃已填写的内容？</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
</context>
<context>
    <name>InspectionApprovals</name>
    <message>
        <source>Enter the name of the leader who approved.</source>
        <translation>请填写审批人姓名。</translation>
    </message>
    <message>
        <source>The approver&apos;s name must be one line of at most 40 characters.</source>
        <translation>审批人姓名须为一行，不超过40个字符。</translation>
    </message>
    <message>
        <source>Enter the approver&apos;s post, e.g. 副局长.</source>
        <translation>请填写审批人职务，例如：副局长。</translation>
    </message>
    <message>
        <source>The post must be one line of at most 40 characters.</source>
        <translation>职务须为一行，不超过40个字符。</translation>
    </message>
    <message>
        <source>Enter the date of the approval.</source>
        <translation>请填写审批日期。</translation>
    </message>
    <message>
        <source>The approval (%1) cannot be before the draw (%2): it approves the entities and teams the draw gave.</source>
        <translation>审批日期（%1）不能早于抽取日期（%2）：审批的是抽取产生的检查对象和检查组。</translation>
    </message>
    <message>
        <source>The approval date %1 is in the future: record an approval once it is signed.</source>
        <translation>审批日期 %1 晚于今天：请在签批后再登记。</translation>
    </message>
    <message>
        <source>Enter the approver&apos;s opinion.</source>
        <translation>请填写审批意见。</translation>
    </message>
    <message>
        <source>The opinion may be at most 500 characters.</source>
        <translation>审批意见不超过500个字符。</translation>
    </message>
    <message>
        <source>The draw attempt no longer exists.</source>
        <translation>该次抽取已不存在。</translation>
    </message>
    <message>
        <source>Approved: carry out the inspections as planned.</source>
        <translation>同意按计划开展检查。</translation>
    </message>
    <message>
        <source>The inspections of plan %1 are not approved yet: record the approval (行政检查审批表) first; no result is recorded before it.</source>
        <translation>计划 %1 的检查尚未审批：请先登记审批（行政检查审批表），审批前不能登记检查结果。</translation>
    </message>
    <message>
        <source>%1 (%2) approved on %3: %4</source>
        <translation>%1（%2）%3批准：%4</translation>
    </message>
</context>
<context>
    <name>InspectionItem</name>
    <message>
        <source>Item code</source>
        <translation>事项编码</translation>
    </message>
    <message>
        <source>Item name</source>
        <translation>事项名称</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>抽查依据</translation>
    </message>
    <message>
        <source>Inspecting authority</source>
        <translation>抽查主体</translation>
    </message>
    <message>
        <source>Inspection content</source>
        <translation>抽查内容</translation>
    </message>
    <message>
        <source>Inspection method</source>
        <translation>抽查方式</translation>
    </message>
    <message>
        <source>Entity categories</source>
        <translation>适用对象类别</translation>
    </message>
    <message>
        <source>Minimum share drawn</source>
        <translation>最低抽查比例</translation>
    </message>
    <message>
        <source>Drawn at least every (months)</source>
        <translation>抽查频次（月）</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>In force until</source>
        <translation>失效日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>The item code is required (for example JY-01).</source>
        <translation>请填写事项编码（例如JY-01）。</translation>
    </message>
    <message>
        <source>The item code may have at most 32 characters, without spaces or &apos;|&apos;.</source>
        <translation>事项编码最多32个字符，不能含空格或“|”。</translation>
    </message>
    <message>
        <source>The name is required.</source>
        <translation>请填写名称。</translation>
    </message>
    <message>
        <source>The name is longer than 200 characters.</source>
        <translation>名称超过200个字符。</translation>
    </message>
    <message>
        <source>No item without a legal basis (§2 of the plan): enter the laws, regulations or rules that allow this inspection.</source>
        <translation>没有抽查依据的事项不得列入清单（见实施方案第二部分）：请填写授权开展此项检查的法律、法规或规章。</translation>
    </message>
    <message>
        <source>Choose at least one entity category the item applies to.</source>
        <translation>请至少选择一个适用的检查对象类别。</translation>
    </message>
    <message>
        <source>%1 is not a category; choose from: %2.</source>
        <translation>%1不是有效的类别，请从以下类别中选择：%2。</translation>
    </message>
    <message>
        <source>The share drawn must be between 5 % (the policy&apos;s minimum) and 100 %.</source>
        <translation>抽查比例须在5%（政策规定的最低比例）至100%之间。</translation>
    </message>
    <message>
        <source>Enter 1 to 6 months: the policy asks for a draw at least every half year.</source>
        <translation>请输入1至6个月：按政策规定，每个事项至少每半年抽查一次。</translation>
    </message>
    <message>
        <source>The end of validity is before its start; correct one of the two dates.</source>
        <translation>失效日期早于生效日期，请更正其中一个日期。</translation>
    </message>
    <message>
        <source>Choose a status: %1.</source>
        <translation>请选择状态：%1。</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>适用办学性质</translation>
    </message>
    <message>
        <source>%1 is not an ownership; choose from: %2, or leave it empty for both.</source>
        <translation>“%1”不是有效的办学性质，请从以下选项中选择：%2；公办、民办均适用的请留空。</translation>
    </message>
    <message>
        <source>Object types (item class)</source>
        <translation>检查对象及事项类别</translation>
    </message>
    <message>
        <source>At most %1 object types.</source>
        <translation>检查对象最多 %1 个。</translation>
    </message>
    <message>
        <source>Each object type needs a name of at most 100 characters, and its item class at most 20 characters (&quot;%1&quot;).</source>
        <translation>每个检查对象须写明名称（不超过 100 个字符），事项类别不超过 20 个字符（“%1”）。</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>检查表</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>Registry code</source>
        <translation>人员编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>所在股室</translation>
    </message>
    <message>
        <source>Law-enforcement certificate no.</source>
        <translation>执法证号</translation>
    </message>
    <message>
        <source>Certificate valid from</source>
        <translation>执法证有效期起</translation>
    </message>
    <message>
        <source>Certificate valid until</source>
        <translation>执法证有效期止</translation>
    </message>
    <message>
        <source>Specialties</source>
        <translation>专业领域</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>ID card number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>The registry code is required (for example ZF-001).</source>
        <translation>请填写人员编号（例如ZF-001）。</translation>
    </message>
    <message>
        <source>The registry code may have at most 32 characters, without spaces or &apos;|&apos;.</source>
        <translation>人员编号最多32个字符，不能含空格或“|”。</translation>
    </message>
    <message>
        <source>The name is required.</source>
        <translation>请填写姓名。</translation>
    </message>
    <message>
        <source>The name is longer than 100 characters.</source>
        <translation>姓名超过100个字符。</translation>
    </message>
    <message>
        <source>Choose a gender: %1, or leave it empty.</source>
        <translation>请选择性别：%1，或留空。</translation>
    </message>
    <message>
        <source>Choose a status: %1.</source>
        <translation>请选择状态：%1。</translation>
    </message>
    <message>
        <source>Enter the certificate number, or clear the certificate&apos;s dates.</source>
        <translation>请填写执法证号，或清除执法证的有效期。</translation>
    </message>
    <message>
        <source>The certificate&apos;s end of validity is before its start; correct one of the two dates.</source>
        <translation>执法证有效期止早于有效期起，请更正其中一个日期。</translation>
    </message>
    <message>
        <source>Enter each specialty separately; a specialty cannot contain a comma.</source>
        <translation>请逐项填写专业领域，单个专业领域中不能含逗号。</translation>
    </message>
    <message>
        <source>The ID card number %1 is a man&apos;s; check the gender or the number.</source>
        <translation>身份证号码%1为男性号码，请核对性别或号码。</translation>
    </message>
    <message>
        <source>The ID card number %1 is a woman&apos;s; check the gender or the number.</source>
        <translation>身份证号码%1为女性号码，请核对性别或号码。</translation>
    </message>
</context>
<context>
    <name>InspectorDialog</name>
    <message>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>No end date</source>
        <translation>无截止日期</translation>
    </message>
    <message>
        <source>New inspector</source>
        <translation>新增执法人员</translation>
    </message>
    <message>
        <source>Edit inspector — %1</source>
        <translation>编辑执法人员——%1</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未登记</translation>
    </message>
    <message>
        <source>18 characters; optional</source>
        <translation>18位，可不填</translation>
    </message>
    <message>
        <source>Leave empty if the inspector has no certificate</source>
        <translation>无执法证的留空</translation>
    </message>
    <message>
        <source>Separate specialties with 、 or commas</source>
        <translation>多个专业领域用“、”或逗号分隔</translation>
    </message>
    <message>
        <source>Mobile, or landline such as 0335-1234567</source>
        <translation>手机号，或固定电话，如0335-1234567</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>个人信息</translation>
    </message>
    <message>
        <source>Law-enforcement certificate</source>
        <translation>行政执法资格证</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
</context>
<context>
    <name>InspectorNote</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1: certificate valid %2 to %3</source>
        <translation>%1：执法证有效期%2至%3</translation>
    </message>
    <message>
        <source>(open)</source>
        <translation>（不限）</translation>
    </message>
</context>
<context>
    <name>InspectorPage</name>
    <message>
        <source>Search name, registry code or certificate number (Ctrl+F)</source>
        <translation>搜索姓名、人员编号或执法证号（Ctrl+F）</translation>
    </message>
    <message>
        <source>All sections</source>
        <translation>全部股室</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Certificate: any</source>
        <translation>执法证：不限</translation>
    </message>
    <message>
        <source>Also list inspectors who are not on duty (on leave, transferred, retired).</source>
        <translation>同时列出不在岗的执法人员（请假、调离、退休）。</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Enter or double-click a row</source>
        <translation>按 Enter 键或双击某一行</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>更改状态</translation>
    </message>
    <message>
        <source>Set to %1…</source>
        <translation>设为“%1”…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Inspectors</source>
        <translation>执法人员</translation>
    </message>
    <message>
        <source>New inspector…</source>
        <translation>新建执法人员…</translation>
    </message>
    <message>
        <source>No inspectors yet. Add the first one with “%1” (Ctrl+N).</source>
        <translation>还没有执法人员。请用“%1”（Ctrl+N）添加第一位。</translation>
    </message>
    <message>
        <source>Delete a record typed in by mistake. Someone who left is given the status transferred or retired instead, so the history stays.</source>
        <translation>用于删除误录入的记录。人员离开的，请将状态改为调离或退休，以保留历史记录。</translation>
    </message>
    <message>
        <source>Inspector not found</source>
        <translation>未找到该执法人员</translation>
    </message>
    <message>
        <source>This inspector no longer exists. The list is read again.</source>
        <translation>该执法人员已不存在。列表已重新读取。</translation>
    </message>
    <message>
        <source>Set %1 (%2) to %3? The inspector can be drawn for teams again.</source>
        <translation>将%1（%2）设为“%3”？设定后，该人员可再次被抽取参加检查组。</translation>
    </message>
    <message>
        <source>Set %1 (%2) to %3? Only inspectors on duty (%4) are drawn for teams. The record and its history are kept, and you can change the status back at any time.</source>
        <translation>将%1（%2）设为“%3”？只有状态为“%4”的执法人员才会被抽取参加检查组。该人员的记录和历史均予保留，可随时改回原状态。</translation>
    </message>
    <message>
        <source>Set to %1</source>
        <translation>设为“%1”</translation>
    </message>
    <message>
        <source>Status not changed</source>
        <translation>状态未更改</translation>
    </message>
    <message>
        <source>%1 is now %2</source>
        <translation>%1的状态已改为“%2”</translation>
    </message>
    <message>
        <source>Delete inspector</source>
        <translation>删除执法人员</translation>
    </message>
    <message>
        <source>Delete %1 (%2) from the registry? This cannot be undone. Delete only a record typed in by mistake; someone who left is given the status transferred or retired instead.</source>
        <translation>确定从名录库中删除%1（%2）吗？删除后无法恢复。仅用于删除误录入的记录；人员离开的，请将状态改为调离或退休。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>未删除</translation>
    </message>
    <message>
        <source>Deleted: %1 (%2).</source>
        <translation>已删除：%1（%2）。</translation>
    </message>
    <message>
        <source>Certified on</source>
        <translation>所选日期持证</translation>
    </message>
    <message>
        <source>Not certified on</source>
        <translation>所选日期未持证</translation>
    </message>
    <message>
        <source>The day the certificate must be valid on: the inspection date, or today.</source>
        <translation>证件须在该日有效：检查日期或今天。</translation>
    </message>
</context>
<context>
    <name>InspectorRepository</name>
    <message>
        <source>The registry code %1 already belongs to %2; choose another code.</source>
        <translation>人员编号%1已被%2使用，请换一个编号。</translation>
    </message>
    <message>
        <source>The certificate number %1 is already recorded for %2 (%3); check the number.</source>
        <translation>执法证号%1已登记在%2（%3）名下，请核对证号。</translation>
    </message>
    <message>
        <source>The inspector no longer exists (it may have been changed in another window).</source>
        <translation>该执法人员已不存在（可能已在另一个窗口中被修改）。</translation>
    </message>
    <message>
        <source>The inspector no longer exists.</source>
        <translation>该执法人员已不存在。</translation>
    </message>
    <message>
        <source>%1 is referred to by other records (such as a conflict of interest) and cannot be deleted; set the status to transferred or retired instead.</source>
        <translation>%1已被其他记录（如回避关系）引用，不能删除；请将状态改为调离或退休。</translation>
    </message>
    <message>
        <source>%1 (%2) is named in a frozen draw request, so the registry code can no longer be changed.</source>
        <translation>%1（%2）已列入已冻结的抽取请求，人员编号不能再修改。</translation>
    </message>
</context>
<context>
    <name>InspectorTableModel</name>
    <message>
        <source>Certified today</source>
        <translation>今日持证</translation>
    </message>
    <message>
        <source>open</source>
        <translation>长期</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Certified on %1</source>
        <translation>%1持证</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>No end date</source>
        <translation>长期有效</translation>
    </message>
    <message>
        <source>New inspection item</source>
        <translation>新建抽查事项</translation>
    </message>
    <message>
        <source>Edit inspection item — %1</source>
        <translation>编辑抽查事项——%1</translation>
    </message>
    <message>
        <source>The item code never changes: draws and published records refer to it.</source>
        <translation>事项编码设定后不再更改：抽取记录和公开记录都引用该编码。</translation>
    </message>
    <message>
        <source>The laws, regulations or rules that allow this inspection</source>
        <translation>允许开展本项检查的法律、法规或规章</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>The item</source>
        <translation>事项信息</translation>
    </message>
    <message>
        <source>Scope and frequency</source>
        <translation>范围与频次</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>Saving makes version %1 of this item; version %2 and the earlier ones are kept.</source>
        <translation>保存后将生成本事项第%1版；第%2版及更早的版本均予保留。</translation>
    </message>
    <message>
        <source>Public and private</source>
        <translation>公办和民办</translation>
    </message>
    <message>
        <source>%1 only</source>
        <translation>仅%1</translation>
    </message>
    <message>
        <source>One object type a line, its item class after a colon, e.g.
民办学校：重点
民办幼儿园：一般</source>
        <translation>每行一个检查对象，事项类别写在冒号后面，例如：
民办学校：重点
民办幼儿园：一般</translation>
    </message>
    <message>
        <source>Check points</source>
        <translation>检查要点</translation>
    </message>
    <message>
        <source>Every team checks these points, and records 符合 / 不符合 / 不适用 for each. A plan keeps the checklist it was frozen with.</source>
        <translation>每个检查组都按这些要点检查，并逐项记录“符合／不符合／不适用”。抽查计划沿用冻结时的检查表。</translation>
    </message>
</context>
<context>
    <name>ItemPage</name>
    <message>
        <source>Search code, name, legal basis or content (Ctrl+F)</source>
        <translation>搜索事项编码、名称、抽查依据或抽查内容（Ctrl+F）</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Enter or double-click a row. Saving keeps the earlier version.</source>
        <translation>按 Enter 键或双击某一行。保存时保留原先的版本。</translation>
    </message>
    <message>
        <source>Set to %1…</source>
        <translation>设为“%1”…</translation>
    </message>
    <message>
        <source>Set back to %1…</source>
        <translation>恢复为“%1”…</translation>
    </message>
    <message>
        <source>Versions (newest first) — select one to see the item as it was</source>
        <translation>历史版本（最新的在前）——选中某一版本，可查看该事项当时的内容</translation>
    </message>
    <message>
        <source>Inspection items</source>
        <translation>抽查事项</translation>
    </message>
    <message>
        <source>New inspection item…</source>
        <translation>新建抽查事项…</translation>
    </message>
    <message>
        <source>No inspection items yet. Add the first one with “%1” (Ctrl+N).</source>
        <translation>还没有抽查事项。请用“%1”（Ctrl+N）添加第一项。</translation>
    </message>
    <message>
        <source>Version %1 · %2 · %3</source>
        <translation>第%1版 · %2 · %3</translation>
    </message>
    <message>
        <source>Item not found</source>
        <translation>未找到该事项</translation>
    </message>
    <message>
        <source>This item no longer exists. The list is read again.</source>
        <translation>该事项已不存在。列表已重新读取。</translation>
    </message>
    <message>
        <source>Set %1 %2 back to %3? It is on the published item list again and can be chosen for new plans.</source>
        <translation>将事项“%1 %2”恢复为“%3”？恢复后，该事项重新列入公布的抽查事项清单，可在新的抽查计划中选用。</translation>
    </message>
    <message>
        <source>Set %1 %2 to %3? It leaves the published item list and cannot be chosen for new plans. Its versions and the plans that used it are kept, and you can set it back to %4 at any time.</source>
        <translation>将事项“%1 %2”设为“%3”？设定后，该事项移出公布的抽查事项清单，不能再用于新的抽查计划。其各版本及使用过该事项的抽查计划均予保留，可随时恢复为“%4”。</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>更改状态</translation>
    </message>
    <message>
        <source>Set to %1</source>
        <translation>设为“%1”</translation>
    </message>
    <message>
        <source>Status not changed</source>
        <translation>状态未更改</translation>
    </message>
    <message>
        <source>%1 %2 is now %3</source>
        <translation>事项“%1 %2”的状态已改为“%3”</translation>
    </message>
    <message>
        <source>Export list web page…</source>
        <translation>导出清单网页…</translation>
    </message>
    <message>
        <source>The items in force today as one web page for the bureau&apos;s website (抽查事项清单).</source>
        <translation>将今日有效的抽查事项导出为一个网页，供教育局网站公布（抽查事项清单）。</translation>
    </message>
    <message>
        <source>Export the item list as a web page</source>
        <translation>将抽查事项清单导出为网页</translation>
    </message>
    <message>
        <source>item list</source>
        <translation>抽查事项清单</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>网页 (*.html)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>未导出</translation>
    </message>
    <message>
        <source>The item list was written to %1.</source>
        <translation>抽查事项清单已导出到%1。</translation>
    </message>
    <message>
        <source>none yet (add the check points in the item&apos;s dialog)</source>
        <translation>暂无（在事项对话框中添加检查要点）</translation>
    </message>
</context>
<context>
    <name>ItemRepository</name>
    <message>
        <source>The item code %1 already belongs to %2; choose another code.</source>
        <translation>事项编码%1已被%2使用，请换一个编码。</translation>
    </message>
    <message>
        <source>The item no longer exists (it may have been changed in another window).</source>
        <translation>该事项已不存在（可能已在另一个窗口中被修改）。</translation>
    </message>
    <message>
        <source>The item no longer exists.</source>
        <translation>该事项已不存在。</translation>
    </message>
    <message>
        <source>%1 is an item of a frozen draw request, so its code can no longer be changed.</source>
        <translation>%1已列入已冻结的抽取请求，其事项编码不能再修改。</translation>
    </message>
</context>
<context>
    <name>ItemTableModel</name>
    <message numerus="yes">
        <source>every %n month(s)</source>
        <translation>
            <numerusform>每%n个月</numerusform>
        </translation>
    </message>
    <message>
        <source>open</source>
        <translation>长期</translation>
    </message>
    <message>
        <source>Public and private</source>
        <translation>公办和民办</translation>
    </message>
</context>
<context>
    <name>LockCurtain</name>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>Double-Random Inspection System</source>
        <translation>双随机抽查系统</translation>
    </message>
    <message>
        <source>The program was locked. Enter the password of %1 to go on.</source>
        <translation>程序已锁定。请输入%1的密码以继续使用。</translation>
    </message>
    <message>
        <source>Data file: %1</source>
        <translation>数据文件：%1</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Demo data file: the accounts %1 all have the password %2.</source>
        <translation>演示数据文件：账户%1的密码均为%2。</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Quit the program</source>
        <translation>退出程序</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>请输入用户名。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Double-Random Inspection System</source>
        <translation>双随机抽查系统</translation>
    </message>
    <message>
        <source>Data file: %1</source>
        <translation>数据文件：%1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Records</source>
        <translation>记录(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About…</source>
        <translation>关于(&amp;A)…</translation>
    </message>
    <message>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <source>Interface &amp;language</source>
        <translation>界面语言(&amp;L)</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>The language changes the next time the program starts.</source>
        <translation>下次启动程序时将切换为所选界面语言。</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Bureau, leadership group and publication…</source>
        <translation>教育局、领导小组和公示(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>用户(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Change password…</source>
        <translation>修改密码(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <source>Log out and &amp;switch user…</source>
        <translation>注销并切换用户(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>用户管理(&amp;U)…</translation>
    </message>
    <message>
        <source>User: %1 (%2)</source>
        <translation>用户：%1（%2）</translation>
    </message>
    <message>
        <source>User: %1 %2 (%3)</source>
        <translation>用户：%1 %2（%3）</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>密码已修改。</translation>
    </message>
    <message>
        <source>&amp;Work calendar (holidays and make-up working days)…</source>
        <translation>工作日历（法定节假日和调休上班日）(&amp;W)…</translation>
    </message>
    <message>
        <source>Not logged in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <source>User &amp;manual</source>
        <translation>使用手册(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Publication key (signs the website packages)…</source>
        <translation>公示签名密钥（为公示网页包签名）(&amp;P)…</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <source>Results not yet handed in</source>
        <translation>尚未报送的检查结果</translation>
    </message>
    <message>
        <source>Plans due for publication</source>
        <translation>待公示的抽查计划</translation>
    </message>
    <message>
        <source>Rectifications past their deadline</source>
        <translation>整改逾期</translation>
    </message>
    <message>
        <source>Items not yet drawn this half year</source>
        <translation>本半年尚未抽取的抽查事项</translation>
    </message>
    <message>
        <source>Draws below the minimum ratio</source>
        <translation>低于最低抽取比例的抽取</translation>
    </message>
    <message>
        <source>Blacklisted entities inspected more often</source>
        <translation>黑名单检查对象的检查频次</translation>
    </message>
    <message>
        <source>Registry health</source>
        <translation>名录库状况</translation>
    </message>
    <message>
        <source>%1: %2 of %3 results not handed in (%4 visits), %5 days after the inspection period ended on %6</source>
        <translation>%1：%3项检查结果中有%2项尚未报送（%4次检查），检查时间已于%6结束，已过%5天</translation>
    </message>
    <message>
        <source>the deadline %1 has passed: overdue by %2 working days</source>
        <translation>公示期限%1已过，已逾期%2个工作日</translation>
    </message>
    <message>
        <source>publish by today (%1)</source>
        <translation>须于今天（%1）公示</translation>
    </message>
    <message>
        <source>publish by %1, %2 working days left</source>
        <translation>须于%1前公示，还剩%2个工作日</translation>
    </message>
    <message>
        <source>%1: %2 of %3 results not yet published; %4</source>
        <translation>%1：%3项检查结果中有%2项尚未公示；%4</translation>
    </message>
    <message>
        <source>%1, %2: rectification was due on %3, %4 days ago, and no follow-up visit found it rectified</source>
        <translation>%1，%2：整改期限为%3，已过%4天，尚无复查确认已整改</translation>
    </message>
    <message>
        <source>%1: not drawn in the half year %2 – %3 (%4 days left); the policy asks for a draw of each item at least once every half year</source>
        <translation>%1：%2至%3这半年内尚未抽取（还剩%4天）；实施方案要求每个抽查事项至少每半年抽取一次</translation>
    </message>
    <message>
        <source>%1: %2 of %3 entities drawn this half year (%4), below the minimum of %5</source>
        <translation>%1：本半年从%3个检查对象中抽取了%2个（%4），低于最低比例%5</translation>
    </message>
    <message>
        <source>%1 visits per blacklisted entity (%2 entities), %3 per other entity (%4) in the 12 months since %5</source>
        <translation>自%5起12个月内，黑名单检查对象平均每个检查%1次（共%2个），其他检查对象平均每个检查%3次（共%4个）</translation>
    </message>
    <message>
        <source>%1: not higher, though the policy asks for a higher ratio and frequency for the blacklist</source>
        <translation>%1：未高于其他检查对象，而实施方案要求对黑名单检查对象提高抽查比例和频次</translation>
    </message>
    <message>
        <source>certificate %1 expired on %2</source>
        <translation>执法证%1已于%2过期</translation>
    </message>
    <message>
        <source>certificate %1 expires on %2, in %3 days</source>
        <translation>执法证%1将于%2到期，还有%3天</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>检查对象</translation>
    </message>
    <message>
        <source>%1 entities in operation have no unified social credit code; the credit platform&apos;s files need it</source>
        <translation>%1个正常办学的检查对象没有统一社会信用代码；报送信用平台的文件需要该代码</translation>
    </message>
    <message>
        <source>Inspectors</source>
        <translation>执法人员</translation>
    </message>
    <message>
        <source>%1 inspectors on duty hold no certificate valid today (%2); they serve only beside a certified member</source>
        <translation>%1名在岗执法人员今日没有有效的执法证（%2）；只能与持证人员同组参加检查</translation>
    </message>
    <message>
        <source>%1: the website package is out of date: %2 corrected results were published after it, the last on %3; generate it again</source>
        <translation>%1：网页包已过时，请重新生成：此后又公示了%2条更正结果，最近一条在%3</translation>
    </message>
    <message>
        <source>%1: all %2 results published, the website package not yet generated; %3</source>
        <translation>%1：%2条结果已全部公示，网页包未生成；%3</translation>
    </message>
    <message>
        <source>%1: all %2 results published, %3 of them after the last website package; %4</source>
        <translation>%1：%2条结果已全部公示，其中%3条在最近一次生成网页包之后公示；%4</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>a sentence, then a warning</comment>
        <translation>%1。%2</translation>
    </message>
    <message>
        <source>Inspections awaiting approval</source>
        <translation>待审批的检查</translation>
    </message>
    <message>
        <source>%1: the inspection period began on %2, and the inspections are not approved yet; print the approval form and record the approval</source>
        <translation>%1：检查期间已于%2开始，检查尚未审批；请打印审批表并登记审批</translation>
    </message>
    <message>
        <source>%1: drawn; print the approval form and record the approval before the inspections begin on %2</source>
        <translation>%1：已抽取；请在%2检查开始前打印审批表并登记审批</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Inspection items in force</source>
        <translation>有效的抽查事项</translation>
    </message>
    <message>
        <source>Entities in operation</source>
        <translation>正常办学的检查对象</translation>
    </message>
    <message>
        <source>Entities on the blacklist</source>
        <translation>列入黑名单的检查对象</translation>
    </message>
    <message>
        <source>Inspectors on duty</source>
        <translation>在岗执法人员</translation>
    </message>
    <message>
        <source>Certified today (on duty)</source>
        <translation>今日持证的在岗执法人员</translation>
    </message>
    <message>
        <source>Active conflicts of interest</source>
        <translation>有效的回避关系</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Open the list</source>
        <translation>打开列表</translation>
    </message>
    <message>
        <source>All in order</source>
        <translation>一切正常</translation>
    </message>
    <message>
        <source>Double-click a row to open it.</source>
        <translation>双击某一行可将其打开。</translation>
    </message>
    <message numerus="yes">
        <source>%n to attend to</source>
        <translation>
            <numerusform>%n项待处理</numerusform>
        </translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>需关注</translation>
    </message>
    <message>
        <source>In order</source>
        <translation>正常</translation>
    </message>
</context>
<context>
    <name>PackageCheck</name>
    <message>
        <source>File %1 cannot be read: %2</source>
        <translation>无法读取文件 %1：%2</translation>
    </message>
    <message>
        <source>File %1 is larger than %2 bytes.</source>
        <translation>文件 %1 超过 %2 字节。</translation>
    </message>
    <message>
        <source>The package has no readable %1: %2</source>
        <translation>网页包中没有可读取的 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a signature (128 hex digits).</source>
        <translation>%1 不是签名（应为 128 位十六进制数字）。</translation>
    </message>
    <message>
        <source>The signature in %1 does not match %2 and the key %3: the manifest was changed, or it was not signed by this key.</source>
        <translation>%1 中的签名与 %2 及指纹为 %3 的公钥不符：清单已被改动，或并非由该密钥签名。</translation>
    </message>
    <message>
        <source>manifest.json names another publication key than the one that signed it.</source>
        <translation>manifest.json 记载的公示签名公钥与签名所用的公钥不一致。</translation>
    </message>
    <message>
        <source>%1 is not a list of results: %2</source>
        <translation>%1 不是检查结果列表：%2</translation>
    </message>
    <message>
        <source>Result %1 (%2, item %3) is of plan %4, not of the draw&apos;s plan %5.</source>
        <translation>第 %1 条检查结果（%2，抽查事项 %3）属于抽查计划 %4，而不是本次抽取的抽查计划 %5。</translation>
    </message>
    <message>
        <source>Result %1: %2 is not a visit of the draw.</source>
        <translation>第 %1 条检查结果：%2 不是本次抽取抽中的检查对象。</translation>
    </message>
    <message>
        <source>Result %1: item %2 is not drawn for %3.</source>
        <translation>第 %1 条检查结果：%3 未被抽中检查事项 %2。</translation>
    </message>
    <message>
        <source>Result %1: the team of %2 does not stand after the substitutions.</source>
        <translation>第 %1 条检查结果：%2 的检查组经递补后已不成立。</translation>
    </message>
    <message>
        <source>%1 holds no public key (64 hex digits).</source>
        <translation>%1 中没有公钥（应为 64 位十六进制数字）。</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 不是文件夹。</translation>
    </message>
    <message>
        <source>The package&apos;s %1 gives no key: %2</source>
        <translation>网页包中的 %1 未给出公钥：%2</translation>
    </message>
    <message>
        <source>The package&apos;s key has the fingerprint %1, not %2: it was not published with the key you trust.</source>
        <translation>网页包所附公钥的指纹为 %1，而不是 %2：该网页包并非用您信任的密钥公示。</translation>
    </message>
    <message>
        <source>File %1 of the manifest is missing.</source>
        <translation>清单中的文件 %1 缺失。</translation>
    </message>
    <message>
        <source>The size of file %1 differs from the manifest (%2 bytes, not %3).</source>
        <translation>文件 %1 的大小与清单不符（为 %2 字节，清单为 %3 字节）。</translation>
    </message>
    <message>
        <source>The SHA-256 of file %1 differs from the manifest.</source>
        <translation>文件 %1 的 SHA-256 与清单不符。</translation>
    </message>
    <message>
        <source>File %1 is not in the manifest (added to the package).</source>
        <translation>文件 %1 不在清单中（是后来加入网页包的）。</translation>
    </message>
    <message>
        <source>The manifest does not list %1.</source>
        <translation>清单中没有列出 %1。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The draw record is of plan %1, the manifest of plan %2.</source>
        <translation>抽取记录属于抽查计划 %1，清单却属于抽查计划 %2。</translation>
    </message>
    <message>
        <source>The draw record does not verify: %1</source>
        <translation>抽取记录核验未通过：%1</translation>
    </message>
    <message>
        <source>No publication key of this data file signed the package.</source>
        <translation>该网页包不是由本数据文件的公示签名密钥签名的。</translation>
    </message>
    <message>
        <source>Package %1: %2</source>
        <translation>网页包 %1：%2</translation>
    </message>
    <message>
        <source>The audit trail cannot be read: %1</source>
        <translation>无法读取操作记录：%1</translation>
    </message>
    <message>
        <source>Package %1 (plan %2, published %3) pins audit entry %4, which the audit trail no longer holds: the history was cut back after the publication.</source>
        <translation>网页包 %1（抽查计划 %2，公示于 %3）记载的第 %4 条审计记录已不在操作记录中：公示之后操作记录被截短。</translation>
    </message>
    <message>
        <source>Audit entry %1 is not the one package %2 (plan %3, published %4) pinned: the history up to it was rewritten after the publication.</source>
        <translation>第 %1 条审计记录与网页包 %2（抽查计划 %3，公示于 %4）记载的不一致：公示之后，截至该条的操作记录被改写。</translation>
    </message>
    <message>
        <source>Package %1 (plan %2): the audit trail up to its entry %3 does not verify: %4</source>
        <translation>网页包 %1（抽查计划 %2）：截至其记载的第 %3 条审计记录，操作记录核验未通过：%4</translation>
    </message>
</context>
<context>
    <name>PackageManifest</name>
    <message>
        <source>manifest.json is larger than %1 MiB.</source>
        <translation>manifest.json 超过 %1 MiB。</translation>
    </message>
    <message>
        <source>manifest.json is not a JSON object: %1</source>
        <translation>manifest.json 不是 JSON 对象：%1</translation>
    </message>
    <message>
        <source>manifest.json: &quot;%1&quot; is missing or wrong.</source>
        <translation>manifest.json：“%1”缺失或有误。</translation>
    </message>
    <message>
        <source>manifest.json is not of the format %1.</source>
        <translation>manifest.json 不是 %1 格式。</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Publication key</source>
        <translation>公示签名密钥</translation>
    </message>
    <message>
        <source>Create the publication key</source>
        <translation>创建公示签名密钥</translation>
    </message>
    <message>
        <source>Rotate the publication key</source>
        <translation>轮换公示签名密钥</translation>
    </message>
    <message>
        <source>Current passphrase:</source>
        <translation>当前口令：</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>口令：</translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation>新口令：</translation>
    </message>
    <message>
        <source>New passphrase again:</source>
        <translation>再次输入新口令：</translation>
    </message>
    <message>
        <source>Sign and publish</source>
        <translation>签名并公示</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>轮换</translation>
    </message>
    <message>
        <source>The two new passphrases are not the same.</source>
        <translation>两次输入的新口令不一致。</translation>
    </message>
</context>
<context>
    <name>Passwords</name>
    <message>
        <source>The password must have at least %1 characters, among them letters and digits.</source>
        <translation>密码至少需要 %1 个字符，且须同时包含字母和数字。</translation>
    </message>
    <message>
        <source>At least %1 characters, with letters and digits.</source>
        <translation>至少 %1 个字符，须包含字母和数字。</translation>
    </message>
    <message>
        <source>The stored password asks more memory or time than this program ever uses (at most %1 MiB and %2 passes); the data file may have been altered, so the password is not checked. An administrator can set a new password.</source>
        <translation>该账户保存的密码所要求的内存或计算量超出本程序的用量（最多 %1 MiB、%2 遍），数据文件可能被改动过，因此不核对密码。请管理员为该账户设置新密码。</translation>
    </message>
    <message>
        <source>The stored password is not in the form this program writes; the data file may have been altered, so the password is not checked. An administrator can set a new password.</source>
        <translation>该账户保存的密码不是本程序写入的格式，数据文件可能被改动过，因此不核对密码。请管理员为该账户设置新密码。</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>Plan code</source>
        <translation>计划编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>计划名称</translation>
    </message>
    <message>
        <source>Initiating section</source>
        <translation>发起股室</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>抽查事项</translation>
    </message>
    <message>
        <source>Inspection period from</source>
        <translation>检查时间（起）</translation>
    </message>
    <message>
        <source>Inspection period to</source>
        <translation>检查时间（止）</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>抽查目的</translation>
    </message>
    <message>
        <source>Inspection method</source>
        <translation>检查方式</translation>
    </message>
    <message>
        <source>Confidentiality requirements</source>
        <translation>保密要求</translation>
    </message>
    <message>
        <source>Use of the results</source>
        <translation>检查结果运用</translation>
    </message>
    <message>
        <source>Inspectors per team</source>
        <translation>每组执法人员数</translation>
    </message>
    <message>
        <source>Certified members per team</source>
        <translation>每组持证人员数</translation>
    </message>
    <message>
        <source>Backup factor</source>
        <translation>候补倍数</translation>
    </message>
    <message>
        <source>Teams per inspector at most</source>
        <translation>每人最多参加检查组数</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>人员轮换</translation>
    </message>
    <message>
        <source>Not again within (months)</source>
        <translation>不重复检查期限（月）</translation>
    </message>
    <message>
        <source>Witnesses</source>
        <translation>见证人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>The plan code is required.</source>
        <translation>请填写计划编号。</translation>
    </message>
    <message>
        <source>The plan code is longer than 60 characters.</source>
        <translation>计划编号不能超过60个字符。</translation>
    </message>
    <message>
        <source>The title is required.</source>
        <translation>请填写计划名称。</translation>
    </message>
    <message>
        <source>The title is longer than 200 characters.</source>
        <translation>计划名称不能超过200个字符。</translation>
    </message>
    <message>
        <source>Name the section that initiates the plan (policy §6.1).</source>
        <translation>请填写发起本计划的股室（实施方案第六部分第1条）。</translation>
    </message>
    <message>
        <source>Choose at least one item.</source>
        <translation>请至少选择一个抽查事项。</translation>
    </message>
    <message>
        <source>This item is chosen twice.</source>
        <translation>该事项被选择了两次。</translation>
    </message>
    <message>
        <source>The start of the inspection period is required.</source>
        <translation>请填写检查时间的开始日期。</translation>
    </message>
    <message>
        <source>The end of the inspection period is required.</source>
        <translation>请填写检查时间的结束日期。</translation>
    </message>
    <message>
        <source>The end of the inspection period is before its start.</source>
        <translation>检查时间的结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>A team has at least 2 inspectors (policy §4).</source>
        <translation>每个检查组至少有2名执法人员（实施方案第四部分）。</translation>
    </message>
    <message>
        <source>A team has at most %1 inspectors.</source>
        <translation>每个检查组最多%1名执法人员。</translation>
    </message>
    <message>
        <source>At least 1 member of each team holds a valid law-enforcement certificate (policy §4).</source>
        <translation>每个检查组至少有1名持有效行政执法资格证的人员（实施方案第四部分）。</translation>
    </message>
    <message>
        <source>The certified members (%1) cannot outnumber the team (%2).</source>
        <translation>持证人员数（%1）不能多于检查组人数（%2）。</translation>
    </message>
    <message>
        <source>Inspectors are drawn at twice the number needed at least (policy §6.2): the backup factor is at least 2.</source>
        <translation>执法人员至少按实际需要人数的2倍抽取（实施方案第六部分第2条）：候补倍数至少为2。</translation>
    </message>
    <message>
        <source>The backup factor is at most %1.</source>
        <translation>候补倍数最多为%1。</translation>
    </message>
    <message>
        <source>The number of teams per inspector cannot be negative; 0 means no limit.</source>
        <translation>每人参加检查组数不能为负数；0表示不限。</translation>
    </message>
    <message>
        <source>The months without a new inspection are between 0 (off) and %1.</source>
        <translation>不重复检查期限应在0（不启用）至%1个月之间。</translation>
    </message>
    <message>
        <source>Every witness has a name.</source>
        <translation>每位见证人都须填写姓名。</translation>
    </message>
    <message>
        <source>The name %1 is longer than 50 characters.</source>
        <translation>姓名“%1”超过50个字符。</translation>
    </message>
    <message>
        <source>%1 is listed twice among the witnesses.</source>
        <translation>%1在见证人中重复出现。</translation>
    </message>
    <message>
        <source>Choose the role of %1: %2.</source>
        <translation>请选择%1的身份：%2。</translation>
    </message>
    <message>
        <source>Unknown plan status %1.</source>
        <translation>未知的计划状态：%1。</translation>
    </message>
    <message>
        <source>Choose an item.</source>
        <translation>请选择抽查事项。</translation>
    </message>
    <message>
        <source>The strata do not match the choice with or without risk classes.</source>
        <translation>分层与“是否按信用风险分类分层”的选择不一致。</translation>
    </message>
    <message>
        <source>Give either a ratio or a fixed number for %1, not both.</source>
        <translation>请为%1填写抽取比例或固定抽取数量，二者只填其一。</translation>
    </message>
    <message>
        <source>The ratio of %1 is between 0 and 100%.</source>
        <translation>%1的抽取比例应在0至100%之间。</translation>
    </message>
    <message>
        <source>The number drawn from %1 cannot be negative.</source>
        <translation>%1的抽取数量不能为负数。</translation>
    </message>
</context>
<context>
    <name>PlanArguments</name>
    <message>
        <source>The plan&apos;s code (see plans).</source>
        <translation>抽查计划编号（见 plans）。</translation>
    </message>
    <message>
        <source>The visit&apos;s number in the standing draw (第 N 家, from 1).</source>
        <translation>该家检查对象在有效抽取结果中的序号（第 N 家，从 1 起）。</translation>
    </message>
    <message>
        <source>The code of the inspected item, e.g. JY-01.</source>
        <translation>检查事项编码，例如 JY-01。</translation>
    </message>
    <message>
        <source>Give the visit with --visit N.</source>
        <translation>请用 --visit N 指定第几家检查对象。</translation>
    </message>
    <message>
        <source>--visit wants the visit&apos;s number, from 1 (given: %1).</source>
        <translation>--visit 须为检查对象的序号，从 1 起（现为：%1）。</translation>
    </message>
    <message>
        <source>There is no plan %1: `plans` lists the plans.</source>
        <translation>没有抽查计划 %1，可用 `plans` 列出所有抽查计划。</translation>
    </message>
    <message>
        <source>The plan %1 has no standing draw, so it has no visits.</source>
        <translation>抽查计划“%1”尚无有效的抽取结果，因此没有检查对象。</translation>
    </message>
    <message numerus="yes">
        <source>The plan %1 has no visit No. %2: its standing draw has %n visit(s).</source>
        <translation>
            <numerusform>抽查计划“%1”没有第 %2 家检查对象：其有效抽取结果共有 %n 家。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanDraw</name>
    <message>
        <source>There are no seed digits yet: the witnesses roll the dice, or the computer draws digits (机选).</source>
        <translation>尚无随机种子数字：请由见证人掷骰子，或由计算机生成数字（机选）。</translation>
    </message>
    <message>
        <source>Unknown source of seed digits: %1.</source>
        <translation>未知的种子数字来源：%1。</translation>
    </message>
    <message>
        <source>Say which witness rolled the digits %1.</source>
        <translation>请注明数字%1是由哪位见证人掷出的。</translation>
    </message>
    <message>
        <source>%1 is not among the plan&apos;s witnesses; add the witness first.</source>
        <translation>%1不在本计划的见证人名单中，请先添加该见证人。</translation>
    </message>
    <message>
        <source>The digits rolled by %1 are missing.</source>
        <translation>缺少%1掷出的数字。</translation>
    </message>
    <message>
        <source>The computer&apos;s digits are missing.</source>
        <translation>缺少计算机生成的数字。</translation>
    </message>
    <message>
        <source>The digits rolled by %1 may only be 0 to 9 (found %2).</source>
        <translation>%1掷出的数字只能是0至9（发现了“%2”）。</translation>
    </message>
    <message>
        <source>The computer&apos;s digits may only be 0 to 9 (found %1).</source>
        <translation>计算机生成的数字只能是0至9（发现了“%1”）。</translation>
    </message>
    <message>
        <source>The plan no longer exists.</source>
        <translation>该抽查计划已不存在。</translation>
    </message>
    <message>
        <source>The plan %1 is already frozen.</source>
        <translation>抽查计划“%1”已冻结。</translation>
    </message>
    <message>
        <source>The plan %1 cannot be frozen yet:
%2</source>
        <translation>抽查计划“%1”暂不能冻结：
%2</translation>
    </message>
    <message>
        <source>The stored result cannot be read: %1</source>
        <translation>无法读取已保存的抽取结果：%1</translation>
    </message>
    <message>
        <source>Freeze the plan %1 before the seed is rolled: the pools are fixed first.</source>
        <translation>请先冻结抽查计划“%1”，再生成随机种子：抽取范围须事先固定。</translation>
    </message>
    <message>
        <source>The plan %1 is already drawn; void its draw with a reason before a new seed.</source>
        <translation>抽查计划“%1”已完成抽取；如需生成新的随机种子，请先填写原因将该次抽取作废。</translation>
    </message>
    <message>
        <source>Attempt %1 (seed %2) stands; void it with a reason before a new seed.</source>
        <translation>第%1次抽取（随机种子%2）有效；如需生成新的随机种子，请先填写原因将其作废。</translation>
    </message>
    <message>
        <source>Attempt %1 (seed %2) has its seed but no result yet; draw it, or void it with a reason, before a new seed.</source>
        <translation>第%1次抽取（随机种子%2）已有随机种子但尚无结果；请先完成抽取，或填写原因将其作废，再生成新的随机种子。</translation>
    </message>
    <message>
        <source>The draw attempt no longer exists.</source>
        <translation>该次抽取记录已不存在。</translation>
    </message>
    <message>
        <source>Attempt %1 was voided (%2); it is not drawn.</source>
        <translation>第%1次抽取已作废（%2），不再进行抽取。</translation>
    </message>
    <message>
        <source>The frozen request of plan %1 cannot be read.</source>
        <translation>无法读取抽查计划“%1”已冻结的抽取请求。</translation>
    </message>
    <message>
        <source>The frozen request of plan %1 no longer matches its hash %2; the draw is refused.</source>
        <translation>抽查计划“%1”已冻结的抽取请求与其请求摘要%2不再一致，拒绝抽取。</translation>
    </message>
    <message>
        <source>The draw failed.</source>
        <translation>抽取失败。</translation>
    </message>
    <message>
        <source>Say why the draw is voided: the reason stays on the record and on every printout.</source>
        <translation>请说明作废本次抽取的原因：该原因将保留在记录中，并打印在每份打印件上。</translation>
    </message>
    <message>
        <source>Attempt %1 is already voided (%2).</source>
        <translation>第%1次抽取已作废（%2）。</translation>
    </message>
    <message>
        <source>The inspections of plan %1 have begun; its draw can no longer be voided.</source>
        <translation>抽查计划“%1”的检查已经开始，其抽取结果不能再作废。</translation>
    </message>
    <message>
        <source>Attempt %1 has not been drawn yet.</source>
        <translation>第%1次抽取尚未进行。</translation>
    </message>
    <message>
        <source>The frozen request cannot be read.</source>
        <translation>无法读取冻结的抽取请求。</translation>
    </message>
    <message>
        <source>Attempt %1 was voided; its teams no longer stand.</source>
        <translation>第%1次抽取已作废，其检查组不再有效。</translation>
    </message>
    <message>
        <source>The plan %1 is %2: inspectors are substituted only after the draw and before the inspections are completed.</source>
        <translation>抽查计划“%1”当前状态为“%2”：只有在抽取完成后、检查完成前才能递补执法人员。</translation>
    </message>
    <message>
        <source>The plan %1 has no standing draw yet.</source>
        <translation>抽查计划“%1”尚无有效的抽取结果。</translation>
    </message>
    <message>
        <source>A second user must confirm the void: a reviewer (审核员) or an administrator (管理员) other than you enters their user name and password.</source>
        <translation>作废须由第二人确认：请由您以外的一名审核员或管理员输入其用户名和密码。</translation>
    </message>
    <message>
        <source>This seed was already used in draw attempt %1, which was voided (%2). The same seed gives the same draw again: roll new digits, or add machine-picked digits (机选).</source>
        <translation>这个随机种子已在第%1次抽取中用过，该次抽取已作废（%2）。同一种子会得出完全相同的抽取结果：请重新掷骰，或用机选补充数字。</translation>
    </message>
    <message>
        <source>This seed was already used in draw attempt %1. The same seed gives the same draw again: roll new digits, or add machine-picked digits (机选).</source>
        <translation>这个随机种子已在第%1次抽取中用过。同一种子会得出完全相同的抽取结果：请重新掷骰，或用机选补充数字。</translation>
    </message>
    <message>
        <source>%1 (attempt %2)</source>
        <translation>%1（第%2次抽取）</translation>
    </message>
    <message>
        <source>This plan named no public number when it was frozen: a part from %1 cannot be in its seed.</source>
        <translation>本计划冻结时未指定公开号码，种子中不能含有来自%1的号码。</translation>
    </message>
    <message>
        <source>The plan named the number of %1 drawn on %2 when it was frozen, not that of %3 on %4.</source>
        <translation>本计划冻结时指定的是%1 %2的开奖号码，不是%3 %4的。</translation>
    </message>
    <message>
        <source>The public number comes last in the seed, after the witnesses&apos; and the computer&apos;s digits.</source>
        <translation>公开号码须放在种子的最后，在见证人掷骰和机选数字之后。</translation>
    </message>
    <message>
        <source>The number of %1 drawn on %2 is missing.</source>
        <translation>尚未填写%1 %2的开奖号码。</translation>
    </message>
    <message>
        <source>The number of %1 may only hold the digits 0 to 9 (found %2).</source>
        <translation>%1的号码只能含数字0至9（发现“%2”）。</translation>
    </message>
    <message>
        <source>The plan named the number of %1 drawn on %2 when it was frozen: it is the seed&apos;s last part; enter it as published.</source>
        <translation>本计划冻结时指定了%1 %2的开奖号码，它是种子的最后一段，请按公布的号码填入。</translation>
    </message>
    <message>
        <source>Name the public source of the number, e.g. 中国福利彩票“双色球”.</source>
        <translation>请填写公开号码的来源，例如中国福利彩票“双色球”。</translation>
    </message>
    <message>
        <source>The public source&apos;s name must be one line of at most 60 characters.</source>
        <translation>公开号码来源的名称须为一行，不超过60个字。</translation>
    </message>
    <message>
        <source>Give the date on which the public number is drawn.</source>
        <translation>请填写公开号码的开奖日期。</translation>
    </message>
    <message>
        <source>The public number must be drawn after the plan is frozen, so that nobody knows it now: choose a date after %1.</source>
        <translation>公开号码须在冻结之后开奖，冻结时才无人知道：请选择%1之后的日期。</translation>
    </message>
    <message>
        <source>The public number may only hold the digits 0 to 9, with spaces or + between the numbers (found %1).</source>
        <translation>公开号码只能含数字0至9，号码之间可用空格或“+”分隔（发现“%1”）。</translation>
    </message>
    <message>
        <source>The number of %1 is drawn on %2: enter it, and draw, on that day or later.</source>
        <translation>%1于%2开奖：请在当天开奖后或以后填入号码并抽取。</translation>
    </message>
</context>
<context>
    <name>PlanItemScope</name>
    <message>
        <source>The strata are %1, in this order.</source>
        <translation>分层应依次为：%1。</translation>
    </message>
    <message>
        <source>Give either a ratio or a fixed number for %1, not both.</source>
        <translation>请为%1填写抽取比例或固定抽取数量，二者只填其一。</translation>
    </message>
    <message>
        <source>The ratio of %1 is %2; it can be at most 100%.</source>
        <translation>%1的抽取比例为%2；最高为100%。</translation>
    </message>
    <message>
        <source>The ratio of %1 is %2; the policy asks for at least 5% of the pool (§6.3).</source>
        <translation>%1的抽取比例为%2；实施方案要求至少抽取候选池的5%（第六部分第3条）。</translation>
    </message>
    <message>
        <source>The ratio of %1 is %2; this item asks for at least %3.</source>
        <translation>%1的抽取比例为%2；本事项要求至少为%3。</translation>
    </message>
    <message>
        <source>The ratio of %1 is %2, below the %3 of %4; a higher-risk stratum is drawn at no lower a ratio.</source>
        <translation>%1的抽取比例为%2，低于%4的%3；风险较高的分层，抽取比例不得低于风险较低的分层。</translation>
    </message>
    <message>
        <source>The number drawn from %1 cannot be negative.</source>
        <translation>%1的抽取数量不能为负数。</translation>
    </message>
    <message>
        <source>A fixed number of %1 for %2 is too small: %3 of its %4 entities is %5.</source>
        <translation>%2的固定抽取数量%1过少：其%4个检查对象的%3为%5个。</translation>
    </message>
    <message>
        <source>Choose an item.</source>
        <translation>请选择抽查事项。</translation>
    </message>
    <message>
        <source>An undirected draw has no conditions: choose a directed draw, or clear the conditions.</source>
        <translation>不定向抽查不设条件：请改为定向抽查，或清除所设条件。</translation>
    </message>
    <message>
        <source>A directed draw names at least one condition.</source>
        <translation>定向抽查至少须设定一个条件。</translation>
    </message>
    <message>
        <source>Unknown category %1.</source>
        <translation>未知的类别：%1。</translation>
    </message>
    <message>
        <source>%1 is not among the categories of this item (%2).</source>
        <translation>%1不在本事项适用的类别（%2）之内。</translation>
    </message>
    <message>
        <source>Unknown ownership %1.</source>
        <translation>未知的办学性质：%1。</translation>
    </message>
    <message>
        <source>Choose the townships from the list.</source>
        <translation>请从列表中选择乡镇。</translation>
    </message>
    <message>
        <source>A tag condition cannot be empty.</source>
        <translation>标签条件不能为空。</translation>
    </message>
</context>
<context>
    <name>PlanOperations</name>
    <message>
        <source>The plan no longer exists.</source>
        <translation>该计划已不存在。</translation>
    </message>
    <message>
        <source>There is no seed waiting for its draw: the witnesses&apos; seed comes first.</source>
        <translation>没有等待抽取的种子：请先由见证人生成种子。</translation>
    </message>
    <message>
        <source>There is no draw attempt to void.</source>
        <translation>没有可作废的抽取。</translation>
    </message>
    <message>
        <source>Enter the password of %1, who confirms the void.</source>
        <translation>请输入确认人%1的密码。</translation>
    </message>
    <message>
        <source>You cannot confirm your own void: a second user, a reviewer (审核员) or an administrator (管理员), enters their user name and password.</source>
        <translation>不能由本人确认自己的作废：须由第二人，即一名审核员或管理员，输入其用户名和密码。</translation>
    </message>
    <message>
        <source>%1 has the role %2 and may not confirm a void: a reviewer (审核员) or an administrator (管理员) confirms it.</source>
        <translation>%1的角色是%2，不能确认作废：须由审核员或管理员确认。</translation>
    </message>
    <message>
        <source>The plan has no standing draw result.</source>
        <translation>该计划没有有效的抽取结果。</translation>
    </message>
</context>
<context>
    <name>PlanRepository</name>
    <message>
        <source>The plan code prefix has 1 to 20 characters, without spaces, brackets 〔〕 or &apos;|&apos;.</source>
        <translation>计划编号前缀为1至20个字符，不能含空格、〔〕或“|”。</translation>
    </message>
    <message>
        <source>The plans cannot be read.</source>
        <translation>无法读取抽查计划。</translation>
    </message>
    <message>
        <source>The plan code %1 already belongs to the plan %2.</source>
        <translation>计划编号%1已被抽查计划“%2”使用。</translation>
    </message>
    <message>
        <source>A new plan starts as a draft.</source>
        <translation>新建的抽查计划应为草稿状态。</translation>
    </message>
    <message>
        <source>The plan no longer exists (it may have been changed in another window).</source>
        <translation>该抽查计划已不存在（可能已在另一个窗口中被修改）。</translation>
    </message>
    <message>
        <source>The plan %1 is %2: %3 can no longer be changed.</source>
        <translation>抽查计划“%1”当前状态为“%2”：%3不能再修改。</translation>
    </message>
    <message>
        <source>The plan no longer exists.</source>
        <translation>该抽查计划已不存在。</translation>
    </message>
    <message>
        <source>Unknown plan status %1.</source>
        <translation>未知的计划状态：%1。</translation>
    </message>
    <message>
        <source>The plan %1 is frozen by storing its draw request; freeze it from the wizard.</source>
        <translation>冻结抽查计划“%1”需要保存其抽取请求，请在抽取向导中冻结。</translation>
    </message>
    <message>
        <source>The plan %1 has no draw result yet.</source>
        <translation>抽查计划“%1”尚无抽取结果。</translation>
    </message>
    <message>
        <source>The draw of plan %1 stands; void it with a reason to draw again.</source>
        <translation>抽查计划“%1”的抽取结果有效；如需重新抽取，请先填写原因将其作废。</translation>
    </message>
    <message>
        <source>The plan %1 is %2 and cannot become %3: a plan only moves forward, one step at a time.</source>
        <translation>抽查计划“%1”当前状态为“%2”，不能改为“%3”：计划状态只能逐级向前推进。</translation>
    </message>
    <message>
        <source>The plan %1 is %2; only a draft can be deleted. Its record is kept.</source>
        <translation>抽查计划“%1”当前状态为“%2”；只有草稿可以删除。该计划的记录予以保留。</translation>
    </message>
    <message>
        <source>This year&apos;s plan numbers are used up. Write the plan&apos;s number by hand.</source>
        <translation>本年度的计划编号已用完，请手工填写计划编号。</translation>
    </message>
</context>
<context>
    <name>PlanRules</name>
    <message>
        <source>change the plan</source>
        <translation>修改计划</translation>
    </message>
    <message>
        <source>delete the plan</source>
        <translation>删除计划</translation>
    </message>
    <message>
        <source>freeze the plan</source>
        <translation>冻结计划</translation>
    </message>
    <message>
        <source>enter a seed</source>
        <translation>录入种子</translation>
    </message>
    <message>
        <source>carry out the draw</source>
        <translation>进行抽取</translation>
    </message>
    <message>
        <source>void the draw</source>
        <translation>作废抽取</translation>
    </message>
    <message>
        <source>substitute an inspector</source>
        <translation>递补检查人员</translation>
    </message>
    <message>
        <source>publish the plan (website package)</source>
        <translation>公示计划（生成网页包）</translation>
    </message>
    <message>
        <source>The plan is %1: results have been recorded, so its draw can no longer be voided. A wrong result is corrected with a new version; a member who cannot attend is substituted.</source>
        <translation>该计划目前为“%1”：已录入检查结果，抽取不能再作废。检查结果有误的，以新版本更正；检查人员不能参加的，予以递补。</translation>
    </message>
    <message>
        <source>The plan is %1: every result is published, so no team changes any more.</source>
        <translation>该计划目前为“%1”：全部检查结果均已公示，检查组不再变更。</translation>
    </message>
    <message>
        <source>The plan is %1: one can %2 only while it is %3.</source>
        <translation>该计划目前为“%1”：只有在%3状态下才能%2。</translation>
    </message>
    <message>
        <source> or </source>
        <translation>或</translation>
    </message>
    <message>
        <source>A seed is already stored and waits for its draw: carry out the draw, or void that attempt first.</source>
        <translation>已保存的种子正在等待抽取：请先进行抽取，或先作废该次抽取。</translation>
    </message>
    <message>
        <source>The last attempt was refused by the draw: void it (with the reason) before a new seed.</source>
        <translation>上一次抽取未能完成：请先作废该次抽取（注明理由），再录入新的种子。</translation>
    </message>
    <message>
        <source>There is no seed waiting for its draw: the witnesses&apos; seed comes first.</source>
        <translation>没有等待抽取的种子：请先由见证人生成种子。</translation>
    </message>
    <message>
        <source>There is no draw attempt to void.</source>
        <translation>没有可作废的抽取。</translation>
    </message>
    <message>
        <source>The plan has no standing draw result.</source>
        <translation>该计划没有有效的抽取结果。</translation>
    </message>
    <message>
        <source>The result of visit No. %1 (%2) for item %3 is published: the team that inspected never changes. If the members present were recorded wrongly, correct the result with a new version.</source>
        <translation>第 %1 家（%2）事项 %3 的检查结果已公示：实施检查的检查组不再变更。到场人员记录有误的，请以新版本更正检查结果。</translation>
    </message>
    <message>
        <source>The result of visit No. %1 (%2) for item %3 has been submitted for review: the team can no longer change. If the members present were different, have the result returned and edit it, or correct it with a new version after it is published.</source>
        <translation>第 %1 家（%2）事项 %3 的检查结果已提交审核：检查组不能再变更。实际到场人员不同的，请审核员退回后修改检查结果，或在公示后以新版本更正。</translation>
    </message>
    <message>
        <source>record the approval of the inspections</source>
        <translation>登记检查审批</translation>
    </message>
    <message>
        <source>The plan is %1: its inspections have started, so an approval is no longer recorded.</source>
        <translation>该计划为“%1”：检查已经开始，不再登记审批。</translation>
    </message>
    <message>
        <source>The inspections of this draw are already approved; an approval is recorded once.</source>
        <translation>本次抽取的检查已审批；审批只登记一次。</translation>
    </message>
</context>
<context>
    <name>PlanStatuses</name>
    <message>
        <source>A plan that is %1 cannot become %2.</source>
        <translation>处于“%1”状态的计划不能变为“%2”。</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <source>Plan created</source>
        <translation>新建计划</translation>
    </message>
    <message>
        <source>Plan changed</source>
        <translation>修改计划</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Pools and parameters frozen</source>
        <translation>冻结抽取范围和参数</translation>
    </message>
    <message>
        <source>Seed stored</source>
        <translation>保存随机种子</translation>
    </message>
    <message>
        <source>Drawn</source>
        <translation>完成抽取</translation>
    </message>
    <message>
        <source>Draw voided</source>
        <translation>作废抽取</translation>
    </message>
    <message>
        <source>Substitution</source>
        <translation>递补</translation>
    </message>
    <message>
        <source>Draw again…</source>
        <translation>重新抽取…</translation>
    </message>
    <message>
        <source>← All plans</source>
        <translation>← 全部抽查计划</translation>
    </message>
    <message>
        <source>Draw result</source>
        <translation>抽取结果</translation>
    </message>
    <message>
        <source>Substitutions</source>
        <translation>递补</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>抽取记录</translation>
    </message>
    <message>
        <source>A member who cannot attend is replaced by the first backup of the team in draw order with whom the team still has its certified members; when no backup is left, by the next inspector of the draw order (policy §6.2). The reason is recorded and printed.</source>
        <translation>组员不能参加检查的，按抽取顺序由该检查组的第一名候补人员递补，且递补后检查组仍须有规定数量的持证人员；候补人员用完的，由抽取顺序中的下一名执法人员递补（实施方案第六部分第2条）。递补原因将记录在案并打印。</translation>
    </message>
    <message>
        <source>e.g. 因病住院</source>
        <translation>例如：因病住院</translation>
    </message>
    <message>
        <source>Replace this member…</source>
        <translation>替换该组员…</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>检查对象</translation>
    </message>
    <message>
        <source>Member who cannot attend</source>
        <translation>不能参加的组员</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Cannot attend</source>
        <translation>不能参加人员</translation>
    </message>
    <message>
        <source>Replaced by</source>
        <translation>递补人员</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Substitutions so far:</source>
        <translation>已有的递补：</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>抽取</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>Seeded</source>
        <translation>种子生成</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>作废情况</translation>
    </message>
    <message>
        <source>Void the standing draw</source>
        <translation>作废当前抽取结果</translation>
    </message>
    <message>
        <source>Why the draw is voided (required; printed on every sheet)</source>
        <translation>作废原因（必填，将打印在每份表单上）</translation>
    </message>
    <message>
        <source>Void…</source>
        <translation>作废…</translation>
    </message>
    <message>
        <source>Every draw attempt, voided ones included:</source>
        <translation>全部抽取记录（含已作废的）：</translation>
    </message>
    <message>
        <source>The plan&apos;s audit trail:</source>
        <translation>本计划的操作记录：</translation>
    </message>
    <message>
        <source>No. %1  %2</source>
        <translation>第%1号  %2</translation>
    </message>
    <message>
        <source>not computed</source>
        <translation>未计算</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n次检查</numerusform>
        </translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>拒绝抽取：%1</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>第%1次</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1，由%2录入</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1（%2，%3）</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1。%2</translation>
    </message>
    <message>
        <source>Reason required</source>
        <translation>请填写原因</translation>
    </message>
    <message>
        <source>Say why %1 cannot attend: the reason is recorded and printed.</source>
        <translation>请说明%1不能参加的原因，该原因将记录在案并打印。</translation>
    </message>
    <message>
        <source>%1 will be replaced in the team for %2 by the rule of the draw, with the reason &quot;%3&quot;. The substitution is recorded and cannot be undone. Go ahead?</source>
        <translation>将按抽取规则递补替换%2检查组中的%1，原因为“%3”。递补将记录在案，且不能撤销。是否继续？</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>No substitution</source>
        <translation>未递补</translation>
    </message>
    <message>
        <source>%1 replaces %2: the first backup in draw order (no. %3) with whom the team keeps its certified members.</source>
        <translation>由%1替换%2：按抽取顺序（第%3位）排在最前、且能保证本组持证人数的候补人员。</translation>
    </message>
    <message>
        <source>%1 replaces %2: no backup was left, so the next inspector of the draw order (no. %3).</source>
        <translation>由%1替换%2：已无候补人员，因此由抽取顺序中的下一名执法人员（第%3位）递补。</translation>
    </message>
    <message>
        <source>Say why the draw is voided: the reason stays on the record and on every printout.</source>
        <translation>请说明作废本次抽取的原因：该原因将保留在记录中，并打印在每份打印件上。</translation>
    </message>
    <message>
        <source>Inspection results</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>Publish…</source>
        <translation>公示…</translation>
    </message>
    <message>
        <source>Write the website package of this plan: the results and draw announcements, the item list, the draw record with its verify page, and the files for the credit platform.</source>
        <translation>生成本抽查计划的公示网页包：检查结果公告和抽取结果公告、抽查事项清单、附核验页面的抽取记录，以及报送信用平台的文件。</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>公示</translation>
    </message>
    <message numerus="yes">
        <source>Write the website package of %1 with %n published result(s) into %2? The publication is recorded with the fingerprint (SHA-256) of every file.</source>
        <translation>
            <numerusform>是否将 %1 的公示网页包（含 %n 条已公示的检查结果）生成到 %2？本次公示将记录每个文件的指纹（SHA-256）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the website package…</source>
        <translation>正在生成公示网页包…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Not published</source>
        <translation>未公示</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>已公示</translation>
    </message>
    <message>
        <source>The website package was written to %1. Open the folder?</source>
        <translation>公示网页包已生成到 %1。是否打开该文件夹？</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Choose or create an empty folder for the website package</source>
        <translation>选择或新建一个空文件夹，用于存放公示网页包</translation>
    </message>
    <message>
        <source>Draw voided, confirmed by %1</source>
        <translation>作废抽取，确认人%1</translation>
    </message>
    <message>
        <source>%1 (%2, %3, confirmed by %4)</source>
        <translation>%1（%2，经办人%3，确认人%4）</translation>
    </message>
    <message>
        <source>The package is signed with the publication key %1. Enter its passphrase:</source>
        <translation>网页包将用公示签名密钥（指纹 %1）签名。请输入该密钥的口令：</translation>
    </message>
    <message>
        <source>Approval of the inspections…</source>
        <translation>检查审批…</translation>
    </message>
    <message>
        <source>行政检查审批: print the approval form for the leader, then record the signed approval. Results are recorded once it is.</source>
        <translation>行政检查审批：打印审批表送负责人签批，再登记审批意见。登记审批后才能登记检查结果。</translation>
    </message>
    <message>
        <source>Application for recusal…</source>
        <translation>被检查人申请回避…</translation>
    </message>
    <message>
        <source>被检查人申请回避: the inspected party asks that this member steps aside; record the application and the decision (granted, the draw&apos;s rule picks the replacement).</source>
        <translation>被检查人申请回避：被检查单位申请该执法人员回避；登记申请和决定（准予回避的，按抽取规则递补）。</translation>
    </message>
</context>
<context>
    <name>PlanWizard</name>
    <message>
        <source>Pool %1 → draw %2 (%3%)</source>
        <translation>候选池%1家 → 抽取%2家（%3%）</translation>
    </message>
    <message>
        <source>New inspection plan</source>
        <translation>新建抽查计划</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Inspection plan %1</source>
        <translation>抽查计划%1</translation>
    </message>
    <message>
        <source>Plan not saved</source>
        <translation>计划未保存</translation>
    </message>
    <message>
        <source>Save the plan as a draft?</source>
        <translation>保存抽查计划草稿？</translation>
    </message>
    <message>
        <source>This step has changes that are not saved yet. Save them in the draft plan (it can be opened again from the plan list), or discard them?</source>
        <translation>这一步有尚未保存的修改。可以保存到抽查计划草稿中（以后可从抽查计划列表再次打开），也可以放弃。</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>保存草稿</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Discard what you typed?</source>
        <translation>放弃填写的内容？</translation>
    </message>
    <message>
        <source>What you typed in this step has not been saved. Discard it and close the plan?</source>
        <translation>这一步填写的内容尚未保存。要放弃这些内容并关闭抽查计划吗？</translation>
    </message>
</context>
<context>
    <name>PlansCommand</name>
    <message>
        <source>list the plans: code, tab, title, tab, status</source>
        <translation>列出抽查计划：编码、制表符、标题、制表符、状态</translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message>
        <source>Search plan code or title (Ctrl+F)</source>
        <translation>搜索计划编号或计划名称（Ctrl+F）</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Plan code</source>
        <translation>计划编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>计划名称</translation>
    </message>
    <message>
        <source>Initiating section</source>
        <translation>发起股室</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>检查时间</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>抽查事项</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Double-click a plan or press Enter to open it: a plan not yet drawn opens in the wizard where it was left.</source>
        <translation>双击计划或按Enter键打开：尚未抽取的计划将在向导中从上次停下的步骤继续。</translation>
    </message>
    <message>
        <source>Inspection plans</source>
        <translation>抽查计划</translation>
    </message>
    <message>
        <source>New inspection plan…</source>
        <translation>新建抽查计划…</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1至%2</translation>
    </message>
    <message>
        <source>No plans yet. Press &quot;New inspection plan…&quot; to start one: the wizard leads through the draw.</source>
        <translation>尚无抽查计划。请点击“新建抽查计划…”开始，向导将引导您完成抽取。</translation>
    </message>
    <message numerus="yes">
        <source>%n plan(s)</source>
        <translation>
            <numerusform>共%n个计划</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>Print preview — %1</source>
        <translation>打印预览 — %1</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>整页</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>No printer was found; save the document as a PDF instead.</source>
        <translation>未找到打印机，可另存为PDF。</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>打印 %1</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>未打印</translation>
    </message>
    <message>
        <source>Choose a printer to print; to keep the document as a file, use “Save as PDF…”.</source>
        <translation>请选择一台打印机打印；如需保存为文件，请使用“另存为PDF…”。</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页 共 %2 页</translation>
    </message>
</context>
<context>
    <name>Publication</name>
    <message>
        <source>There is no such plan.</source>
        <translation>该抽查计划不存在。</translation>
    </message>
    <message>
        <source>Plan %1 has no standing draw to publish.</source>
        <translation>抽查计划 %1 没有可公示的有效抽取。</translation>
    </message>
    <message>
        <source>Plan %1 has no standing draw to publish: %2</source>
        <translation>抽查计划 %1 没有可公示的有效抽取：%2</translation>
    </message>
    <message>
        <source>%1 already exists and is not an empty folder: choose a new folder for the package.</source>
        <translation>%1 已存在且不是空文件夹，请为公示网页包另选一个新文件夹。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot write into %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Publishing was cancelled; nothing was written.</source>
        <translation>公示已取消，未写入任何内容。</translation>
    </message>
    <message>
        <source>The verify page template is missing from the program.</source>
        <translation>程序中缺少核验页面模板。</translation>
    </message>
    <message>
        <source>Recording the publication</source>
        <translation>正在记录公示</translation>
    </message>
    <message>
        <source>Cannot replace the empty folder %1.</source>
        <translation>无法替换空文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot rename the package folder to %1.</source>
        <translation>无法将公示网页包文件夹重命名为 %1。</translation>
    </message>
</context>
<context>
    <name>PublicationKeyCreateCommand</name>
    <message>
        <source>The passphrase file %1 cannot be read: %2</source>
        <translation>无法读取口令文件 %1：%2</translation>
    </message>
    <message>
        <source>The file whose first line is the passphrase of the publication key (else the environment variable %1).</source>
        <translation>第一行为公示签名密钥口令的文件（未给出时读取环境变量 %1）。</translation>
    </message>
    <message>
        <source>create the publication key of the data file (administrator), protected by a passphrase</source>
        <translation>创建本数据文件的公示签名密钥（管理员），以口令保护</translation>
    </message>
    <message>
        <source>publication key created; fingerprint: %1</source>
        <translation>公示签名密钥已创建，指纹：%1</translation>
    </message>
</context>
<context>
    <name>PublicationKeyDialog</name>
    <message>
        <source>&amp;Create the key…</source>
        <translation>创建密钥(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Rotate the key…</source>
        <translation>轮换密钥(&amp;R)…</translation>
    </message>
    <message>
        <source>Publication key</source>
        <translation>公示签名密钥</translation>
    </message>
    <message>
        <source>Every website package is signed with this data file&apos;s publication key (manifest.sig). With the fingerprint below, anyone can check that a package comes from the bureau and was not changed (shuangsui-cli verify-package, docs/publication-package.md). The secret part is kept in the data file only encrypted with the administrator&apos;s passphrase, which is stored nowhere: keep it safe; without it nothing can be published.</source>
        <translation>每个公示网页包都用本数据文件的公示签名密钥签名（manifest.sig）。任何人都可以用下面的指纹核对网页包是否为本局发布、是否被改动（shuangsui-cli verify-package，见 docs/publication-package.md）。私钥只以管理员设定的口令加密后保存在数据文件中，口令不保存在任何地方：请妥善保管，没有口令就不能公示。</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>指纹：</translation>
    </message>
    <message>
        <source>Public key:</source>
        <translation>公钥：</translation>
    </message>
    <message>
        <source>Made:</source>
        <translation>创建：</translation>
    </message>
    <message>
        <source>The packages are signed with this key.</source>
        <translation>公示网页包用此密钥签名。</translation>
    </message>
    <message>
        <source>No publication key yet: the administrator creates it once, before the first publication.</source>
        <translation>尚未创建公示签名密钥：请管理员在第一次公示前创建（只需一次）。</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1，由%2创建</translation>
    </message>
    <message>
        <source>Choose the passphrase that protects the key (at least %1 characters). Whoever publishes needs it; it cannot be recovered.</source>
        <translation>请设定保护密钥的口令（至少%1个字符）。公示时需要输入该口令；口令遗失后无法找回。</translation>
    </message>
    <message>
        <source>The key was not created</source>
        <translation>密钥未创建</translation>
    </message>
    <message>
        <source>Key created</source>
        <translation>密钥已创建</translation>
    </message>
    <message>
        <source>The publication key was created. Its fingerprint: %1</source>
        <translation>公示签名密钥已创建，指纹：%1</translation>
    </message>
    <message>
        <source>The current key is retired and a new one made; the new public key is signed by the old key in the audit log. Packages published before keep the old key&apos;s signature.</source>
        <translation>当前密钥将停用并生成新密钥；新公钥由原密钥签名并记入审计日志。此前公示的网页包保留原密钥的签名。</translation>
    </message>
    <message>
        <source>The key was not rotated</source>
        <translation>密钥未轮换</translation>
    </message>
    <message>
        <source>Key rotated</source>
        <translation>密钥已轮换</translation>
    </message>
    <message>
        <source>The new publication key&apos;s fingerprint: %1</source>
        <translation>新公示签名密钥的指纹：%1</translation>
    </message>
</context>
<context>
    <name>PublicationKeyOperations</name>
    <message>
        <source>A publication key is already in force (fingerprint %1): rotate it rather than create another.</source>
        <translation>已有在用的公示签名密钥（指纹 %1）：如需更换，请轮换密钥，不要另建。</translation>
    </message>
</context>
<context>
    <name>PublicationKeyRotateCommand</name>
    <message>
        <source>retire the publication key and create the next one, signed by the old key (administrator)</source>
        <translation>停用当前公示签名密钥并创建新密钥，新公钥由旧密钥签名（管理员）</translation>
    </message>
    <message>
        <source>publication key rotated; new fingerprint: %1</source>
        <translation>公示签名密钥已轮换，新指纹：%1</translation>
    </message>
</context>
<context>
    <name>PublicationKeyShowCommand</name>
    <message>
        <source>show the publication key that signs the website packages: its fingerprint and public key</source>
        <translation>显示为公示网页包签名的密钥：指纹和公钥</translation>
    </message>
    <message>
        <source>fingerprint: %1</source>
        <translation>指纹：%1</translation>
    </message>
    <message>
        <source>public key (Ed25519, hex): %1</source>
        <translation>公钥（Ed25519，十六进制）：%1</translation>
    </message>
    <message>
        <source>created: %1 by %2</source>
        <translation>创建时间：%1，创建人：%2</translation>
    </message>
</context>
<context>
    <name>PublicationKeys</name>
    <message>
        <source>The cryptography library cannot be started.</source>
        <translation>无法启动密码库。</translation>
    </message>
    <message>
        <source>The key cannot be derived from the passphrase (not enough memory).</source>
        <translation>无法由口令派生密钥（内存不足）。</translation>
    </message>
    <message>
        <source>The publication key cannot be read: %1</source>
        <translation>无法读取公示签名密钥：%1</translation>
    </message>
    <message>
        <source>The stored publication key is damaged.</source>
        <translation>保存的公示签名密钥已损坏。</translation>
    </message>
    <message>
        <source>The publication key was changed meanwhile; try again.</source>
        <translation>公示签名密钥刚被更改，请重试。</translation>
    </message>
    <message>
        <source>No publication signing key has been created yet: an administrator creates it in Settings.</source>
        <translation>尚未创建公示签名密钥：请管理员在“设置”中创建。</translation>
    </message>
    <message>
        <source>The passphrase of the publication key is wrong; nothing was written.</source>
        <translation>公示签名密钥的口令不正确，未写入任何文件。</translation>
    </message>
    <message>
        <source>The passphrase of the publication key must have at least %1 characters.</source>
        <translation>公示签名密钥的口令至少需要 %1 个字符。</translation>
    </message>
</context>
<context>
    <name>PublishCommand</name>
    <message>
        <source>website package of %1 written to %2</source>
        <translation>%1 的公示网页包已生成到 %2</translation>
    </message>
    <message>
        <source>write the plan&apos;s website package (pages, record, verify
page, results as .xlsx, CSV and JSON) into the new DIR</source>
        <translation>将抽查计划的公示网页包（页面、记录、核验页面，以及
.xlsx、CSV 和 JSON 格式的检查结果）写入新建的 DIR</translation>
    </message>
    <message>
        <source>The folder to make for the package; it must be new or empty.</source>
        <translation>存放网页包的文件夹，须为新建的或空的文件夹。</translation>
    </message>
    <message>
        <source>Give the folder for the package with --out DIR.</source>
        <translation>请用 --out DIR 指定存放网页包的文件夹。</translation>
    </message>
    <message>
        <source>Give the passphrase of the publication key in --passphrase-file FILE or in the environment variable SHUANGSUI_PUBLICATION_PASSPHRASE.</source>
        <translation>请在 --passphrase-file FILE 指定的文件中或环境变量 SHUANGSUI_PUBLICATION_PASSPHRASE 中给出公示签名密钥的口令。</translation>
    </message>
    <message>
        <source>An administrator creates it with: shuangsui-cli --db FILE --user NAME publication-key create</source>
        <translation>管理员可运行以下命令创建：shuangsui-cli --db FILE --user NAME publication-key create</translation>
    </message>
</context>
<context>
    <name>RecordCommand</name>
    <message>
        <source>the published record of a plan&apos;s draw; .html writes the
browser verify page with the record inside</source>
        <translation>输出抽查计划抽取的公开记录；.html 生成内含该记录的
浏览器核验页面</translation>
    </message>
    <message>
        <source>Write the record to this file (.json), or the verify page with the record inside (.html).</source>
        <translation>将记录写入此文件（.json），或写入内含该记录的核验页面（.html）。</translation>
    </message>
    <message>
        <source>The plan&apos;s code (see plans).</source>
        <translation>抽查计划编号（见 plans）。</translation>
    </message>
    <message>
        <source>There is no plan %1.</source>
        <translation>没有抽查计划“%1”。</translation>
    </message>
    <message>
        <source>published record of %1 written to %2</source>
        <translation>已将“%1”的公开记录写入%2</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Discard what you typed?</source>
        <translation>放弃填写的内容？</translation>
    </message>
    <message>
        <source>What you typed in this form has not been saved. Discard it and close the form?</source>
        <translation>您在本表中填写的内容尚未保存。要放弃这些内容并关闭吗？</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
</context>
<context>
    <name>RecusalCommand</name>
    <message>
        <source>the inspected party asks that a member step aside (申请回避): the application and
the decision; granted, the draw&apos;s rule picks the replacement</source>
        <translation>被检查人申请检查组成员回避：登记申请和决定；
准予回避的，按抽取规则递补</translation>
    </message>
    <message>
        <source>The code of the member the party asks to step aside.</source>
        <translation>被申请回避的执法人员编号。</translation>
    </message>
    <message>
        <source>The date of the application.</source>
        <translation>申请日期。</translation>
    </message>
    <message>
        <source>The reason the party gave.</source>
        <translation>被检查人提出的理由。</translation>
    </message>
    <message>
        <source>granted (准予回避) or refused (不予回避).</source>
        <translation>granted（准予回避）或 refused（不予回避）。</translation>
    </message>
    <message>
        <source>Who decided, e.g. 王立新（副局长）.</source>
        <translation>决定人，例如：王立新（副局长）。</translation>
    </message>
    <message>
        <source>The date of the decision.</source>
        <translation>决定日期。</translation>
    </message>
    <message>
        <source>Give the member the party asks to step aside with --inspector CODE.</source>
        <translation>请用 --inspector CODE 指定被申请回避的执法人员。</translation>
    </message>
    <message>
        <source>Give the decision with --decision granted or --decision refused.</source>
        <translation>请用 --decision granted 或 --decision refused 给出决定。</translation>
    </message>
    <message>
        <source>--%1 %2 is not a date: write it as 2026-03-03.</source>
        <translation>--%1 %2 不是日期：请写成 2026-03-03 的形式。</translation>
    </message>
    <message>
        <source>visit No. %1 (%2): the application against %3 is granted; %3 is replaced by %4</source>
        <translation>第 %1 家（%2）：准予 %3 回避；由 %4 递补 %3</translation>
    </message>
    <message>
        <source>visit No. %1 (%2): the application against %3 is refused and recorded; the team stays</source>
        <translation>第 %1 家（%2）：不予 %3 回避，已登记；检查组不变</translation>
    </message>
</context>
<context>
    <name>RecusalDialog</name>
    <message>
        <source>Granted (准予回避): the draw&apos;s rule picks the replacement</source>
        <translation>准予回避：按抽取规则递补</translation>
    </message>
    <message>
        <source>Refused (不予回避): the team stays</source>
        <translation>不予回避：检查组不变</translation>
    </message>
    <message>
        <source>Application for recusal</source>
        <translation>被检查人申请回避</translation>
    </message>
    <message>
        <source>The inspected party %1 asks that %2 steps aside. Record the application and the decision on it; both are recorded once and cannot be changed.</source>
        <translation>被检查单位 %1 申请 %2 回避。请登记申请和决定；登记后不能修改。</translation>
    </message>
    <message>
        <source>e.g. 与本单位负责人系近亲属</source>
        <translation>例如：与本单位负责人系近亲属</translation>
    </message>
    <message>
        <source>e.g. 王立新（副局长）</source>
        <translation>例如：王立新（副局长）</translation>
    </message>
    <message>
        <source>Date of the application:</source>
        <translation>申请日期：</translation>
    </message>
    <message>
        <source>Reason given:</source>
        <translation>申请理由：</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>决定：</translation>
    </message>
    <message>
        <source>Decided by:</source>
        <translation>决定人：</translation>
    </message>
    <message>
        <source>Date of the decision:</source>
        <translation>决定日期：</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>Refuse the application against %1? The team stays; the application and the decision are recorded.</source>
        <translation>不予 %1 回避？检查组不变；申请和决定将被登记。</translation>
    </message>
    <message>
        <source>Record the decision?</source>
        <translation>登记决定？</translation>
    </message>
    <message>
        <source>The application against %1 is granted: %2 takes the place.</source>
        <translation>已准予 %1 回避：由 %2 递补。</translation>
    </message>
    <message>
        <source>The application against %1 is refused and recorded; the team stays.</source>
        <translation>不予 %1 回避，已登记；检查组不变。</translation>
    </message>
    <message>
        <source>The application has not been recorded. Discard what you typed and close?</source>
        <translation>申请尚未登记。放弃已填写的内容并关闭？</translation>
    </message>
    <message>
        <source>Grant the application against %1? The draw&apos;s rule replaces %1 in the team; the application&apos;s reason becomes the substitution&apos;s reason, printed on the draw sheet and published with the draw record. This is recorded and cannot be undone.</source>
        <translation>准予 %1 回避？将按抽取规则递补 %1；申请理由作为递补原因，打印在随机抽取结果单上并随抽取记录公示。登记后不能撤销。</translation>
    </message>
</context>
<context>
    <name>Recusals</name>
    <message>
        <source>Enter the date of the application.</source>
        <translation>请填写申请日期。</translation>
    </message>
    <message>
        <source>The application (%1) cannot be before the draw (%2).</source>
        <translation>申请日期（%1）不能早于抽取日期（%2）。</translation>
    </message>
    <message>
        <source>The application date %1 is in the future.</source>
        <translation>申请日期 %1 晚于今天。</translation>
    </message>
    <message>
        <source>Enter the reason the party gave.</source>
        <translation>请填写被检查人提出的理由。</translation>
    </message>
    <message>
        <source>The reason must be one line of at most 200 characters.</source>
        <translation>理由须为一行，不超过200个字符。</translation>
    </message>
    <message>
        <source>Enter who decided on the application.</source>
        <translation>请填写作出决定的人。</translation>
    </message>
    <message>
        <source>Who decided must be one line of at most 40 characters.</source>
        <translation>决定人须为一行，不超过40个字符。</translation>
    </message>
    <message>
        <source>Enter the date of the decision.</source>
        <translation>请填写决定日期。</translation>
    </message>
    <message>
        <source>The decision (%1) cannot be before the application (%2).</source>
        <translation>决定日期（%1）不能早于申请日期（%2）。</translation>
    </message>
    <message>
        <source>The decision date %1 is in the future.</source>
        <translation>决定日期 %1 晚于今天。</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>准予回避</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>不予回避</translation>
    </message>
</context>
<context>
    <name>RegistryArguments</name>
    <message>
        <source>items, entities, inspectors, conflicts or townships</source>
        <translation>items、entities、inspectors、conflicts 或 townships</translation>
    </message>
    <message>
        <source>%1 is not a registry: give items, entities, inspectors, conflicts or townships.</source>
        <translation>“%1”不是名录：请指定 items、entities、inspectors、conflicts 或 townships。</translation>
    </message>
    <message>
        <source>%1: the file name must end in .csv or .xlsx (Excel workbook).</source>
        <translation>%1：文件名须以 .csv 或 .xlsx（Excel 工作簿）结尾。</translation>
    </message>
</context>
<context>
    <name>RegistryCheck</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 is in the data file but no audit entry ever added it: it was added outside the program.</source>
        <translation>%1在数据文件中，但操作记录中没有添加它的记录：它是在本程序之外添加的。</translation>
    </message>
    <message>
        <source>%1 is in the audit log but no longer in the data file: it was deleted outside the program.</source>
        <translation>%1在审计日志中有记录，但数据文件中已没有：它是在本程序之外删除的。</translation>
    </message>
    <message>
        <source>%1, field %2: the audit log says &quot;%3&quot;, the data file holds &quot;%4&quot;: it was changed outside the program.</source>
        <translation>%1，字段%2：审计日志记录为“%3”，数据文件中为“%4”：它是在本程序之外修改的。</translation>
    </message>
</context>
<context>
    <name>RegistryImport</name>
    <message>
        <source>&quot;%1&quot; is not one of: %2.</source>
        <translation>“%1”不是以下选项之一：%2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (write it as 2026-03-01).</source>
        <translation>“%1”不是日期（请写成 2026-03-01 的形式）。</translation>
    </message>
    <message>
        <source>The name is required.</source>
        <translation>请填写名称。</translation>
    </message>
    <message>
        <source>The same township as row %1.</source>
        <translation>与第%1行的乡镇重复。</translation>
    </message>
    <message>
        <source>The category is required (%1).</source>
        <translation>请填写类别（%1）。</translation>
    </message>
    <message>
        <source>Public (公办) or private (民办) is required.</source>
        <translation>请填写办学性质：公办或民办。</translation>
    </message>
    <message>
        <source>The township %1 is new and will be added to the list.</source>
        <translation>乡镇“%1”为新乡镇，将添加到乡镇列表中。</translation>
    </message>
    <message>
        <source>Write 是 or 否.</source>
        <translation>请填写“是”或“否”。</translation>
    </message>
    <message>
        <source>The credit code %1 already appears in row %2 of this file.</source>
        <translation>信用代码%1已在本文件第%2行出现。</translation>
    </message>
    <message>
        <source>The registry code %1 already appears in row %2 of this file.</source>
        <translation>对象编号%1已在本文件第%2行出现。</translation>
    </message>
    <message>
        <source>The registry code %1 belongs to another entity.</source>
        <translation>对象编号%1已属于另一个检查对象。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no known category; the item applies to all categories. Check it after the import.</source>
        <translation>“%1”不是已知的类别，该事项将适用于所有类别。请在导入后核对。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a ratio (write it as 5%).</source>
        <translation>“%1”不是比例（请写成 5% 的形式）。</translation>
    </message>
    <message>
        <source>Write the number of months, at most 6.</source>
        <translation>请填写月数，最多为6。</translation>
    </message>
    <message>
        <source>The same item as row %1.</source>
        <translation>与第%1行的事项重复。</translation>
    </message>
    <message>
        <source>%1 was stored by Excel as a number and its last digits are lost. Format the column as text and export again.</source>
        <translation>%1被 Excel 存成了数字，末几位已丢失。请将该列设为文本格式后重新导出。</translation>
    </message>
    <message>
        <source>The same inspector as row %1.</source>
        <translation>与第%1行的执法人员重复。</translation>
    </message>
    <message>
        <source>No inspector %1 in the inspector registry.</source>
        <translation>执法检查人员名录库中没有执法人员%1。</translation>
    </message>
    <message>
        <source>No entity %1 in the entity registry.</source>
        <translation>检查对象名录库中没有检查对象%1。</translation>
    </message>
    <message>
        <source>The same conflict as row %1.</source>
        <translation>与第%1行的回避关系重复。</translation>
    </message>
    <message>
        <source>townships</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <source>inspection items</source>
        <translation>抽查事项</translation>
    </message>
    <message>
        <source>entities</source>
        <translation>检查对象</translation>
    </message>
    <message>
        <source>inspectors</source>
        <translation>执法人员</translation>
    </message>
    <message>
        <source>conflicts of interest</source>
        <translation>回避关系</translation>
    </message>
    <message>
        <source>No header row was found in the first rows of the file. The %1 file needs a header row with at least the columns: %2.</source>
        <translation>在文件开头几行中未找到表头行。%1文件需要一行表头，至少包含以下列：%2。</translation>
    </message>
    <message>
        <source>The header (row %1) lacks the required column(s): %2.</source>
        <translation>表头（第%1行）缺少必需的列：%2。</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>导入已取消。</translation>
    </message>
    <message>
        <source>The file has a header but no data rows.</source>
        <translation>文件有表头，但没有数据行。</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>未导入任何数据。</translation>
    </message>
    <message>
        <source>Nothing to import.</source>
        <translation>没有可导入的数据。</translation>
    </message>
    <message>
        <source>Row %1: %2 Nothing was imported.</source>
        <translation>第%1行：%2未导入任何数据。</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was imported.</source>
        <translation>导入已取消，未导入任何数据。</translation>
    </message>
    <message>
        <source>The category &quot;%1&quot; says %2, but this column says %3: correct one of the two.</source>
        <translation>类别“%1”对应%2，但本列为%3：请更正其中一项。</translation>
    </message>
    <message>
        <source>The file has no ownership column; taken from %1: %2.</source>
        <translation>文件中没有办学性质列；已按%1取值：%2。</translation>
    </message>
    <message>
        <source>Rows %1 are one item.</source>
        <translation>第%1行是同一个抽查事项，已合并为一项。</translation>
    </message>
    <message>
        <source>No column was chosen for %1.</source>
        <translation>没有为“%1”选择列。</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; was chosen for both %2 and %3: a column can fill one field only.</source>
        <translation>列“%1”同时被选为“%2”和“%3”：一列只能填写一个字段。</translation>
    </message>
    <message>
        <source>%1 has no field &quot;%2&quot;. Its fields are: %3.</source>
        <translation>%1没有“%2”这一字段。可用的字段：%3。</translation>
    </message>
    <message>
        <source>--map %1: write it as FIELD=COLUMN, for example --map %2=%3.</source>
        <translation>--map %1：请写成 字段=列名，例如 --map %2=%3。</translation>
    </message>
    <message>
        <source>--map %1: %2 has no field &quot;%3&quot;. Its fields are: %4.</source>
        <translation>--map %1：%2没有“%3”这一字段。可用的字段：%4。</translation>
    </message>
    <message>
        <source>--map %1: the column&apos;s name is missing after &quot;=&quot;.</source>
        <translation>--map %1：“=”后面缺少列名。</translation>
    </message>
    <message>
        <source>--map %1: %2 was given a column twice.</source>
        <translation>--map %1：“%2”被指定了两次列。</translation>
    </message>
    <message>
        <source>The header (row %1) has no column &quot;%2&quot; (chosen for %3). Its columns are: %4.</source>
        <translation>表头（第%1行）中没有“%2”列（选作“%3”）。表头中的列：%4。</translation>
    </message>
    <message>
        <source>Row %1 gives %2 as &quot;%3&quot;; the item keeps row %4&apos;s &quot;%5&quot;.</source>
        <translation>第%1行的%2为“%3”，与本事项第%4行的“%5”不同：以第%4行为准。</translation>
    </message>
</context>
<context>
    <name>RegistryOperations</name>
    <message>
        <source>%1 is referred to by other records (conflicts of interest, plans), so it cannot be deleted. Deactivate it instead: set it to %2 or %3.</source>
        <translation>%1已被其他记录（回避关系、抽查计划）引用，不能删除。请改为停用：设为“%2”或“%3”。</translation>
    </message>
    <message>
        <source>%1 is referred to by other records (conflicts of interest, draws), so the record cannot be deleted. Change the status instead (transferred or retired).</source>
        <translation>%1已被其他记录（回避关系、抽取记录）引用，不能删除。请改为更改其状态（调离或退休）。</translation>
    </message>
    <message>
        <source>There is no item %1 in the item list.</source>
        <translation>抽查事项清单中没有事项 %1。</translation>
    </message>
</context>
<context>
    <name>RegistryPage</name>
    <message>
        <source>Show inactive</source>
        <translation>显示已停用</translation>
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation>清除搜索和筛选条件</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Select a row to see all its details here.</source>
        <translation>选中一行，可在此查看其全部信息。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>共%Ln条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing matches the search and filters.</source>
        <translation>没有符合搜索和筛选条件的记录。</translation>
    </message>
    <message>
        <source>Deactivated records are hidden; tick “Show inactive” to list them.</source>
        <translation>已停用的记录未显示；勾选“显示已停用”可列出。</translation>
    </message>
    <message>
        <source>Saved: %1.</source>
        <translation>已保存：%1。</translation>
    </message>
    <message>
        <source>Saved: %1. The current search and filters do not show it.</source>
        <translation>已保存：%1。当前的搜索和筛选条件下不显示该记录。</translation>
    </message>
    <message>
        <source>Show it</source>
        <translation>显示该记录</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Read rows from an Excel (.xlsx) or CSV file; you see every row&apos;s result before anything is saved.</source>
        <translation>从 Excel（.xlsx）或 CSV 文件读取各行；保存前可先查看每一行的处理情况。</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Write the whole list to an Excel (.xlsx) or CSV file.</source>
        <translation>将整个列表导出到 Excel（.xlsx）或 CSV 文件。</translation>
    </message>
    <message>
        <source>Blank template…</source>
        <translation>空白模板…</translation>
    </message>
    <message>
        <source>An empty Excel file with the right column headings, to fill in and import.</source>
        <translation>带有正确列标题的空白 Excel 文件，填写后即可导入。</translation>
    </message>
    <message>
        <source>The import was saved.</source>
        <translation>导入内容已保存。</translation>
    </message>
    <message>
        <source>%1 template</source>
        <translation>%1模板</translation>
    </message>
    <message>
        <source>Save a blank template</source>
        <translation>保存空白模板</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>导出%1</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV 文件，UTF-8 编码 (*.csv)</translation>
    </message>
    <message>
        <source>Nothing was exported</source>
        <translation>未导出</translation>
    </message>
    <message>
        <source>The template was saved as %1.</source>
        <translation>模板已保存为：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n rows were exported to %1.</source>
        <translation>
            <numerusform>已导出%n行，保存为：%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReindexCommand</name>
    <message>
        <source>build the entity search index again (after the data file was changed outside the program)</source>
        <translation>重建检查对象搜索索引（数据文件在本程序之外被修改后使用）</translation>
    </message>
    <message numerus="yes">
        <source>The entity search index was built again: %n entities.</source>
        <translation>
            <numerusform>检查对象搜索索引已重建：共%n个检查对象。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreCommand</name>
    <message>
        <source>check IN, keep the current data beside it, then put IN&apos;s
data in its place</source>
        <translation>检查 IN，将当前数据保存在其旁边，再用 IN 的数据替换</translation>
    </message>
    <message>
        <source>The backup whose data replaces the current data.</source>
        <translation>用其数据替换当前数据的备份文件。</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>未做任何更改。</translation>
    </message>
    <message>
        <source>The data as it was before is kept in %1.</source>
        <translation>恢复前的数据已保存在 %1。</translation>
    </message>
</context>
<context>
    <name>ResultCommand</name>
    <message>
        <source>Give the inspected item with --item CODE.</source>
        <translation>请用 --item CODE 指定检查事项。</translation>
    </message>
    <message>
        <source>Visit No. %1 (%2) does not inspect the item %3; its items: %4.</source>
        <translation>第 %1 家（%2）不检查事项 %3；其检查事项为：%4。</translation>
    </message>
    <message>
        <source>visit No. %1 (%2), item %3: %4</source>
        <translation>第 %1 家（%2），事项 %3：%4</translation>
    </message>
</context>
<context>
    <name>ResultDialog</name>
    <message>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Correct the result — %1, %2</source>
        <translation>更正检查结果——%1，%2</translation>
    </message>
    <message>
        <source>Result — %1, %2</source>
        <translation>检查结果——%1，%2</translation>
    </message>
    <message>
        <source>The visit</source>
        <translation>本次检查</translation>
    </message>
    <message>
        <source>%1 (%2) · item %3 · plan %4</source>
        <translation>%1（%2）· 抽查事项%3 · 抽查计划%4</translation>
    </message>
    <message>
        <source> (certified)</source>
        <translation>（持证）</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>后续处置</translation>
    </message>
    <message>
        <source>e.g. 昌教罚立〔2026〕3号</source>
        <translation>例如：昌教罚立〔2026〕3号</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>更正</translation>
    </message>
    <message>
        <source>The published version stays on the record; this correction becomes a new version and is reviewed and published like the first.</source>
        <translation>已公示的版本仍保留在记录中；本次更正将生成新版本，并与第一版一样经审核后公示。</translation>
    </message>
    <message>
        <source>Returned by %1: %2</source>
        <translation>由%1退回，退回意见：%2</translation>
    </message>
    <message>
        <source>Note — %1: %2</source>
        <translation>备注 — %1：%2</translation>
    </message>
    <message>
        <source>Check points (检查表)</source>
        <translation>检查要点（检查表）</translation>
    </message>
    <message>
        <source>Conclusions</source>
        <translation>逐项结论</translation>
    </message>
</context>
<context>
    <name>ResultFile</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取%1：%2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: line %2, column %3: %4.</source>
        <translation>%1 不是有效的 JSON：第 %2 行第 %3 列：%4。</translation>
    </message>
    <message>
        <source>%1 must hold one object with the fields of the result, {&quot;inspectedFrom&quot;: …}.</source>
        <translation>%1 中须为一个包含检查结果各字段的对象，{&quot;inspectedFrom&quot;: …}。</translation>
    </message>
    <message>
        <source>%1: the field “%2” is unknown; the fields are %3.</source>
        <translation>%1：没有字段“%2”；可用的字段为 %3。</translation>
    </message>
    <message>
        <source>%1: the field “%2” (%3) is missing.</source>
        <translation>%1：缺少字段“%2”（%3）。</translation>
    </message>
    <message>
        <source>%1: the field “%2” (%3) %4</source>
        <translation>%1：字段“%2”（%3）%4</translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD, e.g. 2026-03-10.</source>
        <translation>须为 YYYY-MM-DD 格式的日期，例如 2026-03-10。</translation>
    </message>
    <message>
        <source>must be a list of inspector codes, e.g. [&quot;ZF-003&quot;, &quot;ZF-007&quot;].</source>
        <translation>须为执法人员编号的列表，例如 [&quot;ZF-003&quot;, &quot;ZF-007&quot;]。</translation>
    </message>
    <message>
        <source>must be a list of results, e.g. [&quot;未发现问题&quot;].</source>
        <translation>须为检查结果的列表，例如 [&quot;未发现问题&quot;]。</translation>
    </message>
    <message>
        <source>must be a text in quotes.</source>
        <translation>须为加引号的文字。</translation>
    </message>
    <message>
        <source>must be a list of conclusions, e.g. [{&quot;number&quot;: 1, &quot;outcome&quot;: &quot;符合&quot;}, {&quot;number&quot;: 2, &quot;outcome&quot;: &quot;不符合&quot;, &quot;note&quot;: &quot;未公示收费标准&quot;}].</source>
        <translation>应为逐项结论的列表，例如 [{&quot;number&quot;: 1, &quot;outcome&quot;: &quot;符合&quot;}, {&quot;number&quot;: 2, &quot;outcome&quot;: &quot;不符合&quot;, &quot;note&quot;: &quot;未公示收费标准&quot;}]。</translation>
    </message>
</context>
<context>
    <name>ResultOperations</name>
    <message>
        <source>The result no longer exists.</source>
        <translation>该检查结果已不存在。</translation>
    </message>
    <message>
        <source>Say why the result is returned, so that the clerk knows what to change.</source>
        <translation>请说明退回的理由，以便录入员知道要修改什么。</translation>
    </message>
    <message>
        <source>Only submitting, approving and publishing act on many results at once.</source>
        <translation>只有提交审核、审核通过和公示可以批量进行。</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>已取消：未作任何更改。</translation>
    </message>
</context>
<context>
    <name>ResultRecordCommand</name>
    <message>
        <source>record the result of a visit × item from a JSON file</source>
        <translation>从 JSON 文件录入某家检查对象某一事项的检查结果</translation>
    </message>
    <message>
        <source>The result&apos;s fields as JSON: inspectedFrom, inspectedTo, members, categories, findings, followUp, caseNumber, rectifyBy, remarks.</source>
        <translation>以 JSON 写明的检查结果各字段：inspectedFrom、inspectedTo、members、categories、findings、followUp、caseNumber、rectifyBy、remarks。</translation>
    </message>
    <message>
        <source>Give the result&apos;s file with --file RESULT.json.</source>
        <translation>请用 --file RESULT.json 指定检查结果文件。</translation>
    </message>
</context>
<context>
    <name>ResultRepository</name>
    <message>
        <source>The result of %1 for item %2</source>
        <translation>%1（抽查事项%2）的检查结果</translation>
    </message>
    <message>
        <source>The plan has no standing draw, so it has no visits to record results for.</source>
        <translation>该抽查计划没有有效的抽取结果，因此没有可登记检查结果的检查。</translation>
    </message>
    <message>
        <source>%1 is not a visit of the plan&apos;s standing draw.</source>
        <translation>%1不是该抽查计划有效抽取结果中的检查对象。</translation>
    </message>
    <message>
        <source>Item %1 is not inspected in the visit to %2.</source>
        <translation>对%2的检查不包括抽查事项%1。</translation>
    </message>
    <message>
        <source>The plan no longer exists.</source>
        <translation>该抽查计划已不存在。</translation>
    </message>
    <message>
        <source>A result is already recorded for %1, item %2; edit it or record a correction.</source>
        <translation>%1的抽查事项%2已登记检查结果；请修改该结果或登记更正。</translation>
    </message>
    <message>
        <source>The result no longer exists.</source>
        <translation>该检查结果已不存在。</translation>
    </message>
    <message>
        <source>Only the latest version of a result can be edited.</source>
        <translation>只能修改检查结果的最新版本。</translation>
    </message>
    <message>
        <source>%1 is %2 and can no longer be edited: only an entered or returned result can be.</source>
        <translation>%1当前状态为“%2”，不能再修改：只有“录入”或“退回”状态的检查结果可以修改。</translation>
    </message>
    <message>
        <source>%1 is %2 and cannot be submitted for review: only an entered or returned result can be.</source>
        <translation>%1当前状态为“%2”，不能提交审核：只有“录入”或“退回”状态的检查结果可以提交审核。</translation>
    </message>
    <message>
        <source>%1 is %2 and cannot be approved: only a result awaiting review can be.</source>
        <translation>%1当前状态为“%2”，不能审核通过：只有“待审核”状态的检查结果可以审核通过。</translation>
    </message>
    <message>
        <source>%1 is %2 and cannot be returned: only a result awaiting review can be.</source>
        <translation>%1当前状态为“%2”，不能退回：只有“待审核”状态的检查结果可以退回。</translation>
    </message>
    <message>
        <source>%1 is %2 and cannot be published: only a reviewed result can be.</source>
        <translation>%1当前状态为“%2”，不能公示：只有“已审核”状态的检查结果可以公示。</translation>
    </message>
    <message>
        <source>Say why the result is returned, so that the clerk knows what to change.</source>
        <translation>请说明退回原因，以便录入员知道需要修改什么。</translation>
    </message>
    <message>
        <source>%1 is %2: only a published result is corrected by a new version; until then it is edited or reviewed as it is.</source>
        <translation>%1当前状态为“%2”：只有已公示的检查结果才通过新版本更正；公示之前，请直接修改或审核该结果。</translation>
    </message>
    <message>
        <source>The follow-up visit (%1) cannot be before the inspection (%2).</source>
        <translation>复查日期（%1）不能早于检查结束日期（%2）。</translation>
    </message>
    <message>
        <source>There is no inspector %1 in the registry.</source>
        <translation>执法检查人员名录库中没有执法人员%1。</translation>
    </message>
    <message>
        <source>Files can be attached only when the data is kept in a file.</source>
        <translation>只有数据保存在数据文件中时，才能添加附件。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>无法读取文件%1。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>无法创建文件夹%1。</translation>
    </message>
    <message>
        <source>The file %1 cannot be written.</source>
        <translation>无法写入文件%1。</translation>
    </message>
    <message>
        <source>The file %1 could not be copied beside the data file.</source>
        <translation>未能将文件%1复制到数据文件所在的文件夹。</translation>
    </message>
    <message>
        <source>%1 is already attached to this result.</source>
        <translation>%1已是该检查结果的附件。</translation>
    </message>
    <message>
        <source>The file %1 could not be stored beside the data file.</source>
        <translation>未能将文件%1保存到数据文件所在的文件夹。</translation>
    </message>
    <message>
        <source>The attached file %1 is no longer beside the data file.</source>
        <translation>附件 %1 已不在数据文件旁的附件文件夹中。</translation>
    </message>
    <message>
        <source>The attached file %1 is recorded outside the attachments folder %2; it is not opened.</source>
        <translation>附件 %1 记录的位置在附件文件夹 %2 之外，不予打开。</translation>
    </message>
    <message>
        <source>The attached file %1 was changed after it was attached (its SHA-256 differs); it is not opened. Use Check files to see which files changed.</source>
        <translation>附件 %1 在添加后被改动过（SHA-256 不符），不予打开。可点击“核验附件”查看哪些文件被改动。</translation>
    </message>
    <message>
        <source>%1 is a program or a script, or could run one: it is not opened from here. Open its folder to see the file.</source>
        <translation>%1 是程序或脚本，或可能运行程序，不在本系统中直接打开。可打开所在文件夹查看该文件。</translation>
    </message>
</context>
<context>
    <name>ResultStates</name>
    <message>
        <source>not recorded</source>
        <translation>未录入</translation>
    </message>
    <message>
        <source>record a result</source>
        <translation>录入检查结果</translation>
    </message>
    <message>
        <source>edit the result</source>
        <translation>修改检查结果</translation>
    </message>
    <message>
        <source>submit the result for review</source>
        <translation>提交审核</translation>
    </message>
    <message>
        <source>approve the result</source>
        <translation>审核通过</translation>
    </message>
    <message>
        <source>return the result for rework</source>
        <translation>退回修改</translation>
    </message>
    <message>
        <source>publish the result</source>
        <translation>公示检查结果</translation>
    </message>
    <message>
        <source>correct the result with a new version</source>
        <translation>以新版本更正检查结果</translation>
    </message>
    <message>
        <source>record a follow-up visit</source>
        <translation>录入整改回访</translation>
    </message>
    <message>
        <source>attach a file</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <source>No result has been recorded for this visit and item yet: record it first (%1 is not possible).</source>
        <translation>该检查对象的此事项尚未录入检查结果：请先录入（现在无法%1）。</translation>
    </message>
    <message>
        <source>The result is published (已公示) and is never changed: to change it, correct it with a new version and a reason.</source>
        <translation>该检查结果已公示，不能再修改：如需更改，请以新版本更正并说明理由。</translation>
    </message>
    <message>
        <source>The result is awaiting review (待审核): it can be changed again only after a reviewer returns it.</source>
        <translation>该检查结果待审核：须经审核员退回后才能再修改。</translation>
    </message>
    <message>
        <source>The result has been approved (已审核): it can no longer be changed or returned; after it is published it can be corrected with a new version.</source>
        <translation>该检查结果已审核：不能再修改或退回；公示后可以新版本更正。</translation>
    </message>
    <message>
        <source>A result for this visit and item is already recorded (%1): edit or correct it instead.</source>
        <translation>该检查对象的此事项已录入检查结果（%1）：请修改或更正该结果。</translation>
    </message>
    <message>
        <source>A result that is %1 does not allow this: to %2 it must be %3.</source>
        <translation>检查结果目前为“%1”，不能进行此操作：只有在%3状态下才能%2。</translation>
    </message>
    <message>
        <source> or </source>
        <translation>或</translation>
    </message>
</context>
<context>
    <name>ResultStepCommand</name>
    <message>
        <source>submit the result of a visit × item for review</source>
        <translation>将某家检查对象某一事项的检查结果提交审核</translation>
    </message>
    <message>
        <source>approve a result submitted for review</source>
        <translation>审核通过已提交审核的检查结果</translation>
    </message>
    <message>
        <source>return a result submitted for review to the clerk, with
the reason</source>
        <translation>将已提交审核的检查结果退回录入员，并说明理由</translation>
    </message>
    <message>
        <source>What the clerk is to change.</source>
        <translation>需要录入员修改的内容。</translation>
    </message>
    <message>
        <source>publish an approved result</source>
        <translation>公示已审核的检查结果</translation>
    </message>
    <message>
        <source>No result of this visit × item is recorded yet.</source>
        <translation>该家检查对象的该事项尚未录入检查结果。</translation>
    </message>
</context>
<context>
    <name>ResultVersion</name>
    <message>
        <source>Inspected from</source>
        <translation>检查开始日期</translation>
    </message>
    <message>
        <source>Inspected until</source>
        <translation>检查结束日期</translation>
    </message>
    <message>
        <source>Members present</source>
        <translation>到场组员</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>检查结果类别</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>检查情况</translation>
    </message>
    <message>
        <source>Follow-up measure</source>
        <translation>后续处置</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <source>Rectify by</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Reason for the correction</source>
        <translation>更正原因</translation>
    </message>
    <message>
        <source>Enter the date of the inspection.</source>
        <translation>请填写检查开始日期。</translation>
    </message>
    <message>
        <source>Enter the last day of the inspection.</source>
        <translation>请填写检查结束日期。</translation>
    </message>
    <message>
        <source>The last day of the inspection is before its first day.</source>
        <translation>检查结束日期早于检查开始日期。</translation>
    </message>
    <message>
        <source>Choose at least one result.</source>
        <translation>请至少选择一项检查结果类别。</translation>
    </message>
    <message>
        <source>Unknown result: %1.</source>
        <translation>未知的检查结果类别：%1。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be combined with another result.</source>
        <translation>“%1”不能与其他检查结果类别同时选择。</translation>
    </message>
    <message>
        <source>Describe what was found.</source>
        <translation>请填写检查情况。</translation>
    </message>
    <message>
        <source>Choose the follow-up measure.</source>
        <translation>请选择后续处置。</translation>
    </message>
    <message>
        <source>No problem was found, so the follow-up measure is &quot;%1&quot;.</source>
        <translation>未发现问题，后续处置应为“%1”。</translation>
    </message>
    <message>
        <source>Rectification was ordered, so the follow-up measure is &quot;%1&quot;.</source>
        <translation>已责令整改，后续处置应为“%1”。</translation>
    </message>
    <message>
        <source>Enter the number of the case opened.</source>
        <translation>请填写立案的案件编号。</translation>
    </message>
    <message>
        <source>Enter the deadline for the rectification.</source>
        <translation>请填写整改期限。</translation>
    </message>
    <message>
        <source>The deadline for the rectification must be after the inspection (%1).</source>
        <translation>整改期限必须晚于检查结束日期（%1）。</translation>
    </message>
    <message>
        <source>Not a member of the team of this visit: %1.</source>
        <translation>不是本次检查的检查组组员：%1。</translation>
    </message>
    <message>
        <source>At least %1 members of the team must have been present.</source>
        <translation>检查组至少须有%1名组员到场。</translation>
    </message>
    <message>
        <source>At least one member present must hold a law-enforcement certificate valid on the inspection dates.</source>
        <translation>到场组员中至少须有1人持有在检查期间有效的行政执法资格证。</translation>
    </message>
    <message>
        <source>Say why the published result is corrected.</source>
        <translation>请说明更正已公示检查结果的原因。</translation>
    </message>
    <message>
        <source>%1 is after today (%2): record a visit once it has taken place.</source>
        <translation>%1晚于今天（%2）：检查完成后再登记。</translation>
    </message>
    <message>
        <source>%1 is before the plan&apos;s draw (%2): nobody knew whom to visit before it.</source>
        <translation>%1早于本计划的抽取时间（%2）：抽取之前无人知道检查哪个对象。</translation>
    </message>
    <message>
        <source>%1 is outside the plan&apos;s inspection period (%2 to %3); it can be saved if the visit slipped.</source>
        <translation>%1不在本计划的检查时间内（%2至%3）；如检查确有推迟，仍可保存。</translation>
    </message>
    <message>
        <source>%1 is before the approval of the inspections (%2): an inspection starts once it is approved.</source>
        <translation>%1 早于检查审批日期（%2）：检查须在审批后开始。</translation>
    </message>
    <message>
        <source>Check points</source>
        <translation>检查要点</translation>
    </message>
    <message>
        <source>The item has no checklist in this plan, so no check points can be recorded.</source>
        <translation>本计划中该事项没有检查表，不能记录检查要点。</translation>
    </message>
    <message>
        <source>The checklist has points 1 to %1; there is no point %2.</source>
        <translation>检查表共有第1至第%1项要点，没有第%2项。</translation>
    </message>
    <message>
        <source>Point %1 has two conclusions.</source>
        <translation>第%1项要点有两个结论。</translation>
    </message>
    <message>
        <source>Point %1 (%2): choose %3.</source>
        <translation>第%1项要点（%2）：请选择%3。</translation>
    </message>
    <message>
        <source>Point %1: the note has at most %2 characters.</source>
        <translation>第%1项要点：说明不能超过%2个字。</translation>
    </message>
    <message>
        <source>Point %1 (%2) has no conclusion: give one for every point of the checklist.</source>
        <translation>第%1项要点（%2）没有结论：检查表的每一项要点都要填写结论。</translation>
    </message>
    <message>
        <source>A check point does not conform, so the result must say a problem was found (not %1).</source>
        <translation>有检查要点“不符合”，检查结果应为发现问题的类别（不能是“%1”）。</translation>
    </message>
    <message>
        <source>Point %1 %2: does not conform.</source>
        <translation>第%1项 %2：不符合。</translation>
    </message>
</context>
<context>
    <name>ResultVersionDialog</name>
    <message>
        <source>Result version %1 — %2, %3</source>
        <translation>检查结果第%1版 — %2，%3</translation>
    </message>
    <message>
        <source>%1 (%2) · item %3 · plan %4</source>
        <translation>%1（%2）· 抽查事项 %3 · 抽查计划 %4</translation>
    </message>
    <message>
        <source>An earlier version: version %1 is the newest.</source>
        <translation>这是较早的版本：最新版本为第%1版。</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Inspected</source>
        <translation>检查时间</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1至%2</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%2于%1</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>尚未审核</translation>
    </message>
    <message>
        <source>Returned with</source>
        <translation>退回意见</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>公示</translation>
    </message>
</context>
<context>
    <name>ResultWizardPage</name>
    <message>
        <source>Step 6 of 6 · The result</source>
        <translation>第6步（共6步）· 抽取结果</translation>
    </message>
    <message>
        <source>Print the draw sheet for the witnesses to sign, print the inspection notices, and export the public record for the website.</source>
        <translation>打印抽取结果表供见证人签字，打印检查通知书，并导出公开记录用于网站公示。</translation>
    </message>
    <message>
        <source>No. %1  %2
%3</source>
        <translation>第%1号  %2
%3</translation>
    </message>
    <message>
        <source>Show the result in the ceremony view (投屏)</source>
        <translation>在投屏中再次展示抽取结果</translation>
    </message>
</context>
<context>
    <name>ResultsCommand</name>
    <message>
        <source>list the results of a plan: visit, tab, entity, tab, item,
tab, state, tab, members present</source>
        <translation>列出抽查计划的检查结果：序号、制表符、检查对象、制表符、
事项、制表符、状态、制表符、到场组员</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>检查对象</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>抽查事项</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>检查组</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Inspected</source>
        <translation>检查时间</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>后续处置</translation>
    </message>
    <message>
        <source>Record result…</source>
        <translation>登记检查结果…</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>提交审核</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>审核通过</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>Publish…</source>
        <translation>公示…</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>更正…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Inspectors</source>
        <translation>执法人员</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>整改情况</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>录入时间</translation>
    </message>
    <message>
        <source>Add follow-up visit…</source>
        <translation>添加复查记录…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>添加附件…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Check files</source>
        <translation>核验附件</translation>
    </message>
    <message>
        <source>Why it is returned (required to return)</source>
        <translation>退回原因（退回时必填）</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未录入</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Follow-up visits</source>
        <translation>复查记录</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>%1 visit items · %2 published · %3 not recorded</source>
        <translation>检查事项共%1项 · 已公示%2项 · 未录入%3项</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1至%2</translation>
    </message>
    <message>
        <source>Edit result…</source>
        <translation>修改检查结果…</translation>
    </message>
    <message>
        <source>Select a visit and item to record its result.</source>
        <translation>请选择一次检查中的抽查事项，登记其检查结果。</translation>
    </message>
    <message>
        <source>%1 · item %2</source>
        <translation>%1 · 抽查事项%2</translation>
    </message>
    <message>
        <source>Version %1 · %2 · recorded %3 by %4</source>
        <translation>第%1版 · %2 · %4于%3录入</translation>
    </message>
    <message>
        <source> · correction: %1</source>
        <translation> · 更正原因：%1</translation>
    </message>
    <message>
        <source> · reviewed %1 by %2</source>
        <translation> · %2于%1审核</translation>
    </message>
    <message>
        <source> · last returned with: %1</source>
        <translation> · 最近一次退回意见：%1</translation>
    </message>
    <message>
        <source> · published %1</source>
        <translation> · 公示于%1</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Not submitted</source>
        <translation>未提交</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>未审核通过</translation>
    </message>
    <message>
        <source>Comment required</source>
        <translation>需填写退回原因</translation>
    </message>
    <message>
        <source>Say why the result is returned, so that the clerk knows what to change.</source>
        <translation>请说明退回原因，以便录入员知道需要修改什么。</translation>
    </message>
    <message>
        <source>Not returned</source>
        <translation>未退回</translation>
    </message>
    <message>
        <source>Publish the result</source>
        <translation>公示检查结果</translation>
    </message>
    <message>
        <source>The result of %1 for item %2 will be published. A published result is never changed: a mistake can only be corrected by a new version with a reason. Publish?</source>
        <translation>%1（抽查事项%2）的检查结果将予以公示。已公示的检查结果不再改动：如有错误，只能填写原因，以新版本更正。确定公示吗？</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>公示</translation>
    </message>
    <message>
        <source>Not published</source>
        <translation>未公示</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <source>Photos and documents (*.jpg *.jpeg *.png *.pdf *.doc *.docx *.xls *.xlsx);;All files (*)</source>
        <translation>照片和文档 (*.jpg *.jpeg *.png *.pdf *.doc *.docx *.xls *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Not attached</source>
        <translation>未添加附件</translation>
    </message>
    <message>
        <source>Every attached file is there and unchanged (SHA-256 checked).</source>
        <translation>所有附件均在，且未被改动（已按 SHA-256 核验）。</translation>
    </message>
    <message>
        <source>%1: missing</source>
        <translation>%1：缺失</translation>
    </message>
    <message>
        <source>%1: changed since it was attached</source>
        <translation>%1：添加后已被改动</translation>
    </message>
    <message>
        <source>View version…</source>
        <translation>查看版本…</translation>
    </message>
    <message>
        <source>Double-click a version to see it as it was recorded.</source>
        <translation>双击某个版本，可查看其登记时的内容。</translation>
    </message>
    <message>
        <source>Select several rows (Ctrl or Shift) to submit, approve or publish them together.</source>
        <translation>可选择多行（按住Ctrl或Shift）一并提交审核、审核通过或公示。</translation>
    </message>
    <message>
        <source>Not recorded, entered or returned: the visits whose results are still to be submitted</source>
        <translation>未登记、已录入或被退回：检查结果尚待提交的检查</translation>
    </message>
    <message>
        <source>Submit selected for review</source>
        <translation>提交所选结果审核</translation>
    </message>
    <message>
        <source>Approve selected</source>
        <translation>审核通过所选结果</translation>
    </message>
    <message>
        <source>Publish selected…</source>
        <translation>公示所选结果…</translation>
    </message>
    <message numerus="yes">
        <source>%n visit items selected: submit, approve or publish acts on those that allow it.</source>
        <translation>
            <numerusform>已选择%n项检查：提交、审核通过或公示只对符合条件的项生效。</numerusform>
        </translation>
    </message>
    <message>
        <source>only an entered or returned result can be submitted</source>
        <translation>只有已录入或被退回的结果才能提交</translation>
    </message>
    <message>
        <source>only a result awaiting review can be approved</source>
        <translation>只有待审核的结果才能审核通过</translation>
    </message>
    <message>
        <source>Publish the results</source>
        <translation>公示检查结果</translation>
    </message>
    <message>
        <source>only a reviewed result can be published</source>
        <translation>只有审核通过的结果才能公示</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s)</source>
        <translation>
            <numerusform>%1：%n行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the selected rows will be skipped (%1):</source>
        <translation>
            <numerusform>所选行中有%n行将被跳过（%1）：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %n selected rows can be changed this way (%1):</source>
        <translation>
            <numerusform>所选的%n行都不能进行此操作（%1）：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Submit %n result(s) for review?</source>
        <translation>
            <numerusform>将%n条结果提交审核？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Submit %n</source>
        <translation>
            <numerusform>提交%n条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approve %n result(s)?</source>
        <translation>
            <numerusform>审核通过%n条结果？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approve %n</source>
        <translation>
            <numerusform>审核通过%n条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Publish %n result(s)? A published result is never changed: a mistake can only be corrected by a new version with a reason.</source>
        <translation>
            <numerusform>公示%n条结果？结果公示后不能再修改：如有错误，只能填写理由，以新版本更正。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Publish %n</source>
        <translation>
            <numerusform>公示%n条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n result(s)…</source>
        <translation>
            <numerusform>%1：%n条结果…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>已取消，未做任何更改。</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>未做任何更改：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) submitted for review.</source>
        <translation>
            <numerusform>已提交审核%n条结果。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) approved.</source>
        <translation>
            <numerusform>已审核通过%n条结果。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) published.</source>
        <translation>
            <numerusform>已公示%n条结果。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected row(s) skipped (%1):</source>
        <translation>
            <numerusform>已跳过所选的%n行（%1）：</numerusform>
        </translation>
    </message>
    <message>
        <source>Not opened</source>
        <translation>未打开</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>打开所在文件夹</translation>
    </message>
    <message>
        <source>The attachment no longer exists.</source>
        <translation>该附件已不存在。</translation>
    </message>
    <message>
        <source>Approve the result of %1 for item %2?

Inspected: %3 – %4
Result: %5
Follow-up: %6
Findings: %7

Once approved, the result can be published.</source>
        <translation>审核通过%1的“%2”检查结果吗？

检查时间：%3至%4
检查结果：%5
后续处置：%6
检查情况：%7

审核通过后，该结果即可公示。</translation>
    </message>
    <message>
        <source>(none written)</source>
        <translation>（未填写）</translation>
    </message>
    <message>
        <source>Approve the result</source>
        <translation>审核通过检查结果</translation>
    </message>
    <message>
        <source>Print the on-site record…</source>
        <translation>打印现场检查笔录…</translation>
    </message>
    <message>
        <source>现场检查笔录 of this visit: the team, the rights told, each item&apos;s checklist — blank for the pen, or with what the results recorded.</source>
        <translation>本次检查的现场检查笔录：检查组、告知的权利、各事项的检查表——未登记结果的留空供手写，已登记的填入结果。</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>无法打印</translation>
    </message>
    <message>
        <source>Application for recusal of %1 (%2): %3, %4 on %5</source>
        <translation>被检查人申请%1回避（%2）：%3，%4于%5决定</translation>
    </message>
    <message>
        <source>; %1 came in</source>
        <translation>；由%1递补</translation>
    </message>
</context>
<context>
    <name>SchemaCheck</name>
    <message>
        <source>table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>index</source>
        <translation>索引</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>触发器</translation>
    </message>
    <message>
        <source>view</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>extra %1 %2 on table %3</source>
        <translation>多出的%1 %2（属于表 %3）</translation>
    </message>
    <message>
        <source>extra %1 %2</source>
        <translation>多出的%1 %2</translation>
    </message>
    <message>
        <source>%1 %2 differs from ours</source>
        <translation>%1 %2 的定义与本系统的不同</translation>
    </message>
    <message>
        <source>missing %1 %2</source>
        <translation>缺少%1 %2</translation>
    </message>
    <message>
        <source>its schema cannot be read</source>
        <translation>无法读取其数据结构</translation>
    </message>
    <message>
        <source>the schema of data version %1 could not be built to compare it</source>
        <translation>无法生成数据版本%1的结构以作比对</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation>等，另有%1处不同</translation>
    </message>
</context>
<context>
    <name>ScopeEditor</name>
    <message>
        <source>Undirected: every active entity of the item&apos;s categories. Directed: only those that meet all the conditions below.</source>
        <translation>不定向抽查：该事项适用类别中的全部在册检查对象。定向抽查：仅限同时满足以下全部条件的检查对象。</translation>
    </message>
    <message>
        <source>Conditions of the directed draw</source>
        <translation>定向抽查条件</translation>
    </message>
    <message>
        <source>Tags separated by commas; any one of them</source>
        <translation>多个标签用逗号分隔，符合其中任一即可</translation>
    </message>
    <message>
        <source>No condition</source>
        <translation>不设条件</translation>
    </message>
    <message>
        <source>Draw by credit risk class (A, B, C, D), higher risk at higher ratios</source>
        <translation>按信用风险分类（A、B、C、D）分层抽取，风险越高抽取比例越高</translation>
    </message>
    <message>
        <source>Share drawn from each stratum</source>
        <translation>各分层抽取比例</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>%1 in the pool → %2 drawn</source>
        <translation>候选池%1家 → 抽取%2家</translation>
    </message>
    <message numerus="yes">
        <source>(%n left out: inspected recently)</source>
        <translation>
            <numerusform>（已排除%n家：近期已检查）</numerusform>
        </translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>抽取比例</translation>
    </message>
    <message>
        <source>Fixed count</source>
        <translation>固定数量</translation>
    </message>
    <message>
        <source> entities</source>
        <translation> 家</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>ScopeWizardPage</name>
    <message>
        <source>Step 2 of 6 · Who may be drawn</source>
        <translation>第2步（共6步）· 抽取范围</translation>
    </message>
    <message>
        <source>For each item: the pool of entities and the share drawn from each stratum. The counts follow your changes.</source>
        <translation>逐项设定：检查对象的候选池，以及各分层的抽取比例。数量随您的修改即时更新。</translation>
    </message>
    <message numerus="yes">
        <source>In all: %n visit(s) (an entity drawn by several items is visited once).</source>
        <translation>
            <numerusform>合计：%n次检查（同一检查对象被多个事项抽中的，只检查一次）。</numerusform>
        </translation>
    </message>
    <message>
        <source>In all: %1 to %2 visits, as the seed decides (an entity drawn by several items is visited once).</source>
        <translation>合计：%1至%2次检查，具体数量由随机种子决定（同一检查对象被多个事项抽中的，只检查一次）。</translation>
    </message>
</context>
<context>
    <name>SeedWizardPage</name>
    <message>
        <source>Step 5 of 6 · Witnesses and the random seed</source>
        <translation>第5步（共6步）· 见证人与随机种子</translation>
    </message>
    <message>
        <source>Each witness rolls the dice and their digits are typed in, or the computer picks digits (机选). At least %1 digits in all. The draw is computed once, when you press Draw.</source>
        <translation>每位见证人掷骰子，录入其掷出的数字；也可由计算机生成数字（机选）。数字合计至少%1位。抽取只计算一次，在点击“抽取”时进行。</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>抽取</translation>
    </message>
    <message>
        <source>Witnesses</source>
        <translation>见证人</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Dice digits</source>
        <translation>骰子数字</translation>
    </message>
    <message>
        <source>Add a witness</source>
        <translation>添加见证人</translation>
    </message>
    <message>
        <source>Machine pick (机选)</source>
        <translation>机选</translation>
    </message>
    <message>
        <source>Adds %1 digits from the computer&apos;s secure random source.</source>
        <translation>由计算机的安全随机源生成%1位数字。</translation>
    </message>
    <message>
        <source>No machine-picked digits</source>
        <translation>无机选数字</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Open the ceremony view (投屏)</source>
        <translation>打开投屏界面</translation>
    </message>
    <message>
        <source>The seed:</source>
        <translation>随机种子：</translation>
    </message>
    <message>
        <source>digits as rolled</source>
        <translation>按掷出顺序录入数字</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Type the name of the witness who rolled %1.</source>
        <translation>请填写掷出%1的见证人姓名。</translation>
    </message>
    <message>
        <source>Seed %1 was stored on %2 but not drawn yet; press Draw to compute it.</source>
        <translation>随机种子%1已于%2保存，但尚未抽取；请点击“抽取”进行计算。</translation>
    </message>
    <message numerus="yes">
        <source>%n digit(s): the seed is complete.</source>
        <translation>
            <numerusform>共%n位数字：随机种子已完整。</numerusform>
        </translation>
    </message>
    <message>
        <source>The seed %1 will be stored and the draw of plan %2 computed from it. The result is final: drawing again needs this draw voided with a reason, and both stay on the record. Draw now?</source>
        <translation>将保存随机种子%1，并据此计算抽查计划%2的抽取结果。结果一经产生即为最终结果：如需重新抽取，须先填写原因将本次抽取作废，两次抽取均保留在记录中。现在抽取吗？</translation>
    </message>
    <message>
        <source>Not drawn</source>
        <translation>未抽取</translation>
    </message>
    <message>
        <source>%1
The attempt stays on the record; void it on the plan&apos;s Record tab before a new seed.</source>
        <translation>%1
本次抽取记录将保留；如需生成新的随机种子，请先在计划的“抽取记录”页中将其作废。</translation>
    </message>
    <message>
        <source>No witness is entered. The policy invites witnesses (NPC deputies, CPPCC members, the media) to watch the draw; without one, the draw sheet says 无见证人 instead of their signature lines.</source>
        <translation>尚未登记见证人。按照实施方案，可邀请人大代表、政协委员、新闻媒体等现场监督抽取过程；没有见证人时，随机抽取结果单上不设见证人签字栏，而注明“无见证人”。</translation>
    </message>
    <message>
        <source>The same seed was used by %1; allowed, since another plan&apos;s pools give another draw, and noted on the record.</source>
        <translation>同一随机种子也用于%1；这是允许的，因为其他计划的抽取范围不同、结果也不同，但会记入审计日志。</translation>
    </message>
    <message>
        <source>No witness is entered: the draw sheet will say 无见证人.</source>
        <translation>尚未登记见证人：随机抽取结果单上将注明“无见证人”。</translation>
    </message>
    <message>
        <source>as published, e.g. 03 09 14 22 27 31 + 08</source>
        <translation>按公布的号码填写，例如 03 09 14 22 27 31 + 08</translation>
    </message>
    <message>
        <source>Number of %1 drawn on %2 (last part of the seed):</source>
        <translation>%1 %2开奖号码（种子的最后一段）：</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>The password file %1 cannot be read: %2</source>
        <translation>无法读取密码文件%1：%2</translation>
    </message>
    <message>
        <source>Give the password of %1 in a file (--password-file FILE) or in the environment variable SHUANGSUI_PASSWORD.</source>
        <translation>请在文件中（--password-file FILE）或环境变量 SHUANGSUI_PASSWORD 中提供%1的密码。</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>The bureau&apos;s name is required: it heads every page.</source>
        <translation>必须填写教育局名称：每个页面的页眉都会显示该名称。</translation>
    </message>
    <message>
        <source>A name has at most 100 characters.</source>
        <translation>名称最多 100 个字符。</translation>
    </message>
    <message>
        <source>Days before a late result turns yellow: 1 to %1.</source>
        <translation>逾期检查结果变黄前的天数：1 至 %1。</translation>
    </message>
    <message>
        <source>Days before a late result turns red: more than the yellow days, at most %1.</source>
        <translation>逾期检查结果变红前的天数：须大于变黄天数，最多 %1。</translation>
    </message>
    <message>
        <source>Backups kept: 1 to %1.</source>
        <translation>备份保留份数：1 至 %1。</translation>
    </message>
    <message>
        <source>Lock after idle time: 0 (never) to %1 minutes.</source>
        <translation>空闲锁定时间：0（从不锁定）至%1分钟。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Name the inspectors of each team in the published draw announcement</source>
        <translation>在公示的抽取结果公告中列出各检查组的执法人员姓名</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Bureau (headers and signatures of printed and published pages)</source>
        <translation>教育局（用于打印和公示页面的页眉及落款）</translation>
    </message>
    <message>
        <source>Bureau name:</source>
        <translation>教育局名称：</translation>
    </message>
    <message>
        <source>Office:</source>
        <translation>执法股室：</translation>
    </message>
    <message>
        <source>Leadership group (领导小组, policy attachment 4)</source>
        <translation>领导小组（见方案附件4）</translation>
    </message>
    <message>
        <source>Leader:</source>
        <translation>组长：</translation>
    </message>
    <message>
        <source>Deputy leaders
(one per line):</source>
        <translation>副组长
（每行一个）：</translation>
    </message>
    <message>
        <source>Members
(one per line):</source>
        <translation>成员
（每行一个）：</translation>
    </message>
    <message>
        <source>Publication, overview and backups</source>
        <translation>公示、概览和备份</translation>
    </message>
    <message>
        <source>Late results turn yellow after:</source>
        <translation>逾期检查结果变黄时间：</translation>
    </message>
    <message>
        <source>… and red after:</source>
        <translation>……超过以下时间显示为红色：</translation>
    </message>
    <message>
        <source>Automatic backups kept:</source>
        <translation>自动备份保留份数：</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>安全</translation>
    </message>
    <message>
        <source>Lock the program after idle time:</source>
        <translation>空闲锁定时间：</translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <source>Published results only</source>
        <translation>仅统计已公示的检查结果</translation>
    </message>
    <message>
        <source>Result category</source>
        <translation>检查结果类别</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>Count only results already published, as the website shows them.</source>
        <translation>只统计已经公示的检查结果，与公示网页上显示的一致。</translation>
    </message>
    <message>
        <source>Export .xlsx…</source>
        <translation>导出 .xlsx…</translation>
    </message>
    <message>
        <source>Export web page…</source>
        <translation>导出网页…</translation>
    </message>
    <message>
        <source>Half year:</source>
        <translation>半年：</translation>
    </message>
    <message>
        <source>Draws count in the half year in which the plan&apos;s inspection period starts. The share is the entities drawn over the pool; each draw must take at least 5 %.</source>
        <translation>抽取按抽查计划检查时间开始所在的半年统计。抽取比例为抽取的检查对象数占抽取范围的比例；每次抽取不得低于5%。</translation>
    </message>
    <message>
        <source>Share drawn per item</source>
        <translation>各抽查事项抽取比例</translation>
    </message>
    <message>
        <source>5 % floor</source>
        <translation>5%下限</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>All half years</source>
        <translation>全部半年</translation>
    </message>
    <message>
        <source>Export the statistics</source>
        <translation>导出统计</translation>
    </message>
    <message>
        <source>statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>未导出</translation>
    </message>
    <message>
        <source>Export the statistics as a web page</source>
        <translation>将统计导出为网页</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>网页 (*.html)</translation>
    </message>
</context>
<context>
    <name>SubstituteCommand</name>
    <message>
        <source>a member of a visit&apos;s team cannot attend: the draw&apos;s rule
picks the replacement (递补)</source>
        <translation>检查组成员无法参加时，按抽取规则确定递补人员（递补）</translation>
    </message>
    <message>
        <source>The code of the member who cannot attend, e.g. ZF-003.</source>
        <translation>无法参加的成员的人员编号，例如 ZF-003。</translation>
    </message>
    <message>
        <source>Why the member cannot attend (it is published with the record).</source>
        <translation>该成员无法参加的原因（随抽取记录一并公开）。</translation>
    </message>
    <message>
        <source>Give the member who cannot attend with --inspector CODE.</source>
        <translation>请用 --inspector CODE 指定无法参加的成员。</translation>
    </message>
    <message>
        <source>visit No. %1 (%2): %3 is replaced by %4</source>
        <translation>第 %1 家（%2）：%3 由 %4 递补</translation>
    </message>
</context>
<context>
    <name>SubstitutionOperations</name>
    <message>
        <source>The plan no longer exists.</source>
        <translation>该计划已不存在。</translation>
    </message>
    <message>
        <source>The standing draw has no visit of %1.</source>
        <translation>有效的抽取结果中没有 %1 这一家。</translation>
    </message>
    <message>
        <source>%1 is not a member of this visit&apos;s team now.</source>
        <translation>%1 目前不是该检查组的成员。</translation>
    </message>
    <message>
        <source>The plan has no standing draw.</source>
        <translation>该计划没有有效的抽取。</translation>
    </message>
</context>
<context>
    <name>TableHeader</name>
    <message>
        <source>%1 (duplicate column)</source>
        <translation>%1（重复列）</translation>
    </message>
</context>
<context>
    <name>TableReader</name>
    <message>
        <source>Reading the file was cancelled.</source>
        <translation>已取消读取文件。</translation>
    </message>
    <message>
        <source>Cannot open the file %1: %2</source>
        <translation>无法打开文件“%1”：%2</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <source>The file is too large to import (%1 MiB; at most %2 MiB). Split it into smaller files.</source>
        <translation>文件太大，无法导入（%1 MB，最大%2 MB）。请拆分成几个较小的文件。</translation>
    </message>
    <message>
        <source>This is a PDF document, not a table. Choose the spreadsheet the data came from, saved as an Excel workbook (.xlsx) or as CSV.</source>
        <translation>这是 PDF 文档，不是表格。请选择数据所在的原电子表格，并保存为 Excel 工作簿（.xlsx）或 CSV 文件。</translation>
    </message>
    <message>
        <source>Cannot read the file %1: %2</source>
        <translation>无法读取文件“%1”：%2</translation>
    </message>
    <message>
        <source>The file is not a table this program can read: it is neither an Excel workbook (.xlsx) nor a text (CSV) file. Choose the right file, or open it in Excel or WPS and save it as .xlsx or CSV.</source>
        <translation>该文件不是本程序能读取的表格：它既不是 Excel 工作簿（.xlsx），也不是文本（CSV）文件。请选择正确的文件，或在 Excel 或 WPS 中打开后另存为 .xlsx 或 CSV。</translation>
    </message>
    <message>
        <source>The file is too large to import (at most %1 MiB). Split it into smaller files.</source>
        <translation>文件太大，无法导入（最大%1 MB）。请拆分成几个较小的文件。</translation>
    </message>
    <message>
        <source>This file is a web page or an XML spreadsheet saved under a spreadsheet name, not an Excel workbook or a CSV file. Open it in Excel or WPS and save it as an Excel workbook (.xlsx) or as CSV.</source>
        <translation>该文件是以电子表格文件名保存的网页或 XML 电子表格，不是 Excel 工作簿或 CSV 文件。请在 Excel 或 WPS 中打开，另存为 Excel 工作簿（.xlsx）或 CSV 文件。</translation>
    </message>
    <message>
        <source>The file is not in UTF-8 and this computer cannot read the Chinese GB18030 (GBK) encoding. Save the file from Excel as &quot;CSV UTF-8&quot; or as .xlsx.</source>
        <translation>该文件不是 UTF-8 编码，而本机无法读取中文 GB18030（GBK）编码。请在 Excel 中将文件另存为“CSV UTF-8”或 .xlsx 格式。</translation>
    </message>
    <message>
        <source>Row %1: a cell opened with a quotation mark (&quot;) is never closed, so the rest of the file cannot be read. The file is damaged or not a proper CSV file.</source>
        <translation>第%1行：某个单元格以引号（&quot;）开头但没有结束，文件其余部分无法读取。文件已损坏，或不是规范的 CSV 文件。</translation>
    </message>
    <message>
        <source>The file is too large to import (more than %L1 cells). Split it into smaller files.</source>
        <translation>文件太大，无法导入（超过%L1个单元格）。请拆分成几个较小的文件。</translation>
    </message>
    <message>
        <source>The file contains no data.</source>
        <translation>文件中没有数据。</translation>
    </message>
    <message>
        <source>The file looks like an Excel workbook (.xlsx) but is damaged or incomplete, so it cannot be read. Open it in Excel or WPS, save it again and import the saved file.</source>
        <translation>该文件看起来是 Excel 工作簿（.xlsx），但已损坏或不完整，无法读取。请在 Excel 或 WPS 中打开并重新保存，然后导入保存后的文件。</translation>
    </message>
    <message>
        <source>The workbook is too large to import (more than %1 MiB of data once unpacked). Split it into smaller files.</source>
        <translation>工作簿太大，无法导入（解压后数据超过%1 MB）。请拆分成几个较小的文件。</translation>
    </message>
    <message>
        <source>The sheet is too large to import (more than %L1 cells). Split it into smaller files.</source>
        <translation>工作表太大，无法导入（超过%L1个单元格）。请拆分成几个较小的文件。</translation>
    </message>
    <message>
        <source>The workbook is protected with a password. Open it in Excel or WPS, remove the password and save it again.</source>
        <translation>该工作簿设有密码保护。请在 Excel 或 WPS 中打开，取消密码后重新保存。</translation>
    </message>
    <message>
        <source>Cannot open the file %1: it does not exist.</source>
        <translation>无法打开文件“%1”：文件不存在。</translation>
    </message>
    <message>
        <source>This is an Excel binary workbook (.xlsb). Open it in Excel and save it as an Excel workbook (.xlsx) or as CSV.</source>
        <translation>这是 Excel 二进制工作簿（.xlsb）。请在 Excel 中打开，另存为 Excel 工作簿（.xlsx）或 CSV 文件。</translation>
    </message>
    <message>
        <source>This is an OpenDocument spreadsheet (.ods). Open it in WPS, LibreOffice or Excel and save it as an Excel workbook (.xlsx) or as CSV.</source>
        <translation>这是 OpenDocument 电子表格（.ods）。请在 WPS、LibreOffice 或 Excel 中打开，另存为 Excel 工作簿（.xlsx）或 CSV 文件。</translation>
    </message>
    <message>
        <source>This is an Office document but not an Excel workbook. Choose the spreadsheet file.</source>
        <translation>这是 Office 文档，但不是 Excel 工作簿。请选择电子表格文件。</translation>
    </message>
    <message>
        <source>The file is a ZIP archive, not an Excel workbook (.xlsx). Choose the spreadsheet file.</source>
        <translation>该文件是 ZIP 压缩包，不是 Excel 工作簿（.xlsx）。请选择电子表格文件。</translation>
    </message>
    <message>
        <source>The workbook has no worksheet with cells (only chart sheets, or it is damaged).</source>
        <translation>工作簿中没有含单元格的工作表（只有图表工作表，或文件已损坏）。</translation>
    </message>
    <message>
        <source>The worksheet &quot;%1&quot; of the workbook is empty.</source>
        <translation>工作簿中的工作表“%1”为空。</translation>
    </message>
    <message>
        <source>Row %1, column %2: the cell holds %L3 characters, more than an Excel cell can hold (%L4). The file is damaged or was not written by a spreadsheet program; check that cell and save the file again.</source>
        <translation>第 %1 行 %2 列：该单元格有 %L3 个字符，超过了 Excel 单元格的上限（%L4 个字符）。文件已损坏或不是由电子表格软件生成的，请检查该单元格后重新保存文件。</translation>
    </message>
    <message>
        <source>The worksheet repeats too much text: its cells name the same shared texts or merged cells for more than %L1 characters in all. A normal table does not; the file is damaged or was made to be too large. Save it again from Excel or WPS, or split it.</source>
        <translation>工作表中重复的文字过多：单元格引用相同的共享文字或合并单元格，累计超过 %L1 个字符。正常的表格不会这样，文件可能已损坏或被刻意做得过大。请用 Excel 或 WPS 重新保存，或拆分后再导入。</translation>
    </message>
    <message>
        <source>The worksheet merges the cells %1 twice. Excel calls such a file damaged: open it in Excel or WPS, let it repair the file, save it and import the saved file.</source>
        <translation>工作表将单元格 %1 合并了两次。Excel 会认为这样的文件已损坏：请用 Excel 或 WPS 打开并修复文件，保存后再导入保存的文件。</translation>
    </message>
    <message>
        <source>The worksheet has merged cells that overlap: %1 and %2. Excel calls such a file damaged: open it in Excel or WPS, let it repair the file, save it and import the saved file.</source>
        <translation>工作表中有相互重叠的合并单元格：%1 与 %2。Excel 会认为这样的文件已损坏：请用 Excel 或 WPS 打开并修复文件，保存后再导入保存的文件。</translation>
    </message>
    <message>
        <source>Row %1, column %2: the cell holds over %L3 characters, more than an Excel cell can hold (%L4). The file is damaged or was not written by a spreadsheet program; check that cell and save the file again.</source>
        <translation>第 %1 行 %2 列：该单元格超过 %L3 个字符，超过了 Excel 单元格的上限（%L4 个字符）。文件已损坏或不是由电子表格软件生成的，请检查该单元格后重新保存文件。</translation>
    </message>
    <message>
        <source>This workbook is in the format of Excel 5.0/95 or older, which this program cannot read. Open it in Excel or WPS and save it as an Excel workbook (.xlsx).</source>
        <translation>该工作簿是 Excel 5.0/95 或更早的格式，本程序无法读取。请用 Excel 或 WPS 打开，另存为 Excel 工作簿（.xlsx）后再导入。</translation>
    </message>
    <message>
        <source>This is an Office document (such as a Word or PowerPoint file) but not an Excel workbook. Choose the spreadsheet file.</source>
        <translation>该文件是 Office 文档（如 Word 或 PowerPoint 文件），不是 Excel 工作簿。请选择表格文件。</translation>
    </message>
    <message>
        <source>The file looks like an Excel 97–2003 workbook (.xls) but is damaged or incomplete, so it cannot be read. Open it in Excel or WPS, save it again and import the saved file.</source>
        <translation>该文件看起来是 Excel 97–2003 工作簿（.xls），但已损坏或不完整，无法读取。请用 Excel 或 WPS 打开并重新保存，再导入保存后的文件。</translation>
    </message>
    <message>
        <source>Cannot read the file %1.</source>
        <translation>无法读取文件 %1。</translation>
    </message>
    <message>
        <source>Open the file in Excel or WPS, save it as an Excel workbook (.xlsx) and import that: long texts are read whole from .xlsx files.</source>
        <translation>请在 Excel 或 WPS 中打开该文件，另存为 Excel 工作簿（.xlsx）后再导入：.xlsx 文件中的长文字能完整读取。</translation>
    </message>
    <message>
        <source>The workbook holds a text of %L1 characters that cannot be read whole from an Excel 97–2003 file (.xls). %2</source>
        <translation>工作簿中有一段 %L1 个字符的文字，无法从 Excel 97–2003 文件（.xls）中完整读取。%2</translation>
    </message>
    <message>
        <source>Worksheet &quot;%1&quot;, row %2, column %3: the text of %L4 characters cannot be read whole from an Excel 97–2003 file (.xls). %5</source>
        <translation>工作表“%1”第 %2 行 %3 列：这段文字有 %L4 个字符，无法从 Excel 97–2003 文件（.xls）中完整读取。%5</translation>
    </message>
    <message>
        <source>Worksheet &quot;%1&quot;, row %2, column %3: the date is after 9999-12-31 (Excel shows #####); it is not a real date. Correct that cell and save the file again.</source>
        <translation>工作表“%1”第 %2 行 %3 列：日期晚于 9999-12-31（Excel 显示为 #####），不是有效日期。请改正该单元格后重新保存文件。</translation>
    </message>
    <message>
        <source>The workbook holds too many dates to read from an Excel 97–2003 file (.xls) in reasonable time. Open it in Excel or WPS, save it as an Excel workbook (.xlsx) and import that.</source>
        <translation>工作簿中的日期太多，无法在合理时间内从 Excel 97–2003 文件（.xls）中读取。请在 Excel 或 WPS 中打开该文件，另存为 Excel 工作簿（.xlsx）后再导入。</translation>
    </message>
</context>
<context>
    <name>TableWriter</name>
    <message>
        <source>Cannot save %1: %2. If the file is open in Excel or WPS, close it and export again.</source>
        <translation>无法保存“%1”：%2。如果该文件正在 Excel 或 WPS 中打开，请关闭后重新导出。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>Too many rows for one Excel sheet (%L1; Excel allows %L2). Export to CSV instead.</source>
        <translation>行数太多，一个 Excel 工作表放不下（%L1行；Excel 最多允许%L2行）。请改为导出 CSV 文件。</translation>
    </message>
    <message>
        <source>Too many columns for one Excel sheet (%L1).</source>
        <translation>列数太多，一个 Excel 工作表放不下（%L1列）。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹“%1”不存在。</translation>
    </message>
    <message>
        <source>Cannot write in the folder %1: %2</source>
        <translation>无法在文件夹“%1”中写入：%2</translation>
    </message>
    <message>
        <source>Cannot create the Excel workbook %1.</source>
        <translation>无法创建 Excel 工作簿“%1”。</translation>
    </message>
    <message>
        <source>Row %1, column %2 holds more text than an Excel cell can (%L3 characters).</source>
        <translation>第%1行第%2列的文字超出了 Excel 单元格的容量（%L3个字符）。</translation>
    </message>
    <message>
        <source>Cannot write row %1, column %2: %3</source>
        <translation>无法写入第%1行第%2列：%3</translation>
    </message>
    <message>
        <source>Cannot export to &quot;%1&quot;: the file name must end in .xlsx (Excel workbook) or .csv.</source>
        <translation>无法导出到“%1”：文件名必须以 .xlsx（Excel 工作簿）或 .csv 结尾。</translation>
    </message>
</context>
<context>
    <name>TeamWizardPage</name>
    <message>
        <source>Step 3 of 6 · Inspection teams</source>
        <translation>第3步（共6步）· 检查组</translation>
    </message>
    <message>
        <source>Each team has at least 2 inspectors, at least 1 of them certified; inspectors are drawn at twice the number needed, the others are backups in draw order (policy §4, §6.2).</source>
        <translation>每个检查组至少2名执法人员，其中至少1人持证；执法人员按实际需要人数的2倍抽取，其余人员按抽取顺序作为候补人员（实施方案第四部分、第六部分第2条）。</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Rotate: nobody inspects an entity they inspected in its previous plan</source>
        <translation>人员轮换：执法人员不检查其在上一次计划中检查过的检查对象</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>不启用</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>Drawn at (× the number needed)</source>
        <translation>抽取倍数（× 实际需要人数）</translation>
    </message>
    <message>
        <source>Leave out entities inspected within</source>
        <translation>不抽取在以下期限内检查过的检查对象</translation>
    </message>
    <message>
        <source>Not drawn, or drawn as not certified, and why:</source>
        <translation>未抽取或按非持证人员抽取的执法人员及原因：</translation>
    </message>
    <message>
        <source>Up to %1 visits × %2 per team × %3 = %4 places drawn (members and backups). On duty and in the draw: %5 inspectors, %6 of them certified for the whole period.</source>
        <translation>最多%1次检查 × 每组%2人 × %3倍 = 抽取%4人（含组员和候补人员）。在岗并参加抽取的执法人员%5人，其中在整个检查时间内持证%6人。</translation>
    </message>
    <message>
        <source>Entity %1 %2 — %3</source>
        <translation>检查对象%1 %2 — %3</translation>
    </message>
</context>
<context>
    <name>TemplateCommand</name>
    <message>
        <source>write an empty template to fill in</source>
        <translation>生成待填写的空白模板</translation>
    </message>
    <message>
        <source>The file to write: .csv or .xlsx.</source>
        <translation>要写入的文件：.csv 或 .xlsx。</translation>
    </message>
    <message>
        <source>template written to %1</source>
        <translation>模板已写入%1</translation>
    </message>
</context>
<context>
    <name>TownshipRepository</name>
    <message>
        <source>A township needs a name.</source>
        <translation>请填写乡镇名称。</translation>
    </message>
    <message>
        <source>The township no longer exists.</source>
        <translation>该乡镇已不存在。</translation>
    </message>
</context>
<context>
    <name>UserManagementDialog</name>
    <message>
        <source>Change role</source>
        <translation>更改角色</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>重置密码…</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>New user…</source>
        <translation>新建用户…</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>Users are never deleted: the audit trail names them. Deactivate a user who has left; resetting a password also ends a lock after failed logins.</source>
        <translation>用户不会被删除，因为操作记录中留有其姓名。已离职的用户请停用；重置密码也可以解除因登录失败而产生的锁定。</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>锁定至%1</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Role not changed</source>
        <translation>角色未更改</translation>
    </message>
    <message>
        <source>Not deactivated</source>
        <translation>未停用</translation>
    </message>
    <message>
        <source>Not reactivated</source>
        <translation>未恢复</translation>
    </message>
</context>
<context>
    <name>UserOperations</name>
    <message>
        <source>You cannot deactivate yourself.</source>
        <translation>不能停用自己的账户。</translation>
    </message>
    <message>
        <source>Each user changes only their own password; an administrator resets the password of another user.</source>
        <translation>每位用户只能修改自己的密码；其他用户的密码请由管理员重置。</translation>
    </message>
    <message>
        <source>This data file already has users. Log in instead.</source>
        <translation>此数据文件已有用户，请直接登录。</translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <source>The user name or the password is wrong.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>The user name must have 1 to 32 characters.</source>
        <translation>用户名须为1至32个字符。</translation>
    </message>
    <message>
        <source>The user name may not contain spaces.</source>
        <translation>用户名不能包含空格。</translation>
    </message>
    <message>
        <source>Choose the user&apos;s role.</source>
        <translation>请选择用户的角色。</translation>
    </message>
    <message>
        <source>There is already a user named %1.</source>
        <translation>已存在名为%1的用户。</translation>
    </message>
    <message>
        <source>The password could not be protected (not enough memory). Close other programs and try again.</source>
        <translation>无法加密保护密码（内存不足）。请关闭其他程序后重试。</translation>
    </message>
    <message>
        <source>%1 is the only active administrator; make another user an administrator first.</source>
        <translation>%1是唯一启用的管理员；请先将其他用户设为管理员。</translation>
    </message>
    <message>
        <source>There is no user named %1.</source>
        <translation>没有名为%1的用户。</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>当前密码错误。</translation>
    </message>
    <message>
        <source>The new password is the same as the current one.</source>
        <translation>新密码与当前密码相同。</translation>
    </message>
    <message>
        <source>After %1 failed logins the account %2 is locked until %3. Try again then, or ask an administrator to reset the password.</source>
        <translation>登录失败%1次后，账户%2已锁定至%3。请届时再试，或请管理员重置密码。</translation>
    </message>
    <message>
        <source>The failed login could not be counted.</source>
        <translation>无法记录这次失败的登录。</translation>
    </message>
    <message>
        <source>After %1 wrong passwords the account %2 is locked until %3 and cannot confirm anything until then; another user may confirm, or an administrator resets the password.</source>
        <translation>密码错误%1次后，账户%2已锁定至%3，在此之前不能进行确认；可由其他用户确认，或请管理员重置密码。</translation>
    </message>
    <message>
        <source>The password of %1 is wrong.</source>
        <translation>%1的密码错误。</translation>
    </message>
    <message>
        <source>The user %1 is deactivated.</source>
        <translation>用户%1已停用。</translation>
    </message>
</context>
<context>
    <name>Validators</name>
    <message>
        <source>The unified social credit code is empty.</source>
        <translation>统一社会信用代码为空。</translation>
    </message>
    <message>
        <source>The credit code %1 was stored by Excel as a number and its last digits are lost. Format the column as text in Excel, type the codes again and export again.</source>
        <translation>信用代码%1被 Excel 存成了数字，末几位已丢失。请在 Excel 中将该列设为文本格式，重新输入代码后再导出。</translation>
    </message>
    <message>
        <source>A unified social credit code has 18 characters; %1 has %2.</source>
        <translation>统一社会信用代码应为18位；%1为%2位。</translation>
    </message>
    <message>
        <source>Character %1 of %2 (&quot;%3&quot;) may not appear in a credit code (allowed: digits and the capital letters except I, O, Z, S, V).</source>
        <translation>%2的第%1位（“%3”）不能用于信用代码（可使用数字和除 I、O、Z、S、V 以外的大写字母）。</translation>
    </message>
    <message>
        <source>Characters 3 to 8 of a credit code are the region code and must be digits (%1).</source>
        <translation>信用代码的第3至8位是行政区划码，必须是数字（%1）。</translation>
    </message>
    <message>
        <source>The organisation code inside %1 (characters 9 to 17) is wrong: its check character should be %2. Check the code for a typing error.</source>
        <translation>%1中的组织机构代码（第9至17位）有误：其校验位应为%2。请检查代码是否输错。</translation>
    </message>
    <message>
        <source>The check character (the 18th) of %1 is wrong: it should be %2. Check the code for a typing error.</source>
        <translation>%1的校验位（第18位）有误：应为%2。请检查代码是否输错。</translation>
    </message>
    <message>
        <source>An ID card number has 18 characters; %1 has %2.</source>
        <translation>身份证号码应为18位；%1为%2位。</translation>
    </message>
    <message>
        <source>The first 17 characters of an ID card number must be digits (%1).</source>
        <translation>身份证号码的前17位必须是数字（%1）。</translation>
    </message>
    <message>
        <source>The date of birth in the ID card number %1 is not a real date.</source>
        <translation>身份证号码%1中的出生日期不是有效日期。</translation>
    </message>
    <message>
        <source>The check character (the 18th) of the ID card number %1 is wrong: it should be %2.</source>
        <translation>身份证号码%1的校验位（第18位）有误：应为%2。</translation>
    </message>
    <message>
        <source>%1 is not a phone number (a mobile number has 11 digits; a landline may start with an area code such as 0335-).</source>
        <translation>%1不是电话号码（手机号码为11位数字；固定电话可带区号，如 0335-）。</translation>
    </message>
</context>
<context>
    <name>VerifyCommand</name>
    <message>
        <source>check a published draw record; no data file needed</source>
        <translation>核验已公开的抽取记录；无需数据文件</translation>
    </message>
    <message>
        <source>The published draw record (draw specification §6).</source>
        <translation>已公开的抽取记录（抽取规范第 6 节）。</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>用法：%1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取%1：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Not verified: %1</source>
        <translation>核验未通过：%1</translation>
    </message>
</context>
<context>
    <name>VerifyPackageCommand</name>
    <message>
        <source>check a published website package: signature, files, draw and results; no data file needed</source>
        <translation>核验已公示的网页包：签名、文件、抽取记录和检查结果；无需数据文件</translation>
    </message>
    <message>
        <source>The bureau&apos;s public key (publication-key.txt or the key in hex).</source>
        <translation>机关的公钥（publication-key.txt，或十六进制的公钥）。</translation>
    </message>
    <message>
        <source>The fingerprint of the bureau&apos;s key, as it publishes it (32 hex digits; spaces allowed).</source>
        <translation>机关公布的密钥指纹（32 位十六进制数字，可含空格）。</translation>
    </message>
    <message>
        <source>The folder of the website package.</source>
        <translation>公示网页包所在的文件夹。</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>用法：%1</translation>
    </message>
    <message>
        <source>Give either --key or --fingerprint, not both.</source>
        <translation>--key 与 --fingerprint 只能给出其一。</translation>
    </message>
    <message>
        <source>The fingerprint %1 is not 32 hex digits.</source>
        <translation>指纹 %1 不是 32 位十六进制数字。</translation>
    </message>
    <message>
        <source>Not verified: %1</source>
        <translation>核验未通过：%1</translation>
    </message>
    <message>
        <source>Package of plan %1 (%2), published %3: the signature, %4 files, the draw record and %5 published results agree.</source>
        <translation>抽查计划 %1（%2）于 %3 公示的网页包：签名、%4 个文件、抽取记录和 %5 条已公示的检查结果均一致。</translation>
    </message>
    <message>
        <source>Signed by the key with the fingerprint %1; the audit trail&apos;s entry %2 when it was published.</source>
        <translation>签名密钥指纹：%1；公示时操作记录的最新一条为第 %2 条。</translation>
    </message>
    <message>
        <source>Note: no --key or --fingerprint was given, so the package&apos;s own publication-key.txt was used. This proves only that the package is whole, not that the bureau published it: compare the fingerprint with the one the bureau publishes elsewhere.</source>
        <translation>注意：未给出 --key 或 --fingerprint，因此使用了网页包自带的 publication-key.txt。这只能证明网页包完整，不能证明它由该机关公示：请将指纹与机关在其他渠道公布的指纹核对。</translation>
    </message>
</context>
<context>
    <name>VoidCommand</name>
    <message>
        <source>Why the draw is voided (it is published with the record).</source>
        <translation>作废抽取的原因（随抽取记录一并公开）。</translation>
    </message>
    <message>
        <source>void the plan&apos;s draw, with the reason (before any result), confirmed by a second user</source>
        <translation>作废抽查计划的抽取并说明理由（须在录入任何检查结果之前），并由第二人确认</translation>
    </message>
    <message>
        <source>The second user who confirms the void: a reviewer or an administrator other than --user.</source>
        <translation>确认作废的第二人：--user 以外的一名审核员或管理员。</translation>
    </message>
    <message>
        <source>The file whose first line is the confirming user&apos;s password (else the environment variable SHUANGSUI_CONFIRM_PASSWORD).</source>
        <translation>第一行为确认人密码的文件（未给出时读取环境变量 SHUANGSUI_CONFIRM_PASSWORD）。</translation>
    </message>
    <message>
        <source>The password file %1 cannot be read: %2</source>
        <translation>无法读取密码文件%1：%2</translation>
    </message>
    <message>
        <source>Give the confirming user with --confirmed-by NAME, and their password in --confirm-password-file FILE or in the environment variable SHUANGSUI_CONFIRM_PASSWORD.</source>
        <translation>请用 --confirmed-by 用户名 给出确认人，并将其密码写在 --confirm-password-file 文件中，或放在环境变量 SHUANGSUI_CONFIRM_PASSWORD 中。</translation>
    </message>
    <message>
        <source>the draw of %1 is void (confirmed by %2); a new seed and draw follow</source>
        <translation>“%1”的抽取已作废（确认人%2），须重新生成种子并抽取</translation>
    </message>
</context>
<context>
    <name>VoidDrawDialog</name>
    <message>
        <source>Void the draw</source>
        <translation>作废抽取结果</translation>
    </message>
    <message>
        <source>Draw %1 (seed %2) will be voided with the reason &quot;%3&quot;. It stays on the record and on every printout; the plan returns to frozen and needs a new seed.</source>
        <translation>第%1次抽取（随机种子%2）将以“%3”为由作废。该次抽取仍保留在记录中并出现在每份打印件上；计划将退回“已冻结”状态，需要重新生成随机种子。</translation>
    </message>
    <message>
        <source>A second user confirms the void: a reviewer (审核员) or an administrator (管理员) other than you enters their user name and password.</source>
        <translation>作废须由第二人确认：请由您以外的一名审核员或管理员在此输入其用户名和密码。</translation>
    </message>
    <message>
        <source>Confirmed by (user name):</source>
        <translation>确认人（用户名）：</translation>
    </message>
    <message>
        <source>Their password:</source>
        <translation>确认人密码：</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>作废</translation>
    </message>
</context>
<context>
    <name>WorkCalendar</name>
    <message>
        <source>The year %1 is not between %2 and %3.</source>
        <translation>年份%1不在%2至%3之间。</translation>
    </message>
    <message>
        <source>A holiday has no valid date.</source>
        <translation>有一个节假日没有有效日期。</translation>
    </message>
    <message>
        <source>The holiday %1 is not in %2.</source>
        <translation>节假日%1不在%2年内。</translation>
    </message>
    <message>
        <source>%1 is listed as a holiday more than once.</source>
        <translation>%1被重复列为节假日。</translation>
    </message>
    <message>
        <source>The holiday %1 has no name.</source>
        <translation>节假日%1没有名称。</translation>
    </message>
    <message>
        <source>A make-up working day has no valid date.</source>
        <translation>有一个调休上班日没有有效日期。</translation>
    </message>
    <message>
        <source>The make-up working day %1 is not in %2.</source>
        <translation>调休上班日%1不在%2年内。</translation>
    </message>
    <message>
        <source>%1 is a weekday: only a Saturday or Sunday can be a make-up working day.</source>
        <translation>%1是周一至周五中的一天：只有周六或周日才能作为调休上班日。</translation>
    </message>
    <message>
        <source>%1 is listed as a make-up working day more than once.</source>
        <translation>%1被重复列为调休上班日。</translation>
    </message>
    <message>
        <source>%1 is listed both as a holiday and as a make-up working day.</source>
        <translation>%1同时被列为节假日和调休上班日。</translation>
    </message>
    <message>
        <source>The make-up working day %1 has no name.</source>
        <translation>调休上班日%1没有名称。</translation>
    </message>
    <message>
        <source>The calendar has no year (a number such as 2026).</source>
        <translation>日历中没有年份（应为数字，如 2026）。</translation>
    </message>
    <message>
        <source>“%1” must be a list of dates and names.</source>
        <translation>“%1”必须是由日期和名称组成的列表。</translation>
    </message>
    <message>
        <source>“%1” in “%2” is not a date of the form 2026-10-01.</source>
        <translation>“%2”中的“%1”不是 2026-10-01 形式的日期。</translation>
    </message>
    <message>
        <source>Calendar %1: </source>
        <translation>%1年日历：</translation>
    </message>
    <message>
        <source>The holiday arrangement of %1 has not been entered yet; the deadline counts Monday to Friday as working days. Please check it.</source>
        <translation>%1年的节假日安排尚未录入；公示期限暂按周一至周五为工作日计算。请核对。</translation>
    </message>
    <message>
        <source>The calendar file is not valid JSON: %1 (at character %2).</source>
        <translation>日历文件不是有效的 JSON：%1（第%2个字符处）。</translation>
    </message>
    <message>
        <source>The calendar file must hold one year or a list of years.</source>
        <translation>日历文件必须包含一个年份或一个年份列表。</translation>
    </message>
    <message>
        <source>The calendar file holds %1 more than once.</source>
        <translation>日历文件中%1年出现了不止一次。</translation>
    </message>
    <message>
        <source>The calendar file holds no year.</source>
        <translation>日历文件中没有年份。</translation>
    </message>
</context>
<context>
    <name>WriteTransaction</name>
    <message>
        <source>The data file is busy or cannot be written: %1</source>
        <translation>数据文件正被占用或无法写入：%1</translation>
    </message>
    <message>
        <source>Internal error in a database statement: %1</source>
        <translation>数据库语句内部错误：%1</translation>
    </message>
    <message>
        <source>The data could not be saved: %1</source>
        <translation>数据未能保存：%1</translation>
    </message>
    <message>
        <source>The audit trail cannot be read: %1</source>
        <translation>无法读取操作记录：%1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The data file cannot be opened</source>
        <translation>无法打开数据文件</translation>
    </message>
    <message>
        <source>%1

You can choose another data file, or quit.</source>
        <translation>%1

您可以选择其他数据文件，或退出程序。</translation>
    </message>
    <message>
        <source>Choose another data file…</source>
        <translation>选择其他数据文件…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Open or create a data file</source>
        <translation>打开或新建数据文件</translation>
    </message>
    <message>
        <source>Data files (*.sqlite);;All files (*)</source>
        <translation>数据文件 (*.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Demo data not loaded</source>
        <translation>未载入演示数据</translation>
    </message>
    <message>
        <source>The demo data could not be loaded: %1

The program starts with an empty data file.</source>
        <translation>无法载入演示数据：%1

程序将以空数据文件启动。</translation>
    </message>
    <message>
        <source>Data file upgraded</source>
        <translation>数据文件已升级</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-Random Inspection System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw specification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (this program reads up to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Access</name>
    <message>
        <source>view and print the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the item list and the registries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create, change and freeze inspection plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>carry out draws and substitutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter inspection results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review inspection results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publish inspection results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may not %1. Ask an administrator if this is part of your work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user with the role %1 may not %2. Ask an administrator if this is part of your work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirm that another user voids a draw</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>Create the administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This data file has no users yet. Create the administrator: they manage the users and the settings, and may do everything else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new password for %1. Tell it to them in person; a lock after failed logins ends too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the password of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>Approval of the inspections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the first visit a leader approves the inspections of plan %1: its items, the entities and the teams the draw gave. Print the 行政检查审批表 for signing, then record the signed approval here. It is recorded once and cannot be changed; no result is recorded before it, and no inspection day lies before its date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 王立新</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 副局长</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of approval:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opinion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the approval form…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the approval?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the approval by %1 (%2) of %3? It cannot be changed afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approval has not been recorded. Discard what you typed and close?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApproveInspectionCommand</name>
    <message>
        <source>record the approval of the plan&apos;s inspections (行政检查审批表), before the first result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The leader who approved (审批人).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approver&apos;s post (职务), e.g. 副局长.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the approval on the signed form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approver&apos;s opinion (审批意见); default: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date %1 is not a date: write it as 2026-03-03.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the inspections of %1 are approved: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditAnchor</name>
    <message>
        <source>The audit trail cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All audit entries were deleted: the trail is empty, but this program has already written or verified entry %1 in this data file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entry %1 and every entry after it were deleted: the trail now ends at entry %2, but this program has already written or verified entry %3 in this data file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entry %1 is not the entry this program wrote or verified under that number: entries up to it were deleted and others written in their place.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <source>The data file was changed outside the program:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check that the audit trail is whole and unaltered, and holds the audit head of each published package given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A website package this data file published: the audit entry its manifest pins must still be in the trail, unchanged (repeat for more packages).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>package %1 (plan %2): audit entry %3 is in the trail, unchanged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recompute every entry&apos;s hash: shows whether any entry was changed, deleted, inserted or reordered outside the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the listed entries to an Excel (.xlsx) or CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object id contains… (code, file name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an entry to see what it changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln entry</numerusform>
            <numerusform>%Ln entries</numerusform>
        </translation>
    </message>
    <message>
        <source>No. %1 · %2 · %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2 (UTC %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail has not been verified yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying the audit trail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Intact ✓ %Ln entries: no entry was changed, deleted, inserted or reordered.</source>
        <translation>
            <numerusform>Intact ✓ %Ln entry: no entry was changed, deleted, inserted or reordered.</numerusform>
            <numerusform>Intact ✓ %Ln entries: no entry was changed, deleted, inserted or reordered.</numerusform>
        </translation>
    </message>
    <message>
        <source>The chain is broken at entry %1 ✗ %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail cannot be verified ✗ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verification was cancelled; the audit trail was not verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries were exported to %1. The export is itself recorded in the audit log.</source>
        <translation>
            <numerusform>%Ln entry was exported to %1. The export is itself recorded in the audit log.</numerusform>
            <numerusform>%Ln entries were exported to %1. The export is itself recorded in the audit log.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing was not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln newer entries are not verified yet (Verify checks them).</source>
        <translation>
            <numerusform>%Ln newer entry is not verified yet (Verify checks it).</numerusform>
            <numerusform>%Ln newer entries are not verified yet (Verify checks them).</numerusform>
        </translation>
    </message>
    <message>
        <source>Check a package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm that a published website package&apos;s audit head is still in this trail with the same hash: a history rewritten or cut after the publication shows here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder of a published website package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package does not agree with the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package agrees with the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The website package of %1, published at %2 (UTC), pinned audit entry %3. That entry is still in the trail with the same hash, and the trail is whole up to it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditQuery</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substitute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return for rework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put on the blacklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take off the blacklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspected entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict of interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy of the data before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit archive of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>object %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>object id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>object id containing “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the newest %1 of %2 entries are printed; export the list for all of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Footer line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm with password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publication key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Witness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen by the computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit code of the entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By credit risk class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shares drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts of the seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed also used by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint of the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint of the draw request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why nothing was drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspector taken off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspector put in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entities in the pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts avoided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entities left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock lifted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working weekend days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint of the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by the previous key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 of the manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publication key no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public number in the seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the inspections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspections of a plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application for recusal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspector asked to step aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the decision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <source>The audit trail cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entry %1 was changed after it was written: its content no longer matches its hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail breaks at entry %1: entries were inserted or reordered here (or this entry&apos;s hash was altered), so it no longer follows the entry before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entry %1 is out of order: it follows entry %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entry %1 is missing: it was deleted (the trail goes from entry %2 to entry %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entries %1 to %2 are missing: they were deleted (the trail goes from entry %3 to entry %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail is empty although the data file holds registries, plans or users: all audit entries were deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AutoBackup</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AutoCode</name>
    <message>
        <source>The automatic codes are used up (the last is %1). Write this record&apos;s code by hand.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>write a copy of the data file (--force replaces OUT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace OUT.sqlite when it exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add --force to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BasicsWizardPage</name>
    <message>
        <source>Step 1 of 6 · The plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is inspected, when, and why (policy §6.1). Everything here can change until the plan is frozen in step 4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2026年民办学校办学行为双随机抽查</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 现场检查、书面检查</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items to inspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plan is frozen: these fields can no longer change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before 下一步: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BlacklistDialog</name>
    <message>
        <source>Put on the blacklist — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take off the blacklist — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 《中华人民共和国民办教育促进法》第六十二条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 昌教执〔2026〕2号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blacklisting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removal from the blacklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blacklisted entities are drawn at a higher ratio (policy §6.3). The entry stays in the entity&apos;s history and credit archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entity is drawn like the others again. The removal stays in its history and credit archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No end date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BlacklistEntry</name>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the entity is put on the blacklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the entity is taken off the blacklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date from which this applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end is before the start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BlacklistRepository</name>
    <message>
        <source>The entity no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already on the blacklist (since %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not on the blacklist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarCommand</name>
    <message>
        <source>%1 holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 make-up working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar has no year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the years of the working-day calendar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <source>Work calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The publication deadline is the %1th working day after an inspection ends (policy §6.4). Working days follow the State Council&apos;s holiday notice of each year: its holidays are days off, its make-up working days (调休上班) are Saturdays or Sundays that are worked. Enter each new year&apos;s notice here, or import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 国务院办公厅关于2027年部分节假日安排的通知</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public holidays (days off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make-up working days (Saturdays and Sundays worked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An inspection ending on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to shipped data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 国庆节</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 国庆节调休上班</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (new, not saved yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (edited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (entered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (shipped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No year yet: add one on the left, or import a calendar file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not saved yet. The year is saved with its first holiday or make-up working day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: edited in this data file (the program ships its own version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: entered or imported in this data file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: as shipped with the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a work calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be imported:

%2

The calendar is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 replaces the version edited in this data file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 replaces the version shipped with the program:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  … and %1 more changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds the calendar as it is already:

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the work calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1 changes the calendar as follows:

%2

Publication deadlines are counted by the new calendar from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the work calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work calendar %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work calendar exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar of %1 was written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar of %1 goes back to the version shipped with the program. The changes made in this data file are dropped:

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program ships no calendar of %1: the year is removed, and deadlines that reach it count Monday to Friday as working days, with a warning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the work calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be published by %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarExportCommand</name>
    <message>
        <source>write a year of the calendar as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the year to this file instead of the standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year, e.g. 2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calendar of %1 written to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarImportCommand</name>
    <message>
        <source>import years of holidays and make-up working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what would change; write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A year of the calendar, or a list of years, as calendar export writes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: replaces the version edited in this data file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: replaces the shipped version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dry run: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported %1 years, %2 changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarOperations</name>
    <message>
        <source>There is no calendar year to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This data file has no calendar of its own for %1: there is nothing to reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no calendar year to export.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarRepository</name>
    <message>
        <source>The shipped calendar %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar of %1 stored in the data file cannot be used; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shipped one applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the year counts as having no calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar of %1 cannot be saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid calendar file: line %2, column %3: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar %1: the field “%2” is unknown (the fields are year, source, holidays and workdays).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar %1: entry %2 of “%3” is not a date with a name, such as {&quot;date&quot;: &quot;2026-10-01&quot;, &quot;name&quot;: &quot;国庆节&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar %1: entry %2 of “%3” has the unknown field “%4” (the fields are date and name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is new: %2 holidays, %3 make-up working days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adds the holiday %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adds the make-up working day %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removes the holiday %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removes the make-up working day %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renames the holiday %1 from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renames the make-up working day %1 from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removes the source “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changes the source to “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CeremonyView</name>
    <message>
        <source>Draw ceremony</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed: %1 of at least %2 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed complete: %1 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draw result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · request hash (SHA-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Esc to close this view.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckPointsEditor</name>
    <message>
        <source>Every point not given: conforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>A checklist has at most %1 points; this one has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check point %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check point %1 repeats point %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what is checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no checklist header: it needs the columns %1 (and may have 序号 and 法律依据).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: a checklist has at most %2 points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, column %2: the point repeats point %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has a checklist header but no points under it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistEditor</name>
    <message>
        <source>Add point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from a spreadsheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xls *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checklist.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The file has %n point(s). They replace the %1 point(s) shown; the item keeps its earlier version when you save.</source>
        <translation>
            <numerusform>The file has %n point. They replace the %1 point shown; the item keeps its earlier version when you save.</numerusform>
            <numerusform>The file has %n points. They replace the %1 points shown; the item keeps its earlier version when you save.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistExportCommand</name>
    <message>
        <source>write an item&apos;s checklist (检查表) as a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item, e.g. JY-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write: .xlsx or .csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no checklist yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n check point(s) of %1 (version %2) written to %3</source>
        <translation>
            <numerusform>%n check point of %1 (version %2) written to %3</numerusform>
            <numerusform>%n check points of %1 (version %2) written to %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecklistImportCommand</name>
    <message>
        <source>make a spreadsheet&apos;s check points the item&apos;s checklist (its next version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item, e.g. JY-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checklist: .xlsx, .xls or .csv with the columns 检查内容 and 检查标准 (序号 and 法律依据 may be there too).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 already has these %n check point(s): nothing changed.</source>
        <translation>
            <numerusform>%1 already has these %n check point: nothing changed.</numerusform>
            <numerusform>%1 already has these %n check points: nothing changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n check point(s) now (version %2).</source>
        <translation>
            <numerusform>%1 has %n check point now (version %2).</numerusform>
            <numerusform>%1 has %n check points now (version %2).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <source>Choose the columns of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file&apos;s column for each field; fields marked * are required. The examples are the first rows of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1: %2 (e.g. %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the file with these columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The columns chosen last time for a file with this header are filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the columns you chose? The file is not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes data: once the data file has users, it needs --user NAME, a user whose role may %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes data: once the data file has users, it needs --user NAME, a user whose role may do this in the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs no data file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also runs while the program has the data file open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Unknown command %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file has no users yet. Create the administrator with shuangsui-cli init --user NAME, or start the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changes data: give --user NAME, with the password in --password-file FILE or in the environment variable SHUANGSUI_PASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file is being used by another program. Please try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: shuangsui-cli [--db FILE] [--lang zh|en] [--user NAME [--password-file FILE]] COMMAND …
       shuangsui-cli help [COMMAND]
</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the messages: zh or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user who logs in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file whose first line is the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This help.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Conflict</name>
    <message>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the inspector who must not inspect the entity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the entity the inspector must not inspect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a reason: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason is &quot;other&quot;: say what the relationship is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The details are longer than 500 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end of the period is before its start; correct one of the two dates.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New conflict of interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit conflict of interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of the inspector&apos;s name or code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of the entity&apos;s name, registry code or credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: spouse is the principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who must not inspect whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason and period</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictPage</name>
    <message>
        <source>Search inspector, entity, credit code or details (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show ended conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or double-click a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conflict no longer applies. It stays on record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts of interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New conflict of interest…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflicts of interest recorded. Record one with “%1” (Ctrl+N), or from an entity or an inspector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must not inspect %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conflict no longer exists. The list is read again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the conflict: %1 must again not inspect %2? Draws keep them apart again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the conflict between %1 and %2? From now on %1 may be drawn to inspect %2. The conflict stays on record and can be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the conflict between %1 and %2 applies again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the conflict between %1 and %2 has ended</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictRepository</name>
    <message>
        <source>The inspector no longer exists; choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entity no longer exists; choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A conflict of interest between %1 and %2 is already recorded for an overlapping period (%3); change that record instead of adding another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conflict of interest could not be read back after saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conflict of interest no longer exists (it may have been changed in another window).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conflict of interest no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictSection</name>
    <message>
        <source>Add conflict of interest…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts of interest (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictTableModel</name>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in force today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreditArchive</name>
    <message>
        <source>The entity no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreditArchiveDialog</name>
    <message>
        <source>Credit archive — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing recorded for this entity yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s), oldest first.</source>
        <translation>
            <numerusform>%n event, oldest first.</numerusform>
            <numerusform>%n events, oldest first.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the credit archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credit archive was written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataBackup</name>
    <message>
        <source>The audit trail in %1 is not intact: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup cannot be written over the data file itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 was written, but it could not be recorded in the audit trail: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the data file itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be copied beside the data file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data was restored, but the restore could not be recorded in the audit trail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user accounts of the data file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 has no user accounts, so no administrator either: once restored, the data would be open to anyone without a login. Choose a backup made after the accounts were set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 has no active administrator account: once restored, no one could manage users, settings or restores. Choose a backup that has an active administrator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataSafety</name>
    <message>
        <source>Open the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a complete copy of the data file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to a backup; the data as it is now is kept beside it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last automatic backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last automatic backup into %1 failed:

%2

Check that the folder can be written, or make a backup now with File → Back up data….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail is broken at entry %1: %2 The data can still be viewed, exported and printed; restore a backup from before the break, or ask the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail is not intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entry %1 is not as it was written:

%2

Someone changed the data file outside this program. The program stays usable; keep this file for the auditor and restore a backup from before the break, or ask the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daily automatic backup could not be written:

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data files (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A complete copy of the data (%1 KB) was saved as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore data from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data files (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore data</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Replace all data with the backup %1?

Its data was last changed on %2; data version %3; %Ln audit entries, verified intact.

The data as it is now is first saved beside the data file, so this can be undone by restoring that copy.</source>
        <translation>
            <numerusform>Replace all data with the backup %1?

Its data was last changed on %2; data version %3; %Ln audit entry, verified intact.

The data as it is now is first saved beside the data file, so this can be undone by restoring that copy.</numerusform>
            <numerusform>Replace all data with the backup %1?

Its data was last changed on %2; data version %3; %Ln audit entries, verified intact.

The data as it is now is first saved beside the data file, so this can be undone by restoring that copy.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data was not restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

The data as it was before is kept in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data of %1 is now in use. The data as it was before is kept in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in again with an account of the restored data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a shuangsui data file (it is not an SQLite database). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file %1 is read-only. Copy it to a folder you may write to, or ask the administrator to allow writing. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file %1 is already open in another shuangsui window. Close that window first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file %1 cannot be locked (the folder may be read-only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file %1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file %1 cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a valid database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was written by a newer version of shuangsui (data version %1; this program knows up to %2). Install the newer program. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upgrading the data to version %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy %1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a shuangsui data file (it is not an SQLite database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is incomplete (the file was cut off; %2 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of shuangsui (data version %2; this program knows up to %3). Install the newer program first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a shuangsui data file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file %1 cannot be replaced: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the data is unchanged; a copy of the file was also kept at %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This data file was made by an earlier version of shuangsui (data version %1) and has been upgraded to data version %2. A copy of the file as it was is kept at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy is incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before upgrading it from data version %1, a copy of it could not be made at %2 (%3). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file %1 does not exist. Nothing was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a shuangsui data file (it is a database of another program). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its structure is not the one shuangsui gives data version %1 (%2). It may have been changed outside the program, to act behind its back; it is not used, and nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not have the structure that shuangsui gives data version %2 (%3). It may have been changed outside the program, to act behind its back; it is not restored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadlineCommand</name>
    <message>
        <source>The last day of the inspection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date: give the last day of the inspection as YYYY-MM-DD, e.g. 2026-09-30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the publication deadline (%1 working days) of an inspection
ending that day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the last day of the inspection with --end.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>fill a new data file with the demo data of 昌黎县</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo data written to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>The data file already holds entities; the demo data goes only into a new, empty file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo file %1 has rejected rows: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file already holds plans; the demo plan goes only into a file with the demo registries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo registry lacks the entities of the demo blacklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo registry lacks item %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo draw has no visits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file already has users; the demo data goes only into a new, empty file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo draw has too few visits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentPrinter</name>
    <message>
        <source>Cannot write %1. Is the folder writable, and the file not open in another program?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n page(s)) was saved as %2.</source>
        <translation>
            <numerusform>%1 (%n page) was saved as %2.</numerusform>
            <numerusform>%1 (%n pages) was saved as %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing was not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving was not recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentsCommand</name>
    <message>
        <source>the plan&apos;s documents (pre-draw sheet, draw sheet, inspection notices, approval form) as
print-ready HTML files in DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder for the files: new or empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the folder for the documents with --out DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 is not empty: give a new or empty folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan %1 is not frozen yet: it has no documents to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan %1 has no standing draw yet: only the pre-draw sheet was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrawCommand</name>
    <message>
        <source>compute a draw (%1); no data file needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the result to this file instead of the standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draw request (draw specification %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 selections, %2 teams; result written to %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrawDocuments</name>
    <message>
        <source>There is no such plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan %1 is not frozen yet: the pre-draw sheet shows the frozen pools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan %1 has no standing draw to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not among the visits of plan %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrawEngine</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough eligible inspectors for %1: a team needs %2, at least %3 of them certified, but after exclusions and load limits %4 are eligible, %5 of them certified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substitution no. %1: there is no team for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substitution no. %1: %2 is not a member of the team for %3 at that point (members: %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substitution no. %1 (team for %2): %3 replaced %4, but nobody is left in the draw order to replace %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substitution no. %1 (team for %2): %3 replaced %4, but the rule gives %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record lists %1, the draw gives %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draw has no team for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why %1 cannot attend: the reason is kept on the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time of the substitution is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a member of the team for %2 (members: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is left in the draw order of the team for %1 to replace %2 while keeping at least %3 certified members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request cannot be drawn: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result has %1 items, but the request has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item no. %1 of the result is %2, but the request&apos;s is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1: the result has %2 strata, but the request has %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1: stratum no. %2 of the result is %3, but the request&apos;s is %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1, stratum %2: selected entity no. %3 is %4 in the record, but the draw gives %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1, stratum %2: the record selects %3 entities, but the draw selects %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team no. %1 is for %2 in the record, but the draw gives %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team for %1, items: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team for %1, members: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team for %1, backups: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record has %1 teams, but the draw gives %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrawJson</name>
    <message>
        <source>The required key %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2: this program implements the draw specification %3 only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 at line %2, column %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file must hold one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 appears twice in %2: at %3 and at %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It begins or ends with white space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It contains the control character U+%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not valid Unicode (a lone surrogate U+%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not in Unicode normalization form C (NFC); compose its characters first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seed is empty: the draw needs the seed rolled by the witnesses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A frozen request has no seed yet, but this one has the seed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item code %1 appears twice: at %2 and at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stratum name %1 appears twice in item %2: at %3 and at %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has both ratioBp and count: give exactly one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has neither ratioBp nor count: give exactly one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.ratioBp must not be negative (it is %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.ratioBp is %2 basis points, more than 100 % (10000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.count must not be negative (it is %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inspector %1 appears twice: at %2 and at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>teams.size is %1, but a team has at least 2 inspectors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>teams.minCertified is %1, but a team has at least 1 certified inspector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>teams.minCertified (%1) is larger than teams.size (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>teams.maxTeamsPerInspector must not be negative (it is %1); 0 means no limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.reason is empty: every exclusion says why (inspector %2, entity %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seed has %1 digits; at least %2 are needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>teams.backupFactor is %1, but the policy draws inspectors at twice the number needed: it must be at least 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.reason is empty: every substitution says why %2 could not attend (entity %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.reason is empty: every voided draw says why it was voided (seed %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seed parts make %1, not the record&apos;s seed %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrawPreparation</name>
    <message>
        <source>The item chosen as no. %1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the item is not in force for the whole inspection period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the pool is empty; nothing will be drawn for this item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough inspectors on duty: a team needs %1, and %2 are available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough certified inspectors: each team needs at least %1 with a certificate valid for the whole period, and %2 have one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough inspectors for up to %1 visits with at most %2 teams each: %3 are needed, %4 are available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough certified inspectors for up to %1 visits with at most %2 teams each: %3 are needed, %4 are available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each team is drawn with its backups, %1 inspectors in all; only %2 are available, so the teams get fewer backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: after the exclusions only %2 inspectors (%3 certified) may inspect it; a team needs %4 (%5 certified).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>For %n entities the exclusions leave fewer inspectors than a team with its backups needs.</source>
        <translation>
            <numerusform>For %n entity the exclusions leave fewer inspectors than a team with its backups needs.</numerusform>
            <numerusform>For %n entities the exclusions leave fewer inspectors than a team with its backups needs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every pool is empty: there is nothing to draw.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrawResultPanel</name>
    <message>
        <source>Print the draw sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the inspection notices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the draw sheet as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the public record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team (rank in the draw order)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file anyone can check with `shuangsui-cli verify`: publish it with the results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plan has no standing draw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1, replaced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Draw %1 of %2: %n visit(s). Seed %3 · request hash %4 · %5 exclusion(s) applied.</source>
        <translation>
            <numerusform>Draw %1 of %2: %n visit. Seed %3 · request hash %4 · %5 exclusion applied.</numerusform>
            <numerusform>Draw %1 of %2: %n visits. Seed %3 · request hash %4 · %5 exclusions applied.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier draw(s) voided (see Record).</source>
        <translation>
            <numerusform>%n earlier draw voided (see Record).</numerusform>
            <numerusform>%n earlier draws voided (see Record).</numerusform>
        </translation>
    </message>
    <message>
        <source>★ = certified on %1 (the day of the draw).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the public record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw record %1.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw records (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public record was written to %1. Anyone can check it with &quot;shuangsui-cli verify&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the pre-draw sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the pre-draw sheet as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspector or entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excluded from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>抽查前公示单: the frozen pools, parameters and request hash, with lines for the witnesses. It can be printed again at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclusions and entities left out: the plan is not frozen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted as not certified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pool of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclusions and entities left out: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclusions and entities left out (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the approval form…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>行政检查审批表: the items, their legal basis, the entities and the teams, for the leader&apos;s approval before the inspections (with the approval once recorded).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspections approved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inspections are not approved yet: print the approval form, and record the signed approval (Approval of the inspections…) before the first result.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Entity</name>
    <message>
        <source>Registry code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principal / legal representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit risk class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blacklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blacklist reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blacklisted from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blacklisted until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is longer than 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a category: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose public (公办) or private (民办).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a status: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credit risk class is A, B, C or D.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the entity is on the blacklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end of the blacklisting is before its start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntityDialog</name>
    <message>
        <source>On the blacklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit entity — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry code is given by the program and never changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18 characters; leave empty if the entity has none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate tags with commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile, or landline such as 0335-1234567</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not in the township list yet; it will be added when you save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not in the township list. Add it to the list and save the entity?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add and save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: choose a township from the list, or agree to add the new one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntityNote</name>
    <message>
        <source>%1: drawn in %2 (period until %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntityPage</name>
    <message>
        <source>Search name, registry code or credit code (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All townships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blacklist: any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the blacklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on the blacklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All risk classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or double-click a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set back to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New entity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entities yet. Add the first one with “%1” (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a record typed in by mistake. An entity that closed is set to %1 instead, so its history stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entity no longer exists. The list is read again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1 (%2) back to %3? It is listed as an active entity again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1 (%2) to %3? It is greyed in the registry and hidden unless “Show inactive” is ticked. Its records are kept, and you can set it back to %4 at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 (%2) from the registry? This cannot be undone. Delete only a record typed in by mistake; an entity that closed is set to %3 instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted: %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blacklist and credit archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put on blacklist…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take off blacklist…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 put on the blacklist: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 taken off the blacklist: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never on the blacklist through the program.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntityRepository</name>
    <message>
        <source>The credit code %1 already belongs to %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry code %1 already belongs to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entity no longer exists (it may have been changed in another window).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry code is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entity no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is referred to by other records and cannot be deleted; set its status to suspended or deregistered instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is named in a frozen draw request by its codes, so its credit code and registry code can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntityTableModel</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>write a registry to FILE.csv or FILE.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write: .csv or .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportFile</name>
    <message>
        <source>%1 cannot be written: %2. Is the folder writable, and the file not open in another program?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Follow-up visit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpVisit</name>
    <message>
        <source>Date of the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date of the follow-up visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least one inspector who made the visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what the visit found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FreezeWizardPage</name>
    <message>
        <source>Freeze the pools and parameters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the pre-draw sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save it as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 4 of 6 · Freeze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freezing fixes the pools and the parameters before anyone knows the seed, so that nobody can change them to get a wanted result. After this, steps 1–3 can no longer change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan cannot be frozen yet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frozen. Request hash:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the pre-draw sheet for the witnesses, then go on to the seed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not frozen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not frozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n visit</numerusform>
            <numerusform>%n visits</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2 visits, as the seed decides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits: %1. Teams of %2 (at least %3 certified), drawn at %4×. Inspectors in the draw: %5 (%6 certified).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a public number drawn after the freeze to the seed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional. The seed then ends with a number nobody can know at the freeze, e.g. the 双色球 drawn on the date given here; the pre-draw sheet names it, and the draw waits for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drawn on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seed ends with the number of %1 drawn on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan %1 will be frozen: its pools, strata, ratios and team rules are stored with their hash and can never change again. Only the witnesses can still be entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its seed will end with the number of %1 drawn on %2: the draw can only be made on that day or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze it now?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>User manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User manual — Double-Random Inspection System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the manual (e.g. witness, void, publish)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No printer was found; save the manual as PDF instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n place(s))</source>
        <translation>
            <numerusform>%1 (%n place)</numerusform>
            <numerusform>%1 (%n places)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>In %n chapter(s)</source>
        <translation>
            <numerusform>In %n chapter</numerusform>
            <numerusform>In %n chapters</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1. Is the folder writable, and the file not open in another program?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the manual as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manual was saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Check the file and say what would change; write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the valid rows even when others are rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ignored columns: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dry run: nothing was written (%1 new, %2 to update, %3 unchanged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was written: correct the rejected rows, or use --skip-invalid to import the valid rows only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the file&apos;s column COLUMN for the field FIELD (its name in the template&apos;s header, e.g. 单位名称, or its key); repeatable. The choice is remembered for files with the same header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file&apos;s columns: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the columns chosen last time for this header: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a column for each missing field with --map FIELD=COLUMN, for example --map %1=%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import a CSV, .xlsx or .xls file; REGISTRY is items, entities,
inspectors, conflicts or townships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV, .xlsx or .xls file to import.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the rejected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been written yet. Rows that are rejected are left out; correct them in the file and import it again: rows already imported then show as unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading and checking %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 rows — %3 new, %4 to update, %5 unchanged, %6 rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns not used: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the %1 valid rows (skip %2 rejected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 new and %2 updated rows were saved; %3 rows were rejected and left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xls *.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems and remarks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <source>create the data file (and its folder); with --user, its
administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The administrator to create in a data file without users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file whose first line is the administrator&apos;s password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>administrator %1 created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data file ready: %1 (data version %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InputGuard</name>
    <message>
        <source>Discard what you typed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectionApprovals</name>
    <message>
        <source>Enter the name of the leader who approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approver&apos;s name must be one line of at most 40 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the approver&apos;s post, e.g. 副局长.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The post must be one line of at most 40 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date of the approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approval (%1) cannot be before the draw (%2): it approves the entities and teams the draw gave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approval date %1 is in the future: record an approval once it is signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the approver&apos;s opinion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The opinion may be at most 500 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draw attempt no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved: carry out the inspections as planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inspections of plan %1 are not approved yet: record the approval (行政检查审批表) first; no result is recorded before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) approved on %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectionItem</name>
    <message>
        <source>Item code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspecting authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum share drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawn at least every (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item code is required (for example JY-01).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item code may have at most 32 characters, without spaces or &apos;|&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is longer than 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No item without a legal basis (§2 of the plan): enter the laws, regulations or rules that allow this inspection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one entity category the item applies to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a category; choose from: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share drawn must be between 5 % (the policy&apos;s minimum) and 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter 1 to 6 months: the policy asks for a draw at least every half year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end of validity is before its start; correct one of the two dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a status: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an ownership; choose from: %2, or leave it empty for both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object types (item class)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 object types.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each object type needs a name of at most 100 characters, and its item class at most 20 characters (&quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>Registry code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Law-enforcement certificate no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate valid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specialties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry code is required (for example ZF-001).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry code may have at most 32 characters, without spaces or &apos;|&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is longer than 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a gender: %1, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a status: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the certificate number, or clear the certificate&apos;s dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate&apos;s end of validity is before its start; correct one of the two dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter each specialty separately; a specialty cannot contain a comma.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID card number %1 is a man&apos;s; check the gender or the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID card number %1 is a woman&apos;s; check the gender or the number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectorDialog</name>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit inspector — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18 characters; optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty if the inspector has no certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate specialties with 、 or commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile, or landline such as 0335-1234567</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Law-enforcement certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectorNote</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: certificate valid %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(open)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectorPage</name>
    <message>
        <source>Search name, registry code or certificate number (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate: any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also list inspectors who are not on duty (on leave, transferred, retired).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or double-click a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New inspector…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No inspectors yet. Add the first one with “%1” (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a record typed in by mistake. Someone who left is given the status transferred or retired instead, so the history stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspector not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This inspector no longer exists. The list is read again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1 (%2) to %3? The inspector can be drawn for teams again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1 (%2) to %3? Only inspectors on duty (%4) are drawn for teams. The record and its history are kept, and you can change the status back at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 (%2) from the registry? This cannot be undone. Delete only a record typed in by mistake; someone who left is given the status transferred or retired instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted: %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certified on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not certified on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the certificate must be valid on: the inspection date, or today.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectorRepository</name>
    <message>
        <source>The registry code %1 already belongs to %2; choose another code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate number %1 is already recorded for %2 (%3); check the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inspector no longer exists (it may have been changed in another window).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inspector no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is referred to by other records (such as a conflict of interest) and cannot be deleted; set the status to transferred or retired instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is named in a frozen draw request, so the registry code can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectorTableModel</name>
    <message>
        <source>Certified today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certified on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New inspection item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit inspection item — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item code never changes: draws and published records refer to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The laws, regulations or rules that allow this inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope and frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving makes version %1 of this item; version %2 and the earlier ones are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public and private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One object type a line, its item class after a colon, e.g.
民办学校：重点
民办幼儿园：一般</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every team checks these points, and records 符合 / 不符合 / 不适用 for each. A plan keeps the checklist it was frozen with.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemPage</name>
    <message>
        <source>Search code, name, legal basis or content (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or double-click a row. Saving keeps the earlier version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set back to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions (newest first) — select one to see the item as it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New inspection item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No inspection items yet. Add the first one with “%1” (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item no longer exists. The list is read again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1 %2 back to %3? It is on the published item list again and can be chosen for new plans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1 %2 to %3? It leaves the published item list and cannot be chosen for new plans. Its versions and the plans that used it are kept, and you can set it back to %4 at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is now %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export list web page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The items in force today as one web page for the bureau&apos;s website (抽查事项清单).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the item list as a web page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item list was written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet (add the check points in the item&apos;s dialog)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemRepository</name>
    <message>
        <source>The item code %1 already belongs to %2; choose another code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item no longer exists (it may have been changed in another window).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an item of a frozen draw request, so its code can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemTableModel</name>
    <message numerus="yes">
        <source>every %n month(s)</source>
        <translation>
            <numerusform>every %n month</numerusform>
            <numerusform>every %n months</numerusform>
        </translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public and private</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockCurtain</name>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-Random Inspection System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program was locked. Enter the password of %1 to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data file: the accounts %1 all have the password %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Double-Random Inspection System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface &amp;language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes the next time the program starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bureau, leadership group and publication…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log out and &amp;switch user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User: %1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Work calendar (holidays and make-up working days)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User &amp;manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publication key (signs the website packages)…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <source>Results not yet handed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans due for publication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectifications past their deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items not yet drawn this half year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draws below the minimum ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blacklisted entities inspected more often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 results not handed in (%4 visits), %5 days after the inspection period ended on %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the deadline %1 has passed: overdue by %2 working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publish by today (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publish by %1, %2 working days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 results not yet published; %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: rectification was due on %3, %4 days ago, and no follow-up visit found it rectified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not drawn in the half year %2 – %3 (%4 days left); the policy asks for a draw of each item at least once every half year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 entities drawn this half year (%4), below the minimum of %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 visits per blacklisted entity (%2 entities), %3 per other entity (%4) in the 12 months since %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not higher, though the policy asks for a higher ratio and frequency for the blacklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate %1 expired on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate %1 expires on %2, in %3 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entities in operation have no unified social credit code; the credit platform&apos;s files need it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 inspectors on duty hold no certificate valid today (%2); they serve only beside a certified member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the website package is out of date: %2 corrected results were published after it, the last on %3; generate it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: all %2 results published, the website package not yet generated; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: all %2 results published, %3 of them after the last website package; %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>a sentence, then a warning</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspections awaiting approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the inspection period began on %2, and the inspections are not approved yet; print the approval form and record the approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: drawn; print the approval form and record the approval before the inspections begin on %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Inspection items in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entities in operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entities on the blacklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspectors on duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certified today (on duty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active conflicts of interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a row to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n to attend to</source>
        <translation>
            <numerusform>%n to attend to</numerusform>
            <numerusform>%n to attend to</numerusform>
        </translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In order</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackageCheck</name>
    <message>
        <source>File %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File %1 is larger than %2 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package has no readable %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a signature (128 hex digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature in %1 does not match %2 and the key %3: the manifest was changed, or it was not signed by this key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest.json names another publication key than the one that signed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a list of results: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result %1 (%2, item %3) is of plan %4, not of the draw&apos;s plan %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result %1: %2 is not a visit of the draw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result %1: item %2 is not drawn for %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result %1: the team of %2 does not stand after the substitutions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no public key (64 hex digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package&apos;s %1 gives no key: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package&apos;s key has the fingerprint %1, not %2: it was not published with the key you trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File %1 of the manifest is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The size of file %1 differs from the manifest (%2 bytes, not %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SHA-256 of file %1 differs from the manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File %1 is not in the manifest (added to the package).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest does not list %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draw record is of plan %1, the manifest of plan %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draw record does not verify: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No publication key of this data file signed the package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package %1 (plan %2, published %3) pins audit entry %4, which the audit trail no longer holds: the history was cut back after the publication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entry %1 is not the one package %2 (plan %3, published %4) pinned: the history up to it was rewritten after the publication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package %1 (plan %2): the audit trail up to its entry %3 does not verify: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackageManifest</name>
    <message>
        <source>manifest.json is larger than %1 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest.json is not a JSON object: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest.json: &quot;%1&quot; is missing or wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest.json is not of the format %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Publication key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the publication key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate the publication key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign and publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passphrases are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Passwords</name>
    <message>
        <source>The password must have at least %1 characters, among them letters and digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %1 characters, with letters and digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored password asks more memory or time than this program ever uses (at most %1 MiB and %2 passes); the data file may have been altered, so the password is not checked. An administrator can set a new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored password is not in the form this program writes; the data file may have been altered, so the password is not checked. An administrator can set a new password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>Plan code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initiating section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection period from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection period to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidentiality requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use of the results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspectors per team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certified members per team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams per inspector at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not again within (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Witnesses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan code is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan code is longer than 60 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title is longer than 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the section that initiates the plan (policy §6.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item is chosen twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start of the inspection period is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end of the inspection period is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end of the inspection period is before its start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team has at least 2 inspectors (policy §4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team has at most %1 inspectors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least 1 member of each team holds a valid law-enforcement certificate (policy §4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certified members (%1) cannot outnumber the team (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspectors are drawn at twice the number needed at least (policy §6.2): the backup factor is at least 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup factor is at most %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of teams per inspector cannot be negative; 0 means no limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The months without a new inspection are between 0 (off) and %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every witness has a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name %1 is longer than 50 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed twice among the witnesses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the role of %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown plan status %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The strata do not match the choice with or without risk classes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either a ratio or a fixed number for %1, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ratio of %1 is between 0 and 100%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number drawn from %1 cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanArguments</name>
    <message>
        <source>The plan&apos;s code (see plans).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit&apos;s number in the standing draw (第 N 家, from 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code of the inspected item, e.g. JY-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the visit with --visit N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--visit wants the visit&apos;s number, from 1 (given: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no plan %1: `plans` lists the plans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan %1 has no standing draw, so it has no visits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The plan %1 has no visit No. %2: its standing draw has %n visit(s).</source>
        <translation>
            <numerusform>The plan %1 has no visit No. %2: its standing draw has %n visit.</numerusform>
            <numerusform>The plan %1 has no visit No. %2: its standing draw has %n visits.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanDraw</name>
    <message>
        <source>There are no seed digits yet: the witnesses roll the dice, or the computer draws digits (机选).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown source of seed digits: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which witness rolled the digits %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not among the plan&apos;s witnesses; add the witness first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The digits rolled by %1 are missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The computer&apos;s digits are missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The digits rolled by %1 may only be 0 to 9 (found %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The computer&apos;s digits may only be 0 to 9 (found %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan %1 is already frozen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan %1 cannot be frozen yet:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored result cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze the plan %1 before the seed is rolled: the pools are fixed first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan %1 is already drawn; void its draw with a reason before a new seed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt %1 (seed %2) stands; void it with a reason before a new seed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt %1 (seed %2) has its seed but no result yet; draw it, or void it with a reason, before a new seed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draw attempt no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt %1 was voided (%2); it is not drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The frozen request of plan %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The frozen request of plan %1 no longer matches its hash %2; the draw is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draw failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the draw is voided: the reason stays on the record and on every printout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt %1 is already voided (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inspections of plan %1 have begun; its draw can no longer be voided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt %1 has not been drawn yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The frozen request cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt %1 was voided; its teams no longer stand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan %1 is %2: inspectors are substituted only after the draw and before the inspections are completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan %1 has no standing draw yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A second user must confirm the void: a reviewer (审核员) or an administrator (管理员) other than you enters their user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This seed was already used in draw attempt %1, which was voided (%2). The same seed gives the same draw again: roll new digits, or add machine-picked digits (机选).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This seed was already used in draw attempt %1. The same seed gives the same draw again: roll new digits, or add machine-picked digits (机选).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (attempt %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plan named no public number when it was frozen: a part from %1 cannot be in its seed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan named the number of %1 drawn on %2 when it was frozen, not that of %3 on %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public number comes last in the seed, after the witnesses&apos; and the computer&apos;s digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of %1 drawn on %2 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of %1 may only hold the digits 0 to 9 (found %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan named the number of %1 drawn on %2 when it was frozen: it is the seed&apos;s last part; enter it as published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the public source of the number, e.g. 中国福利彩票“双色球”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public source&apos;s name must be one line of at most 60 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date on which the public number is drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public number must be drawn after the plan is frozen, so that nobody knows it now: choose a date after %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public number may only hold the digits 0 to 9, with spaces or + between the numbers (found %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of %1 is drawn on %2: enter it, and draw, on that day or later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanItemScope</name>
    <message>
        <source>The strata are %1, in this order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either a ratio or a fixed number for %1, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ratio of %1 is %2; it can be at most 100%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ratio of %1 is %2; the policy asks for at least 5% of the pool (§6.3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ratio of %1 is %2; this item asks for at least %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ratio of %1 is %2, below the %3 of %4; a higher-risk stratum is drawn at no lower a ratio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number drawn from %1 cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fixed number of %1 for %2 is too small: %3 of its %4 entities is %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An undirected draw has no conditions: choose a directed draw, or clear the conditions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A directed draw names at least one condition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown category %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not among the categories of this item (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown ownership %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the townships from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag condition cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanOperations</name>
    <message>
        <source>The plan no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no seed waiting for its draw: the witnesses&apos; seed comes first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no draw attempt to void.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the password of %1, who confirms the void.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot confirm your own void: a second user, a reviewer (审核员) or an administrator (管理员), enters their user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has the role %2 and may not confirm a void: a reviewer (审核员) or an administrator (管理员) confirms it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan has no standing draw result.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanRepository</name>
    <message>
        <source>The plan code prefix has 1 to 20 characters, without spaces, brackets 〔〕 or &apos;|&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plans cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan code %1 already belongs to the plan %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new plan starts as a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan no longer exists (it may have been changed in another window).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan %1 is %2: %3 can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown plan status %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan %1 is frozen by storing its draw request; freeze it from the wizard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan %1 has no draw result yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draw of plan %1 stands; void it with a reason to draw again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan %1 is %2 and cannot become %3: a plan only moves forward, one step at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan %1 is %2; only a draft can be deleted. Its record is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year&apos;s plan numbers are used up. Write the plan&apos;s number by hand.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanRules</name>
    <message>
        <source>change the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>freeze the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter a seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>carry out the draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>void the draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>substitute an inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publish the plan (website package)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan is %1: results have been recorded, so its draw can no longer be voided. A wrong result is corrected with a new version; a member who cannot attend is substituted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan is %1: every result is published, so no team changes any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan is %1: one can %2 only while it is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A seed is already stored and waits for its draw: carry out the draw, or void that attempt first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last attempt was refused by the draw: void it (with the reason) before a new seed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no seed waiting for its draw: the witnesses&apos; seed comes first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no draw attempt to void.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan has no standing draw result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result of visit No. %1 (%2) for item %3 is published: the team that inspected never changes. If the members present were recorded wrongly, correct the result with a new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result of visit No. %1 (%2) for item %3 has been submitted for review: the team can no longer change. If the members present were different, have the result returned and edit it, or correct it with a new version after it is published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record the approval of the inspections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan is %1: its inspections have started, so an approval is no longer recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inspections of this draw are already approved; an approval is recorded once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanStatuses</name>
    <message>
        <source>A plan that is %1 cannot become %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <source>Plan created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pools and parameters frozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substitution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← All plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substitutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A member who cannot attend is replaced by the first backup of the team in draw order with whom the team still has its certified members; when no backup is left, by the next inspector of the draw order (policy §6.2). The reason is recorded and printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 因病住院</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace this member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member who cannot attend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot attend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substitutions so far:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void the standing draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the draw is voided (required; printed on every sheet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every draw attempt, voided ones included:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan&apos;s audit trail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. %1  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n visit</numerusform>
            <numerusform>%n visits</numerusform>
        </translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why %1 cannot attend: the reason is recorded and printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will be replaced in the team for %2 by the rule of the draw, with the reason &quot;%3&quot;. The substitution is recorded and cannot be undone. Go ahead?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No substitution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 replaces %2: the first backup in draw order (no. %3) with whom the team keeps its certified members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 replaces %2: no backup was left, so the next inspector of the draw order (no. %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the draw is voided: the reason stays on the record and on every printout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the website package of this plan: the results and draw announcements, the item list, the draw record with its verify page, and the files for the credit platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Write the website package of %1 with %n published result(s) into %2? The publication is recorded with the fingerprint (SHA-256) of every file.</source>
        <translation>
            <numerusform>Write the website package of %1 with %n published result into %2? The publication is recorded with the fingerprint (SHA-256) of every file.</numerusform>
            <numerusform>Write the website package of %1 with %n published results into %2? The publication is recorded with the fingerprint (SHA-256) of every file.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the website package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The website package was written to %1. Open the folder?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose or create an empty folder for the website package</source>
        <translation></translation>
    </message>
    <message>
        <source>Draw voided, confirmed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3, confirmed by %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package is signed with the publication key %1. Enter its passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval of the inspections…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>行政检查审批: print the approval form for the leader, then record the signed approval. Results are recorded once it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application for recusal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>被检查人申请回避: the inspected party asks that this member steps aside; record the application and the decision (granted, the draw&apos;s rule picks the replacement).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanWizard</name>
    <message>
        <source>Pool %1 → draw %2 (%3%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New inspection plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection plan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the plan as a draft?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This step has changes that are not saved yet. Save them in the draft plan (it can be opened again from the plan list), or discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard what you typed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you typed in this step has not been saved. Discard it and close the plan?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlansCommand</name>
    <message>
        <source>list the plans: code, tab, title, tab, status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message>
        <source>Search plan code or title (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initiating section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a plan or press Enter to open it: a plan not yet drawn opens in the wizard where it was left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New inspection plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plans yet. Press &quot;New inspection plan…&quot; to start one: the wizard leads through the draw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n plan(s)</source>
        <translation>
            <numerusform>%n plan</numerusform>
            <numerusform>%n plans</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>Print preview — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No printer was found; save the document as a PDF instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a printer to print; to keep the document as a file, use “Save as PDF…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Publication</name>
    <message>
        <source>There is no such plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan %1 has no standing draw to publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan %1 has no standing draw to publish: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists and is not an empty folder: choose a new folder for the package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write into %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verify page template is missing from the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the publication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot replace the empty folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot rename the package folder to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PublicationKeyCreateCommand</name>
    <message>
        <source>The passphrase file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file whose first line is the passphrase of the publication key (else the environment variable %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create the publication key of the data file (administrator), protected by a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publication key created; fingerprint: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PublicationKeyDialog</name>
    <message>
        <source>&amp;Create the key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rotate the key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publication key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every website package is signed with this data file&apos;s publication key (manifest.sig). With the fingerprint below, anyone can check that a package comes from the bureau and was not changed (shuangsui-cli verify-package, docs/publication-package.md). The secret part is kept in the data file only encrypted with the administrator&apos;s passphrase, which is stored nowhere: keep it safe; without it nothing can be published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The packages are signed with this key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No publication key yet: the administrator creates it once, before the first publication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the passphrase that protects the key (at least %1 characters). Whoever publishes needs it; it cannot be recovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key was not created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The publication key was created. Its fingerprint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current key is retired and a new one made; the new public key is signed by the old key in the audit log. Packages published before keep the old key&apos;s signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key was not rotated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key rotated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new publication key&apos;s fingerprint: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PublicationKeyOperations</name>
    <message>
        <source>A publication key is already in force (fingerprint %1): rotate it rather than create another.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PublicationKeyRotateCommand</name>
    <message>
        <source>retire the publication key and create the next one, signed by the old key (administrator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publication key rotated; new fingerprint: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PublicationKeyShowCommand</name>
    <message>
        <source>show the publication key that signs the website packages: its fingerprint and public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fingerprint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public key (Ed25519, hex): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created: %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PublicationKeys</name>
    <message>
        <source>The cryptography library cannot be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key cannot be derived from the passphrase (not enough memory).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The publication key cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored publication key is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The publication key was changed meanwhile; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No publication signing key has been created yet: an administrator creates it in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase of the publication key is wrong; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase of the publication key must have at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PublishCommand</name>
    <message>
        <source>website package of %1 written to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the plan&apos;s website package (pages, record, verify
page, results as .xlsx, CSV and JSON) into the new DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder to make for the package; it must be new or empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the folder for the package with --out DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the passphrase of the publication key in --passphrase-file FILE or in the environment variable SHUANGSUI_PUBLICATION_PASSPHRASE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An administrator creates it with: shuangsui-cli --db FILE --user NAME publication-key create</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordCommand</name>
    <message>
        <source>the published record of a plan&apos;s draw; .html writes the
browser verify page with the record inside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the record to this file (.json), or the verify page with the record inside (.html).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan&apos;s code (see plans).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no plan %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published record of %1 written to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard what you typed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you typed in this form has not been saved. Discard it and close the form?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecusalCommand</name>
    <message>
        <source>the inspected party asks that a member step aside (申请回避): the application and
the decision; granted, the draw&apos;s rule picks the replacement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code of the member the party asks to step aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason the party gave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>granted (准予回避) or refused (不予回避).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who decided, e.g. 王立新（副局长）.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the member the party asks to step aside with --inspector CODE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the decision with --decision granted or --decision refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 %2 is not a date: write it as 2026-03-03.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visit No. %1 (%2): the application against %3 is granted; %3 is replaced by %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visit No. %1 (%2): the application against %3 is refused and recorded; the team stays</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecusalDialog</name>
    <message>
        <source>Granted (准予回避): the draw&apos;s rule picks the replacement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused (不予回避): the team stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application for recusal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inspected party %1 asks that %2 steps aside. Record the application and the decision on it; both are recorded once and cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 与本单位负责人系近亲属</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 王立新（副局长）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the application:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason given:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse the application against %1? The team stays; the application and the decision are recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the decision?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application against %1 is granted: %2 takes the place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application against %1 is refused and recorded; the team stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application has not been recorded. Discard what you typed and close?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant the application against %1? The draw&apos;s rule replaces %1 in the team; the application&apos;s reason becomes the substitution&apos;s reason, printed on the draw sheet and published with the draw record. This is recorded and cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Recusals</name>
    <message>
        <source>Enter the date of the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application (%1) cannot be before the draw (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application date %1 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the reason the party gave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason must be one line of at most 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter who decided on the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who decided must be one line of at most 40 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date of the decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision (%1) cannot be before the application (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision date %1 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistryArguments</name>
    <message>
        <source>items, entities, inspectors, conflicts or townships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a registry: give items, entities, inspectors, conflicts or townships.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file name must end in .csv or .xlsx (Excel workbook).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistryCheck</name>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the data file but no audit entry ever added it: it was added outside the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the audit log but no longer in the data file: it was deleted outside the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, field %2: the audit log says &quot;%3&quot;, the data file holds &quot;%4&quot;: it was changed outside the program.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistryImport</name>
    <message>
        <source>&quot;%1&quot; is not one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (write it as 2026-03-01).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same township as row %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The category is required (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public (公办) or private (民办) is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The township %1 is new and will be added to the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write 是 or 否.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credit code %1 already appears in row %2 of this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry code %1 already appears in row %2 of this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry code %1 belongs to another entity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no known category; the item applies to all categories. Check it after the import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a ratio (write it as 5%).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the number of months, at most 6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same item as row %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was stored by Excel as a number and its last digits are lost. Format the column as text and export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same inspector as row %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No inspector %1 in the inspector registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entity %1 in the entity registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same conflict as row %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>townships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inspection items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inspectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflicts of interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No header row was found in the first rows of the file. The %1 file needs a header row with at least the columns: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header (row %1) lacks the required column(s): %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has a header but no data rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: %2 Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The category &quot;%1&quot; says %2, but this column says %3: correct one of the two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no ownership column; taken from %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows %1 are one item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column was chosen for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; was chosen for both %2 and %3: a column can fill one field only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no field &quot;%2&quot;. Its fields are: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--map %1: write it as FIELD=COLUMN, for example --map %2=%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--map %1: %2 has no field &quot;%3&quot;. Its fields are: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--map %1: the column&apos;s name is missing after &quot;=&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--map %1: %2 was given a column twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header (row %1) has no column &quot;%2&quot; (chosen for %3). Its columns are: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 gives %2 as &quot;%3&quot;; the item keeps row %4&apos;s &quot;%5&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistryOperations</name>
    <message>
        <source>%1 is referred to by other records (conflicts of interest, plans), so it cannot be deleted. Deactivate it instead: set it to %2 or %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is referred to by other records (conflicts of interest, draws), so the record cannot be deleted. Change the status instead (transferred or retired).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no item %1 in the item list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistryPage</name>
    <message>
        <source>Show inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a row to see all its details here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln record</numerusform>
            <numerusform>%Ln records</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing matches the search and filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated records are hidden; tick “Show inactive” to list them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: %1. The current search and filters do not show it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read rows from an Excel (.xlsx) or CSV file; you see every row&apos;s result before anything is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the whole list to an Excel (.xlsx) or CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty Excel file with the right column headings, to fill in and import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a blank template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template was saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rows were exported to %1.</source>
        <translation>
            <numerusform>%n row was exported to %1.</numerusform>
            <numerusform>%n rows were exported to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReindexCommand</name>
    <message>
        <source>build the entity search index again (after the data file was changed outside the program)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The entity search index was built again: %n entities.</source>
        <translation>
            <numerusform>The entity search index was built again: %n entity.</numerusform>
            <numerusform>The entity search index was built again: %n entities.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreCommand</name>
    <message>
        <source>check IN, keep the current data beside it, then put IN&apos;s
data in its place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup whose data replaces the current data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data as it was before is kept in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultCommand</name>
    <message>
        <source>Give the inspected item with --item CODE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit No. %1 (%2) does not inspect the item %3; its items: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visit No. %1 (%2), item %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultDialog</name>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the result — %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result — %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) · item %3 · plan %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (certified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 昌教罚立〔2026〕3号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The published version stays on the record; this correction becomes a new version and is reviewed and published like the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned by %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note — %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check points (检查表)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conclusions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultFile</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON: line %2, column %3: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must hold one object with the fields of the result, {&quot;inspectedFrom&quot;: …}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the field “%2” is unknown; the fields are %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the field “%2” (%3) is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the field “%2” (%3) %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD, e.g. 2026-03-10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of inspector codes, e.g. [&quot;ZF-003&quot;, &quot;ZF-007&quot;].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of results, e.g. [&quot;未发现问题&quot;].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a text in quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of conclusions, e.g. [{&quot;number&quot;: 1, &quot;outcome&quot;: &quot;符合&quot;}, {&quot;number&quot;: 2, &quot;outcome&quot;: &quot;不符合&quot;, &quot;note&quot;: &quot;未公示收费标准&quot;}].</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultOperations</name>
    <message>
        <source>The result no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the result is returned, so that the clerk knows what to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only submitting, approving and publishing act on many results at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultRecordCommand</name>
    <message>
        <source>record the result of a visit × item from a JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result&apos;s fields as JSON: inspectedFrom, inspectedTo, members, categories, findings, followUp, caseNumber, rectifyBy, remarks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the result&apos;s file with --file RESULT.json.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultRepository</name>
    <message>
        <source>The result of %1 for item %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan has no standing draw, so it has no visits to record results for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a visit of the plan&apos;s standing draw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 is not inspected in the visit to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A result is already recorded for %1, item %2; edit it or record a correction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the latest version of a result can be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 and can no longer be edited: only an entered or returned result can be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 and cannot be submitted for review: only an entered or returned result can be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 and cannot be approved: only a result awaiting review can be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 and cannot be returned: only a result awaiting review can be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 and cannot be published: only a reviewed result can be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the result is returned, so that the clerk knows what to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2: only a published result is corrected by a new version; until then it is edited or reviewed as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up visit (%1) cannot be before the inspection (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no inspector %1 in the registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files can be attached only when the data is kept in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 could not be copied beside the data file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already attached to this result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 could not be stored beside the data file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attached file %1 is no longer beside the data file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attached file %1 is recorded outside the attachments folder %2; it is not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attached file %1 was changed after it was attached (its SHA-256 differs); it is not opened. Use Check files to see which files changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a program or a script, or could run one: it is not opened from here. Open its folder to see the file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultStates</name>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record a result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submit the result for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>return the result for rework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publish the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>correct the result with a new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record a follow-up visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attach a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No result has been recorded for this visit and item yet: record it first (%1 is not possible).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result is published (已公示) and is never changed: to change it, correct it with a new version and a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result is awaiting review (待审核): it can be changed again only after a reviewer returns it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result has been approved (已审核): it can no longer be changed or returned; after it is published it can be corrected with a new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A result for this visit and item is already recorded (%1): edit or correct it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A result that is %1 does not allow this: to %2 it must be %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultStepCommand</name>
    <message>
        <source>submit the result of a visit × item for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve a result submitted for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>return a result submitted for review to the clerk, with
the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the clerk is to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publish an approved result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No result of this visit × item is recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultVersion</name>
    <message>
        <source>Inspected from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspected until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectify by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date of the inspection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the last day of the inspection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day of the inspection is before its first day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown result: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be combined with another result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe what was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the follow-up measure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problem was found, so the follow-up measure is &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectification was ordered, so the follow-up measure is &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the number of the case opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the deadline for the rectification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadline for the rectification must be after the inspection (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a member of the team of this visit: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %1 members of the team must have been present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one member present must hold a law-enforcement certificate valid on the inspection dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the published result is corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is after today (%2): record a visit once it has taken place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is before the plan&apos;s draw (%2): nobody knew whom to visit before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside the plan&apos;s inspection period (%2 to %3); it can be saved if the visit slipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is before the approval of the inspections (%2): an inspection starts once it is approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item has no checklist in this plan, so no check points can be recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checklist has points 1 to %1; there is no point %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point %1 has two conclusions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point %1 (%2): choose %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point %1: the note has at most %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point %1 (%2) has no conclusion: give one for every point of the checklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A check point does not conform, so the result must say a problem was found (not %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point %1 %2: does not conform.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultVersionDialog</name>
    <message>
        <source>Result version %1 — %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) · item %3 · plan %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An earlier version: version %1 is the newest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultWizardPage</name>
    <message>
        <source>Step 6 of 6 · The result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the draw sheet for the witnesses to sign, print the inspection notices, and export the public record for the website.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. %1  %2
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the result in the ceremony view (投屏)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsCommand</name>
    <message>
        <source>list the results of a plan: visit, tab, entity, tab, item,
tab, state, tab, members present</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record result…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add follow-up visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is returned (required to return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 visit items · %2 published · %3 not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit result…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a visit and item to record its result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · item %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 · %2 · recorded %3 by %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · correction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · reviewed %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · last returned with: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · published %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the result is returned, so that the clerk knows what to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result of %1 for item %2 will be published. A published result is never changed: a mistake can only be corrected by a new version with a reason. Publish?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos and documents (*.jpg *.jpeg *.png *.pdf *.doc *.docx *.xls *.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every attached file is there and unchanged (SHA-256 checked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: changed since it was attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a version to see it as it was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select several rows (Ctrl or Shift) to submit, approve or publish them together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded, entered or returned: the visits whose results are still to be submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit selected for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n visit items selected: submit, approve or publish acts on those that allow it.</source>
        <translation>
            <numerusform>%n visit item selected: submit, approve or publish acts on those that allow it.</numerusform>
            <numerusform>%n visit items selected: submit, approve or publish acts on those that allow it.</numerusform>
        </translation>
    </message>
    <message>
        <source>only an entered or returned result can be submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a result awaiting review can be approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a reviewed result can be published</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s)</source>
        <translation>
            <numerusform>%1: %n row</numerusform>
            <numerusform>%1: %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the selected rows will be skipped (%1):</source>
        <translation>
            <numerusform>%n of the selected rows will be skipped (%1):</numerusform>
            <numerusform>%n of the selected rows will be skipped (%1):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %n selected rows can be changed this way (%1):</source>
        <translation>
            <numerusform>The %n selected row cannot be changed this way (%1):</numerusform>
            <numerusform>None of the %n selected rows can be changed this way (%1):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Submit %n result(s) for review?</source>
        <translation>
            <numerusform>Submit %n result for review?</numerusform>
            <numerusform>Submit %n results for review?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Submit %n</source>
        <translation>
            <numerusform>Submit %n</numerusform>
            <numerusform>Submit %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approve %n result(s)?</source>
        <translation>
            <numerusform>Approve %n result?</numerusform>
            <numerusform>Approve %n results?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approve %n</source>
        <translation>
            <numerusform>Approve %n</numerusform>
            <numerusform>Approve %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Publish %n result(s)? A published result is never changed: a mistake can only be corrected by a new version with a reason.</source>
        <translation>
            <numerusform>Publish %n result? A published result is never changed: a mistake can only be corrected by a new version with a reason.</numerusform>
            <numerusform>Publish %n results? A published result is never changed: a mistake can only be corrected by a new version with a reason.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Publish %n</source>
        <translation>
            <numerusform>Publish %n</numerusform>
            <numerusform>Publish %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n result(s)…</source>
        <translation>
            <numerusform>%1: %n result…</numerusform>
            <numerusform>%1: %n results…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) submitted for review.</source>
        <translation>
            <numerusform>%n result submitted for review.</numerusform>
            <numerusform>%n results submitted for review.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) approved.</source>
        <translation>
            <numerusform>%n result approved.</numerusform>
            <numerusform>%n results approved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) published.</source>
        <translation>
            <numerusform>%n result published.</numerusform>
            <numerusform>%n results published.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected row(s) skipped (%1):</source>
        <translation>
            <numerusform>%n selected row skipped (%1):</numerusform>
            <numerusform>%n selected rows skipped (%1):</numerusform>
        </translation>
    </message>
    <message>
        <source>Not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the result of %1 for item %2?

Inspected: %3 – %4
Result: %5
Follow-up: %6
Findings: %7

Once approved, the result can be published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the on-site record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>现场检查笔录 of this visit: the team, the rights told, each item&apos;s checklist — blank for the pen, or with what the results recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application for recusal of %1 (%2): %3, %4 on %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1 came in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemaCheck</name>
    <message>
        <source>table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extra %1 %2 on table %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extra %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 differs from ours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its schema cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the schema of data version %1 could not be built to compare it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScopeEditor</name>
    <message>
        <source>Undirected: every active entity of the item&apos;s categories. Directed: only those that meet all the conditions below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions of the directed draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags separated by commas; any one of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw by credit risk class (A, B, C, D), higher risk at higher ratios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share drawn from each stratum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in the pool → %2 drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%n left out: inspected recently)</source>
        <translation>
            <numerusform>(%n left out: inspected recently)</numerusform>
            <numerusform>(%n left out: inspected recently)</numerusform>
        </translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScopeWizardPage</name>
    <message>
        <source>Step 2 of 6 · Who may be drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each item: the pool of entities and the share drawn from each stratum. The counts follow your changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>In all: %n visit(s) (an entity drawn by several items is visited once).</source>
        <translation>
            <numerusform>In all: %n visit (an entity drawn by several items is visited once).</numerusform>
            <numerusform>In all: %n visits (an entity drawn by several items is visited once).</numerusform>
        </translation>
    </message>
    <message>
        <source>In all: %1 to %2 visits, as the seed decides (an entity drawn by several items is visited once).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeedWizardPage</name>
    <message>
        <source>Step 5 of 6 · Witnesses and the random seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each witness rolls the dice and their digits are typed in, or the computer picks digits (机选). At least %1 digits in all. The draw is computed once, when you press Draw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Witnesses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dice digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a witness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine pick (机选)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds %1 digits from the computer&apos;s secure random source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No machine-picked digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the ceremony view (投屏)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>digits as rolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the name of the witness who rolled %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed %1 was stored on %2 but not drawn yet; press Draw to compute it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n digit(s): the seed is complete.</source>
        <translation>
            <numerusform>%n digit: the seed is complete.</numerusform>
            <numerusform>%n digits: the seed is complete.</numerusform>
        </translation>
    </message>
    <message>
        <source>The seed %1 will be stored and the draw of plan %2 computed from it. The result is final: drawing again needs this draw voided with a reason, and both stay on the record. Draw now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
The attempt stays on the record; void it on the plan&apos;s Record tab before a new seed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No witness is entered. The policy invites witnesses (NPC deputies, CPPCC members, the media) to watch the draw; without one, the draw sheet says 无见证人 instead of their signature lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same seed was used by %1; allowed, since another plan&apos;s pools give another draw, and noted on the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No witness is entered: the draw sheet will say 无见证人.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as published, e.g. 03 09 14 22 27 31 + 08</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of %1 drawn on %2 (last part of the seed):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>The password file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the password of %1 in a file (--password-file FILE) or in the environment variable SHUANGSUI_PASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>The bureau&apos;s name is required: it heads every page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name has at most 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days before a late result turns yellow: 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days before a late result turns red: more than the yellow days, at most %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups kept: 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after idle time: 0 (never) to %1 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Name the inspectors of each team in the published draw announcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bureau (headers and signatures of printed and published pages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bureau name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leadership group (领导小组, policy attachment 4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leader:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deputy leaders
(one per line):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members
(one per line):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publication, overview and backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late results turn yellow after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and red after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backups kept:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the program after idle time:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <source>Published results only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count only results already published, as the website shows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export .xlsx…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export web page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draws count in the half year in which the plan&apos;s inspection period starts. The share is the entities drawn over the pool; each draw must take at least 5 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share drawn per item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 % floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All half years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the statistics as a web page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubstituteCommand</name>
    <message>
        <source>a member of a visit&apos;s team cannot attend: the draw&apos;s rule
picks the replacement (递补)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code of the member who cannot attend, e.g. ZF-003.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the member cannot attend (it is published with the record).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the member who cannot attend with --inspector CODE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visit No. %1 (%2): %3 is replaced by %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubstitutionOperations</name>
    <message>
        <source>The plan no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standing draw has no visit of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a member of this visit&apos;s team now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan has no standing draw.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableHeader</name>
    <message>
        <source>%1 (duplicate column)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableReader</name>
    <message>
        <source>Reading the file was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too large to import (%1 MiB; at most %2 MiB). Split it into smaller files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a PDF document, not a table. Choose the spreadsheet the data came from, saved as an Excel workbook (.xlsx) or as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a table this program can read: it is neither an Excel workbook (.xlsx) nor a text (CSV) file. Choose the right file, or open it in Excel or WPS and save it as .xlsx or CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too large to import (at most %1 MiB). Split it into smaller files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is a web page or an XML spreadsheet saved under a spreadsheet name, not an Excel workbook or a CSV file. Open it in Excel or WPS and save it as an Excel workbook (.xlsx) or as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not in UTF-8 and this computer cannot read the Chinese GB18030 (GBK) encoding. Save the file from Excel as &quot;CSV UTF-8&quot; or as .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: a cell opened with a quotation mark (&quot;) is never closed, so the rest of the file cannot be read. The file is damaged or not a proper CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too large to import (more than %L1 cells). Split it into smaller files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file contains no data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file looks like an Excel workbook (.xlsx) but is damaged or incomplete, so it cannot be read. Open it in Excel or WPS, save it again and import the saved file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook is too large to import (more than %1 MiB of data once unpacked). Split it into smaller files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet is too large to import (more than %L1 cells). Split it into smaller files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook is protected with a password. Open it in Excel or WPS, remove the password and save it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the file %1: it does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an Excel binary workbook (.xlsb). Open it in Excel and save it as an Excel workbook (.xlsx) or as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an OpenDocument spreadsheet (.ods). Open it in WPS, LibreOffice or Excel and save it as an Excel workbook (.xlsx) or as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an Office document but not an Excel workbook. Choose the spreadsheet file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is a ZIP archive, not an Excel workbook (.xlsx). Choose the spreadsheet file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook has no worksheet with cells (only chart sheets, or it is damaged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worksheet &quot;%1&quot; of the workbook is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, column %2: the cell holds %L3 characters, more than an Excel cell can hold (%L4). The file is damaged or was not written by a spreadsheet program; check that cell and save the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worksheet repeats too much text: its cells name the same shared texts or merged cells for more than %L1 characters in all. A normal table does not; the file is damaged or was made to be too large. Save it again from Excel or WPS, or split it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worksheet merges the cells %1 twice. Excel calls such a file damaged: open it in Excel or WPS, let it repair the file, save it and import the saved file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worksheet has merged cells that overlap: %1 and %2. Excel calls such a file damaged: open it in Excel or WPS, let it repair the file, save it and import the saved file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, column %2: the cell holds over %L3 characters, more than an Excel cell can hold (%L4). The file is damaged or was not written by a spreadsheet program; check that cell and save the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workbook is in the format of Excel 5.0/95 or older, which this program cannot read. Open it in Excel or WPS and save it as an Excel workbook (.xlsx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an Office document (such as a Word or PowerPoint file) but not an Excel workbook. Choose the spreadsheet file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file looks like an Excel 97–2003 workbook (.xls) but is damaged or incomplete, so it cannot be read. Open it in Excel or WPS, save it again and import the saved file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the file in Excel or WPS, save it as an Excel workbook (.xlsx) and import that: long texts are read whole from .xlsx files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook holds a text of %L1 characters that cannot be read whole from an Excel 97–2003 file (.xls). %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worksheet &quot;%1&quot;, row %2, column %3: the text of %L4 characters cannot be read whole from an Excel 97–2003 file (.xls). %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worksheet &quot;%1&quot;, row %2, column %3: the date is after 9999-12-31 (Excel shows #####); it is not a real date. Correct that cell and save the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook holds too many dates to read from an Excel 97–2003 file (.xls) in reasonable time. Open it in Excel or WPS, save it as an Excel workbook (.xlsx) and import that.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableWriter</name>
    <message>
        <source>Cannot save %1: %2. If the file is open in Excel or WPS, close it and export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many rows for one Excel sheet (%L1; Excel allows %L2). Export to CSV instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many columns for one Excel sheet (%L1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write in the folder %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the Excel workbook %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, column %2 holds more text than an Excel cell can (%L3 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write row %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export to &quot;%1&quot;: the file name must end in .xlsx (Excel workbook) or .csv.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamWizardPage</name>
    <message>
        <source>Step 3 of 6 · Inspection teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each team has at least 2 inspectors, at least 1 of them certified; inspectors are drawn at twice the number needed, the others are backups in draw order (policy §4, §6.2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate: nobody inspects an entity they inspected in its previous plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawn at (× the number needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out entities inspected within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not drawn, or drawn as not certified, and why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to %1 visits × %2 per team × %3 = %4 places drawn (members and backups). On duty and in the draw: %5 inspectors, %6 of them certified for the whole period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity %1 %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateCommand</name>
    <message>
        <source>write an empty template to fill in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write: .csv or .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template written to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TownshipRepository</name>
    <message>
        <source>A township needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The township no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserManagementDialog</name>
    <message>
        <source>Change role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users are never deleted: the audit trail names them. Deactivate a user who has left; resetting a password also ends a lock after failed logins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reactivated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserOperations</name>
    <message>
        <source>You cannot deactivate yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each user changes only their own password; an administrator resets the password of another user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This data file already has users. Log in instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <source>The user name or the password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name must have 1 to 32 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name may not contain spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the user&apos;s role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a user named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be protected (not enough memory). Close other programs and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the only active administrator; make another user an administrator first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password is the same as the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After %1 failed logins the account %2 is locked until %3. Try again then, or ask an administrator to reset the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The failed login could not be counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After %1 wrong passwords the account %2 is locked until %3 and cannot confirm anything until then; another user may confirm, or an administrator resets the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of %1 is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user %1 is deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validators</name>
    <message>
        <source>The unified social credit code is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credit code %1 was stored by Excel as a number and its last digits are lost. Format the column as text in Excel, type the codes again and export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unified social credit code has 18 characters; %1 has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character %1 of %2 (&quot;%3&quot;) may not appear in a credit code (allowed: digits and the capital letters except I, O, Z, S, V).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters 3 to 8 of a credit code are the region code and must be digits (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation code inside %1 (characters 9 to 17) is wrong: its check character should be %2. Check the code for a typing error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check character (the 18th) of %1 is wrong: it should be %2. Check the code for a typing error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ID card number has 18 characters; %1 has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first 17 characters of an ID card number must be digits (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of birth in the ID card number %1 is not a real date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check character (the 18th) of the ID card number %1 is wrong: it should be %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a phone number (a mobile number has 11 digits; a landline may start with an area code such as 0335-).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifyCommand</name>
    <message>
        <source>check a published draw record; no data file needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The published draw record (draw specification §6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifyPackageCommand</name>
    <message>
        <source>check a published website package: signature, files, draw and results; no data file needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bureau&apos;s public key (publication-key.txt or the key in hex).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fingerprint of the bureau&apos;s key, as it publishes it (32 hex digits; spaces allowed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of the website package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --key or --fingerprint, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fingerprint %1 is not 32 hex digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package of plan %1 (%2), published %3: the signature, %4 files, the draw record and %5 published results agree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by the key with the fingerprint %1; the audit trail&apos;s entry %2 when it was published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: no --key or --fingerprint was given, so the package&apos;s own publication-key.txt was used. This proves only that the package is whole, not that the bureau published it: compare the fingerprint with the one the bureau publishes elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoidCommand</name>
    <message>
        <source>Why the draw is voided (it is published with the record).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>void the plan&apos;s draw, with the reason (before any result), confirmed by a second user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The second user who confirms the void: a reviewer or an administrator other than --user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file whose first line is the confirming user&apos;s password (else the environment variable SHUANGSUI_CONFIRM_PASSWORD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the confirming user with --confirmed-by NAME, and their password in --confirm-password-file FILE or in the environment variable SHUANGSUI_CONFIRM_PASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the draw of %1 is void (confirmed by %2); a new seed and draw follow</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoidDrawDialog</name>
    <message>
        <source>Void the draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw %1 (seed %2) will be voided with the reason &quot;%3&quot;. It stays on the record and on every printout; the plan returns to frozen and needs a new seed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A second user confirms the void: a reviewer (审核员) or an administrator (管理员) other than you enters their user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed by (user name):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkCalendar</name>
    <message>
        <source>The year %1 is not between %2 and %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A holiday has no valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holiday %1 is not in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed as a holiday more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holiday %1 has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A make-up working day has no valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The make-up working day %1 is not in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a weekday: only a Saturday or Sunday can be a make-up working day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed as a make-up working day more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed both as a holiday and as a make-up working day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The make-up working day %1 has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar has no year (a number such as 2026).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be a list of dates and names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” in “%2” is not a date of the form 2026-10-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holiday arrangement of %1 has not been entered yet; the deadline counts Monday to Friday as working days. Please check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar file is not valid JSON: %1 (at character %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar file must hold one year or a list of years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar file holds %1 more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar file holds no year.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WriteTransaction</name>
    <message>
        <source>The data file is busy or cannot be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error in a database statement: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The data file cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

You can choose another data file, or quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another data file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or create a data file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data files (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo data could not be loaded: %1

The program starts with an empty data file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data file upgraded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

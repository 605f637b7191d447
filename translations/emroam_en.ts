<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccessControlGroupPage</name>
    <message>
        <location filename="../views/admin/accesscontrolgrouppage.ui" line="+54"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Back To Find/List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Access Control Group Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name*:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add End Users to Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/admin/accesscontrolgrouppage.cpp" line="+19"/>
        <source>Find and List Access Control Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find Access Control Group where</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+94"/>
        <source>%n user(s) added to the group</source>
        <translation>
            <numerusform>%n user added to the group</numerusform>
            <numerusform>%n users added to the group</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n user(s) removed from the group</source>
        <translation>
            <numerusform>%n user removed from the group</numerusform>
            <numerusform>%n users removed from the group</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Access Control Group Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Users (%n)</source>
        <translation>
            <numerusform>Users (%n)</numerusform>
            <numerusform>Users (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccessControlGroupTableModel</name>
    <message>
        <location filename="../models/items/accesscontrolgrouptablemodel.cpp" line="+16"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApplicationUserPage</name>
    <message>
        <location filename="../views/admin/applicationuserpage.ui" line="+54"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Back To Find/List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Application User Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>User ID*:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Confirm Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Permission Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Groups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Add to Access Control Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/admin/applicationuserpage.cpp" line="+18"/>
        <source>Find and List Application Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find Application User where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Password and Confirm Password do not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Application User Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApplicationUserTableModel</name>
    <message>
        <location filename="../models/items/applicationusertablemodel.cpp" line="+16"/>
        <source>User ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLogPage</name>
    <message>
        <location filename="../views/audit/auditlogpage.cpp" line="+60"/>
        <source>Export the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Exported %n entry(ies) to %1.</source>
        <translation>
            <numerusform>Exported %n entry to %1.</numerusform>
            <numerusform>Exported %n entries to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n entry(ies) shown of %1.</source>
        <translation>
            <numerusform>%n entry shown of %1.</numerusform>
            <numerusform>%n entries shown of %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Audit Log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Audit Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find entries containing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>user, record, field, value…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export CSV...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../models/items/audittablemodel.cpp" line="+64"/>
        <source>administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>applicationUser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>endUser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+7"/>
        <source>script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-6"/>
        <source>system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>copyToClusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>emApi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>logout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lab Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes (before → after)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatCommand</name>
    <message>
        <location filename="../models/bat/batcommand.cpp" line="+32"/>
        <source>--type takes users, profiles or phones, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--bat takes import, export or delete, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--bat needs --file FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--bat needs either --cluster NAME or --all-clusters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>There is no cluster %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: exported %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>changes saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dry run, nothing written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nothing written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 rows: %3 added, %4 updated, %5 unchanged, %6 deleted, %7 refused; %8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>  columns not read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  row %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatJob</name>
    <message>
        <location filename="../models/bat/batjob.cpp" line="+70"/>
        <source>The file is empty: the first row must name the columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Column %1 appears twice in the first row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The first row must name the columns, among them %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The database of %1 cannot start the job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+94"/>
        <source>The database of %1 refused the changes; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is also in row %2 of this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+77"/>
        <location line="+86"/>
        <source>%1 must be t or f, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-76"/>
        <location line="+12"/>
        <location line="+73"/>
        <location line="+48"/>
        <source>There is no device profile %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-32"/>
        <source>There is no phone service %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>There is no end user %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no phone %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkAdministrationPage</name>
    <message>
        <location filename="../views/bat/bulkadministrationpage.cpp" line="+125"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BAT file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported %1 from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Row %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The file cannot be used; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dry run; nothing was written. Check the report, then click Run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The changes are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused rows: nothing was written (all or nothing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n row(s): %1 added, %2 updated, %3 unchanged, %4 deleted, %5 refused.</source>
        <translation>
            <numerusform>%n row: %1 added, %2 updated, %3 unchanged, %4 deleted, %5 refused.</numerusform>
            <numerusform>%n rows: %1 added, %2 updated, %3 unchanged, %4 deleted, %5 refused.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Columns not read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Bulk Administration: Import/Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Records:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User Device Profiles (with lines and subscriptions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phones (with Extension Mobility and subscriptions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import (insert or update)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete (file lists the names)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When rows are refused:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;All or nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply &amp;valid rows only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;PIN for new users without one:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dry Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the records, the action and the file. A Dry Run checks every row with the rules of the administration pages and writes nothing; Run applies the file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallRouter</name>
    <message>
        <location filename="../models/routing/callrouter.cpp" line="+68"/>
        <source>Call from %1 to %2 failed (%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 dials %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no phone %1 in the lab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The calling phone %1 is not registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is already in a call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is not registered anywhere %2 knows of.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 knows no directory number %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has no SIP route to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 believes %2 is on %3, but %3 does not answer (down).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 still believes %2 is on %3, but it moved to %4 and %1 has not learned it yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No phone with %1 is registered on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is busy on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 rings on %2; %3 routed the call over the SIP trunk using the location learned through ILS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 rings on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 answered the call from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 hung up the call between %2 and %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Nobody answered %1: the call from %2 rang for %3 s (T301 Timer) and ended.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cluster</name>
    <message>
        <location filename="../models/cluster/cluster.cpp" line="+805"/>
        <location line="+42"/>
        <location line="+29"/>
        <source>%1 has no server named %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+28"/>
        <source>There is no service named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-26"/>
        <source>%1 is a network service: it is always activated; start or stop it in Control Center – Network Services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 can be activated only on the publisher (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 is down: its services cannot be started or stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not activated on %2: activate it in Service Activation first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+150"/>
        <source>Service Name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service Name can be at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service Name: a phone service named %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ASCII Service Name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ASCII Service Name may contain only ASCII characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service URL is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Service URL must be an http:// or https:// URL with a host, for example http://cucm1-pub:8080/emapp/EMAppServlet?device=#DEVICENAME#.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Service URL: loginType must be UID, DN or SP (it is %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Secure-Service URL must be an https:// URL with a host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Service Category must be XML Service or Java MIDlet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+35"/>
        <source>This phone service no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Enterprise Subscription can be set only when the service is added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 cannot be deleted: %2 is subscribed to it. Unsubscribe it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Device Name must be SEP followed by the 12 hexadecimal digits of the phone&apos;s MAC address (for example SEPC10000000001).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Device Profile Name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Device Profile Name can be at most 50 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Device Profile Name may contain only letters, digits, spaces, dots, hyphens and underscores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-442"/>
        <location line="+445"/>
        <source>A device or device profile named %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a phone model this cluster knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Device Protocol: %1 runs %2, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-442"/>
        <location line="+446"/>
        <source>Device Profile Type: %1 does not support Extension Mobility (see the Unified CM Phone Feature List report).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enable Extension Mobility: %1 does not support Extension Mobility.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+145"/>
        <source>%1 is not an installed locale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-141"/>
        <source>Log Out Profile must be Use Current Device Settings or an existing device profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Login User Id: there is no end user %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Directory Number %1 must be 1 to 24 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Directory Number %1 appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-467"/>
        <location line="+470"/>
        <source>Directory Number %1 is already assigned to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has %2 line buttons; remove a line first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-468"/>
        <location line="+472"/>
        <source>A subscribed phone service no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+37"/>
        <source>This device no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Product type and protocol cannot change once a device is added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 cannot be deleted: it is the Log Out Profile of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 cannot be deleted: a user is logged in with it on %2. Log the user out first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+122"/>
        <source>User ID is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-120"/>
        <source>User ID can be at most 128 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+120"/>
        <source>User ID may contain only letters, digits, dots, hyphens, underscores and @.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-117"/>
        <source>User ID must be digits only while the Alphanumeric User ID service parameter is False.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-553"/>
        <location line="+555"/>
        <source>An end user with User ID %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-988"/>
        <source>%1 is in the middle of a bulk change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+100"/>
        <source>The database of %1 (%2) refused the change: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+200"/>
        <source>Another change of %1 is in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Bulk import: each user needs exactly one device profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+587"/>
        <source>User ID %1 is already used by an application user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last Name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First and last names can be at most 64 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Self-Service User ID must be digits only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Self-Service User ID %1 is already used by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Primary Extension %1 is not a directory number of this cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Controlled Profiles may list only existing device profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is listed twice in Controlled Profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Default Profile must be one of the Controlled Profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+57"/>
        <location line="+134"/>
        <location line="+145"/>
        <source>This end user no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-331"/>
        <source>%1 cannot be removed from Controlled Profiles: the user is logged in with it on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>PIN is required for a new end user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PIN must be digits only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PIN can be at most 128 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 cannot be deleted while logged in to a phone. Log the user out first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>An application user with User ID %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User ID %1 is already used by an end user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password is required for a new application user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+20"/>
        <location line="+103"/>
        <location line="+118"/>
        <source>This application user no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-200"/>
        <source>Name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name can be at most 128 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An access control group named %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+28"/>
        <source>This access control group no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-25"/>
        <source>%1 is a standard group: it cannot be renamed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A member of the group is not an end user of this cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A member of the group is not an application user of this cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 is a standard group: it cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+14"/>
        <location line="+12"/>
        <source>There is no access control group named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 has no service parameter named %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>There is no enterprise parameter named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cluster ID %1 is already used by another cluster; it must be unique in the ILS network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Failed Logon must be a number from 1 to 100, or 0 for No Limit for Failed Logons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset Failed Logon Attempts Every must be a number of minutes from 1 to 120.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lockout Duration must be a number of minutes from 1 to 1440, or check Administrator Must Unlock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+82"/>
        <source>The login names a phone, profile or user that does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClusterCopy</name>
    <message>
        <location filename="../models/provisioning/clustercopy.cpp" line="+168"/>
        <source>Service URL %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Already there; kept as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A service of that name there differs in Enterprise Subscription, which can be set only when a service is added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ASCII Service Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secure-Service URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+121"/>
        <source>%1 is the name of a phone there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-119"/>
        <source>A device profile of that name there is a %1 %2; the type cannot change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Directory Number %1 belongs to %2 there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, lines %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Directory Numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subscribed Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+46"/>
        <source>User Locale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is an application user there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Self-Service User ID %1 belongs to %2 there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Home Cluster unchecked; the PIN given below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Self-Service User ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Primary Extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Controlled Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Default Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Home Cluster and PIN stay as they are there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Also controlled by %1 there; it stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A new access control group with %1 as member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 becomes a member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A membership only that cluster has; it stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+15"/>
        <location line="+18"/>
        <source>Not there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-29"/>
        <source>%1 is logged in on %2 there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Device profiles are kept; delete them from the Device Profile page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A user is logged in with it on %1 there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It is the Log Out Profile of %1 there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 subscribes to it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The record to copy no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has a conflict (see the preview): nothing was written there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 has no phone service %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 has no device profile %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClusterDatabase</name>
    <message>
        <location filename="../models/lab/lab.cpp" line="+479"/>
        <location filename="../models/store/clusterdatabase.cpp" line="+322"/>
        <source>The database of %1 (%2) cannot be opened: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/clusterdatabase.cpp" line="-24"/>
        <source>The database of %1 is missing: %2. Restore the file, or start the console with --create-missing-databases to give %1 a new, empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database of %1 is empty (0 bytes): %2. Restore the file, or start the console with --create-missing-databases to give %1 a new, empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database of %1 (%2) is in use by another program: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database of %1 (%2) is not an SQLite database: %3. The file was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database of %1 (%2) is damaged: %3. The cluster was not opened and the file was left as it is; restore it from a backup copy (EMRoam Console keeps no snapshots).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database of %1 (%2) was written by a newer version of EMRoam Console (schema %3; this one knows %4). The file was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClusterItem</name>
    <message>
        <location filename="../views/topology/clusteritem.cpp" line="+73"/>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up, a node is down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up, ILS stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+111"/>
        <source>ILS hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ILS spoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ILS spoke of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not in ILS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Isolated: its hub is out of ILS</source>
        <extracomment>a spoke cluster whose hub is down or not running ILS: it cannot exchange ILS updates</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n ILS update(s) wait for it</source>
        <translation>
            <numerusform>%n ILS update waits for it</numerusform>
            <numerusform>%n ILS updates wait for it</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Logout owed: %1</source>
        <extracomment>the cluster still has these users logged in and must log them out once it learns their newer login elsewhere</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/commandline.cpp" line="+9"/>
        <source>Administration console and lab for Cisco Unified CM Intercluster Extension Mobility Roaming.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open the lab in &lt;dir&gt; (a new folder gets the demo lab).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start on a fresh demo lab in a temporary folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language of the console: ja or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save a picture of the main window to &lt;file&gt; once started, then exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run without a window: serve every cluster&apos;s HTTP endpoints until SIGINT or SIGTERM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Serve HTTP on &lt;address&gt; instead of 127.0.0.1 (PINs then cross the network in clear text).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run the lab script &lt;file&gt; without a window and exit (0 when every expect holds).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the page &lt;key&gt; first (overview, endUser, deviceProfile, phone, …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Administer the cluster &lt;name&gt; first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give a cluster whose database file is missing or empty (0 bytes) a new, empty database instead of refusing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the Roaming Readiness report of the lab without a window; exit 1 when it finds a problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bulk Administration without a window: import, export or delete the records of a BAT file (see docs/bat.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --bat: the records, users, profiles or phones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --bat: the CSV file to read or write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --bat: every cluster of the lab, one after the other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With --bat: check every row and report, but write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With --bat: apply the valid rows even when others are refused (default: all or nothing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With --bat: PIN for new end users whose PIN column is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>--demo and --lab cannot be used together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--lang takes ja or en, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ControlCenterPage</name>
    <message>
        <location filename="../views/admin/controlcenterpage.ui" line="+18"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Select Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Server*:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/admin/controlcenterpage.cpp" line="+89"/>
        <source>Control Center - Feature Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Control Center - Network Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 restarted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CopyToClustersDialog</name>
    <message>
        <location filename="../views/common/copytoclustersdialog.ui" line="+6"/>
        <location filename="../views/common/copytoclustersdialog.cpp" line="+270"/>
        <source>Copy to Clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>PIN for new copies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <location filename="../views/common/copytoclustersdialog.cpp" line="+1"/>
        <source>&amp;Copy to Selected Clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/common/copytoclustersdialog.cpp" line="-114"/>
        <location line="+2"/>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+106"/>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-103"/>
        <source>Left alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Phone service %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device profile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+104"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Different: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cluster is down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete from Clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete from Selected Clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>End user %1 of %2 compared with the other clusters. Tick the clusters to delete it from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End user %1 of %2 compared with the other clusters. Its device profiles with their lines, their phone services and its access control groups are copied with it. Tick the clusters to copy it to; nothing is written before you click Copy, and a cluster with a conflict is left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Device profile %1 of %2 compared with the other clusters. Tick the clusters to delete it from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device profile %1 of %2 compared with the other clusters. Its phone services are copied with it. Tick the clusters to copy it to; nothing is written before you click Copy, and a cluster with a conflict is left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phone service %1 of %2 compared with the other clusters. Tick the clusters to delete it from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone service %1 of %2 compared with the other clusters. A URL naming a server of %2 is rewritten for each cluster. Tick the clusters to copy it to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="-19"/>
        <source>%n cluster(s) updated.</source>
        <translation>
            <numerusform>%n cluster updated.</numerusform>
            <numerusform>%n clusters updated.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Deleted from %n cluster(s).</source>
        <translation>
            <numerusform>Deleted from %n cluster.</numerusform>
            <numerusform>Deleted from %n clusters.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In that cluster</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialPolicyPage</name>
    <message>
        <location filename="../views/admin/credentialpolicypage.cpp" line="+20"/>
        <source>End User PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End User Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application User Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+170"/>
        <source>Credential Policy Default Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Credential Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default Credential Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed Logon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No Limit for Failed Logons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset Failed Logon Attempts Every (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lockout Duration (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator Must Unlock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialStatusBox</name>
    <message>
        <location filename="../views/admin/credentialstatusbox.cpp" line="+88"/>
        <location line="+16"/>
        <source>Not locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="-7"/>
        <source>Locked since lab time %1 after %n wrong tries: an administrator must unlock it.</source>
        <translation>
            <numerusform>Locked since lab time %1 after %n wrong try: an administrator must unlock it.</numerusform>
            <numerusform>Locked since lab time %1 after %n wrong tries: an administrator must unlock it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Locked since lab time %1 after %n wrong tries, until %2.</source>
        <translation>
            <numerusform>Locked since lab time %1 after %n wrong try, until %2.</numerusform>
            <numerusform>Locked since lab time %1 after %n wrong tries, until %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Not locked; %n wrong tries, the last at lab time %1.</source>
        <translation>
            <numerusform>Not locked; %n wrong try, the last at lab time %1.</numerusform>
            <numerusform>Not locked; %n wrong tries, the last at lab time %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Credential Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credential Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default Credential Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <location filename="../models/bat/csv.cpp" line="+14"/>
        <source>The file is not UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+57"/>
        <source>A quoted field opened on line %1 is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Line %1: text after a closing quote.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoLab</name>
    <message>
        <location filename="../models/lab/demolab.cpp" line="+137"/>
        <source>Demo lab</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoPanel</name>
    <message>
        <location filename="../views/demo/demopanel.cpp" line="+124"/>
        <source>Lab Clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lab time: hours, minutes, seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Speed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1×</source>
        <extracomment>clock speed factor in the demo controls, e.g. &quot;0.25×&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How fast lab time runs: slow it down to watch ILS updates travel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scenario, Step by Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;cenario:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choosing a scenario resets the lab to its starting point when it can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+117"/>
        <location line="+38"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>File: %1</source>
        <extracomment>scenario chooser: a lab script opened with File › Open Scenario…</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 (%2)</source>
        <extracomment>a phone the story step is about, highlighted: device name and the user logged in</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This scenario cannot run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was run: the script has an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Ready: %n step(s)</source>
        <translation>
            <numerusform>Ready: %n step</numerusform>
            <numerusform>Ready: %n steps</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press Next to run the first step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This script has no steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Notice: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>line %1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Expected “%1”, got “%2” (line %3)</source>
        <extracomment>a story step&apos;s expectation that did not hold; the texts are the script&apos;s</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>All %n check(s) of this step held.</source>
        <translation>
            <numerusform>The %n check of this step held.</numerusform>
            <numerusform>All %n checks of this step held.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Back and Restart need a lab that can be reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the previous step: the lab is reset and the steps before it run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the start: the lab is reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-283"/>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DevicePage</name>
    <message>
        <location filename="../views/admin/devicepage.ui" line="+54"/>
        <location line="+90"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-83"/>
        <location line="+90"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-62"/>
        <location filename="../views/admin/devicepage.cpp" line="+350"/>
        <source>Device Profile Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+90"/>
        <location line="+211"/>
        <source>Device Protocol:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-156"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Copy to Clusters...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete from Clusters...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Related Links:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <location filename="../views/admin/devicepage.cpp" line="+6"/>
        <source>Back To Find/List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <location filename="../views/admin/devicepage.cpp" line="-4"/>
        <source>Device Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Product Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <location filename="../views/admin/devicepage.cpp" line="+1"/>
        <source>Device Name*:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../views/admin/devicepage.cpp" line="+1"/>
        <source>Device Locale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Phone Button Template*:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Softkey Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Login User Id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Extension Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enable Extension Mobility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Log Out Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Logged In User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Log Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Association Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Directory Number*:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add a New DN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Subscribed Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/admin/devicepage.cpp" line="-172"/>
        <source>%1 (Enterprise Subscription)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Line [%1] - %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+98"/>
        <source>%1 was reset but cannot register: Cisco CallManager is not running on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 was reset and registered again; it has no lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 was reset and registered again with its saved configuration (lines: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not logged in on any phone: nothing to reset; the next login applies its saved configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is logged in on %2: reset, registered again with its saved configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is logged in on %2: reset, but Cisco CallManager is not running, so they cannot register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 (profile %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No user is logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+1"/>
        <source>Add a New Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+1"/>
        <source>Add a New Device Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select the type of phone you would like to create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select the device profile type you would like to create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select the protocol of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Device Profile Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device Profile Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device Profile Name*:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User Locale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subscribe/Unsubscribe Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use Current Device Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the device first, then add its directory numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find and List Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Find Phone where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find and List Device Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find Device Profile where</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceTableModel</name>
    <message>
        <location filename="../models/items/devicetablemodel.cpp" line="+23"/>
        <source>Device Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Device Profile Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Device Profile Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directory Numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logged In User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In Use On</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditPage</name>
    <message>
        <location filename="../views/common/editpage.cpp" line="+19"/>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This page has changes that are not saved. Discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+59"/>
        <location line="+10"/>
        <source>Add successful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+15"/>
        <source>Update successful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-14"/>
        <source>%1, but roaming now has a problem: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>(and %n more)</source>
        <translation>
            <numerusform>(and %n more)</numerusform>
            <numerusform>(and %n more)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roaming Readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing to save: no field was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmAppXml</name>
    <message>
        <location filename="../models/http/emappxml.cpp" line="+116"/>
        <source>Error %1 %2</source>
        <extracomment>a phone&apos;s error line: %1 the Extension Mobility code, %2 its name (as &quot;Error 201 Authentication Error&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is logged in on this phone. Log out?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmResult</name>
    <message>
        <location filename="../models/mobility/emresult.cpp" line="+17"/>
        <source>Success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid App User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy Validation error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User lacks app proxy rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dev. Profile not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another user logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No user logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device Logon Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Multi-Login Not Allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Busy Please Try Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Untrusted IP Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proxy not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authentication Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blank User ID or PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User Profile Absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device Name Empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EM Service Connection Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LoginType invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DN has multiple users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select a device profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndUserPage</name>
    <message>
        <location filename="../views/admin/enduserpage.ui" line="+54"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy to Clusters...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete from Clusters...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Back To Find/List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>User Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>User ID*:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Confirm Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Confirm PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Last Name*:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>First Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Self-Service User ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>User Locale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Home Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Directory Number Associations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Primary Extension:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Extension Mobility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Available Profiles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>▼</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Move to Controlled Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>▲</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Move to Available Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Controlled Profiles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Default Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Permission Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Groups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Add to Access Control Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Remove from Access Control Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/admin/enduserpage.cpp" line="+27"/>
        <source>Find and List Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Find User where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+183"/>
        <source>PIN and Confirm PIN do not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password and Confirm Password do not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>End User Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End User Configuration (new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-99"/>
        <location line="+102"/>
        <location line="+2"/>
        <source>&lt; None &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndUserTableModel</name>
    <message>
        <location filename="../models/items/endusertablemodel.cpp" line="+16"/>
        <source>User ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Primary Extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntityPage</name>
    <message>
        <location filename="../views/common/entitypage.cpp" line="+126"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>You are about to permanently delete this item. This action cannot be undone. Continue?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delete Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>You are about to permanently delete %n item(s). This action cannot be undone. Continue?</source>
        <translation>
            <numerusform>You are about to permanently delete %n item. This action cannot be undone. Continue?</numerusform>
            <numerusform>You are about to permanently delete %n items. This action cannot be undone. Continue?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventLogView</name>
    <message>
        <location filename="../views/events/eventlogview.cpp" line="+98"/>
        <source>Export the Event Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+55"/>
        <source>Copied %n event(s).</source>
        <translation>
            <numerusform>Copied %n event.</numerusform>
            <numerusform>Copied %n events.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Exported %n event(s) to %1.</source>
        <translation>
            <numerusform>Exported %n event to %1.</numerusform>
            <numerusform>Exported %n events to %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the events of one cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show one kind of event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the events of a user (part of the user ID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the events whose time, cluster, device or message contain this text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copies the selected events, or every event shown, as tab-separated text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saves the events shown to a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventTableModel</name>
    <message>
        <location filename="../models/items/eventtablemodel.cpp" line="+91"/>
        <source>Lab Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Login/logout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ILS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server/service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExtensionMobility</name>
    <message>
        <location filename="../models/mobility/extensionmobility.cpp" line="+63"/>
        <source>The request names no device: check the Extension Mobility service URL (…?device=#DEVICENAME#).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>loginType=%1 is not UID, DN or SP (the URL is case sensitive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cisco Extension Mobility is not running on any server of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The user ID or the PIN was left blank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 login/logout requests are already in progress on %2 (Maximum Concurrent Requests = %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+192"/>
        <source>Wrong PIN for %1 in an EM API request (wrong tries: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong password for %1 in an EM API request (wrong tries: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The PIN of %1 is locked after %2 wrong tries (Credential Policy: Failed Logon); an administrator must unlock it on the End User page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password of %1 is locked after %2 wrong tries (Credential Policy: Failed Logon); an administrator must unlock it on the End User or Application User page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PIN of %1 is locked after %2 wrong tries (Credential Policy: Failed Logon) for %3 minutes, or until an administrator unlocks it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password of %1 is locked after %2 wrong tries (Credential Policy: Failed Logon) for %3 minutes, or until an administrator unlocks it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>An administrator unlocked the PIN of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An administrator unlocked the password of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+204"/>
        <source>The database of %1 failed while handling the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-201"/>
        <location line="+204"/>
        <source>%1 has no phone named %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-202"/>
        <source>Enable Extension Mobility is unchecked on %1 (Device &gt; Phone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 has no end user %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+28"/>
        <source>The user ID or PIN is not correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-19"/>
        <source>No end user of %1 has %2 as Primary Extension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No end user of %1 has %2 as Self-Service User ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is the Primary Extension of several users (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The PIN of %1 is locked after too many wrong tries (Credential Policy); it is refused until the lockout ends or an administrator unlocks it (End User page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is not the home cluster of %2, and %2 is not in Standard EM Roaming Across Clusters Super Users: only super users may log in away from home.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 runs Unified CM %2, older than 12.0(1)SU1, which has no EM Roaming Across Clusters: %3 may log in there only if it is the home cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 has no device profile in Controlled Profiles on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is not one of the Controlled Profiles of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 controls several device profiles and has no default: the phone lists them to choose from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The device profile of %1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is already logged in on %2: log out first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is logged in on %2 and Multiple Login Behavior is Multiple Logins Not Allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 logged in on %2: Multiple Login Behavior is Auto Logout, so the earlier login was logged out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The database of %1 failed while recording the login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 is for %2 but the phone is a %3: the Default Device Profile of %3 supplies the phone button template and softkeys; lines, speed dials, locale and services come from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 logged in on %2 with %3; the user locale (%4) differs from the device locale (%5), so the phone resets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 logged in on %2 with %3; the user locale of the device profile (%4) differs from the device locale (%5), so the phone resets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 logged in on %2 with %3; the phone restarts with the profile&apos;s lines and services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 logged in on %2 with %3, which has no phone services: the phone shows no services (subscribe the profile to Extension Mobility).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Nobody is logged in on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nobody is logged in on this phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The database of %1 failed while recording the logout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 logged out of %2; the phone returned to its Log Out Profile without phone services (Synchronization Between Auto Device Profile and Phone Configuration is False, or the phone is not subscribed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 logged out of %2; the phone restarts with its Log Out Profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The database of %1 failed before saving the latest logins and logouts; they were undone (logins: %2, logouts: %3) and answered with Database Error (6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 learned on its return that %2 logged in on %3: logged %2 out of %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 logged in on %2: %3 logged %1 out of %4 automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 was logged out of %2: Intra-cluster Maximum Login Time (%3) reached.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindListWidget</name>
    <message>
        <location filename="../views/common/findlistwidget.ui" line="+52"/>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>C&amp;lear All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Delete Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add &amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../views/common/findlistwidget.cpp" line="+161"/>
        <source>%n record(s) found</source>
        <translation>
            <numerusform>%n record found</numerusform>
            <numerusform>%n records found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %n record(s) match</source>
        <translation>
            <numerusform>%1 of %n record matches</numerusform>
            <numerusform>%1 of %n records match</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Find where</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n record(s) deleted</source>
        <translation>
            <numerusform>%n record deleted</numerusform>
            <numerusform>%n records deleted</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindProxyModel</name>
    <message>
        <location filename="../models/items/findproxymodel.cpp" line="+26"/>
        <source>begins with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ends with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is exactly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindUsersDialog</name>
    <message>
        <location filename="../views/admin/findusersdialog.ui" line="+6"/>
        <location filename="../views/admin/findusersdialog.cpp" line="+16"/>
        <source>Find and List Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Add Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/admin/findusersdialog.cpp" line="+0"/>
        <source>Find User where</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Groups</name>
    <message>
        <location filename="../models/cluster/cluster.cpp" line="-1641"/>
        <source>Standard CCM End Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard CCM Super Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard CCM Admin Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard CCM Read Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard CCM Phone Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard CTI Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard AXL API Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard EM Authentication Proxy Rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard EM Roaming Across Clusters Super Users</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeadlessRunner</name>
    <message>
        <location filename="../models/http/headlessrunner.cpp" line="+70"/>
        <source>--listen needs an IP address, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Warning: listening on %1. Phones and API clients then send user IDs and PINs across the network in clear text (plain HTTP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cannot install the signal handlers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IlsClusterTableModel</name>
    <message>
        <location filename="../models/items/ilsclustertablemodel.cpp" line="+92"/>
        <source>Hub Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spoke Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stand-alone Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up, ILS running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Up, ILS not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registers With Hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending Updates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IlsConfigurationPage</name>
    <message>
        <location filename="../views/admin/ilsconfigurationpage.ui" line="+18"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <location filename="../views/admin/ilsconfigurationpage.cpp" line="+119"/>
        <source>ILS Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Registers With Hub:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Synchronize Clusters Every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>ILS Clusters and Global Dial Plan Imported Catalogs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/admin/ilsconfigurationpage.cpp" line="-8"/>
        <source>Directory number %1 is defined on %2 for different owners (%3): ILS needs a uniform dial plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Hub Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spoke Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stand-alone Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hub clusters connect to every other hub; a spoke cluster registers with one hub. Save changes the ILS network of the lab at once and keeps the role in lab.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IlsNetwork</name>
    <message>
        <location filename="../models/ils/ilsnetwork.cpp" line="+250"/>
        <source>The ILS network has %1 hub clusters; Cisco recommends at most 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hub %1 has %2 spoke clusters; Cisco recommends at most 20 per hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The ILS network has %1 clusters; Cisco recommends at most 200.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+130"/>
        <source>Directory number %1 is defined on %2 for different owners (%3): the dial plan is not uniform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 takes part in ILS again: it sends and receives what waited for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 stopped taking part in ILS: updates for it wait until it returns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+77"/>
        <source>The Extension Mobility login of %1 started an ILS sync from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The news that %1 logged in on %2 is on its way to %3, which logs %1 out when it arrives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Logout of %1 on %2 deferred: %2 cannot receive ILS updates now; it logs %1 out as soon as it can (%1 logged in on %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+93"/>
        <source>%1 became a roaming super user on %2: an ILS sync started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+87"/>
        <source>ILS updates from %1 to %2 wait: %3 does not take part in ILS now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+57"/>
        <source>%1 received %2 ILS updates from %3 and applied %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1 sends %2 ILS updates to %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lab</name>
    <message>
        <location filename="../models/lab/lab.cpp" line="-384"/>
        <location line="+49"/>
        <source>Cannot create the lab folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+77"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-73"/>
        <location line="+80"/>
        <source>%1 is not a valid lab file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-77"/>
        <location line="+83"/>
        <source>%1 was written by a newer version of EMRoam Console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+111"/>
        <source>%1: &quot;%2&quot; is not a Unified CM release (write it as Cisco does, for example 12.0(1)SU1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is a spoke of &quot;%2&quot;, which is not a cluster of this lab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-190"/>
        <source>The lab in %1 is open in another EMRoam Console: close that one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-81"/>
        <source>%1 already holds a lab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+65"/>
        <source>The lab file %1 cannot be used; nothing was opened or changed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No cluster of the lab in %1 could be opened:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;settings&quot; must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Setting %1 must be a number of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The lab file lists no clusters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Entry %1 of &quot;clusters&quot; is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cluster %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: unknown ILS role &quot;%2&quot; (hub, spoke or none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: &quot;position&quot; must be an object with numbers x and y between -%2 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>In the lab file, cluster %1 has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The cluster name %1 is used more than once (names must differ, ignoring case).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A cluster without a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has no database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the database &quot;%2&quot; must be a file name inside the lab folder (no folders, no &quot;..&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the database cannot be the lab file %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 and %2 share the database %3: each cluster needs its own file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has no nodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: a node has no host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the host name %2 is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 needs exactly one publisher node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+157"/>
        <source>Server %1 of %2 is up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server %1 of %2 is down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is down: its phones unregister and it leaves ILS until it returns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is running on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 stopped on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is deactivated on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+82"/>
        <location line="+29"/>
        <location line="+28"/>
        <source>There is no cluster named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-134"/>
        <source>A spoke cluster registers with a hub cluster: %1 is not a hub of this lab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+74"/>
        <source>%1 is the hub of %2: move its spoke clusters to another hub first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Injected fault: the database of %1 fails every request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database of %1 works again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A cluster needs a name that no other cluster of the lab has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+62"/>
        <source>%1 is not a Unified CM release: write it as Cisco does, for example 12.0(1)SU1 or 14.0(1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+25"/>
        <source>The lab could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-12"/>
        <source>%1 cannot be placed that far out on the map.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabHttp</name>
    <message>
        <location filename="../models/http/labhttp.cpp" line="+34"/>
        <source>Cannot listen for %1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabOverviewModel</name>
    <message>
        <location filename="../models/items/laboverviewmodel.cpp" line="+114"/>
        <location line="+136"/>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-134"/>
        <location line="+134"/>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-133"/>
        <source>Partly up (%1 of %2 nodes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Cluster ID (System › Enterprise Parameters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Hub cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spoke cluster of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not in the ILS network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+88"/>
        <source>%1 of %2 running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-112"/>
        <source>Unified CM release (double-click to change). 12.0(1)SU1 or later takes roaming logins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Older than 12.0(1)SU1: this cluster takes no roaming logins (double-click to change).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not started: the database was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Every activated service is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not running: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subscriber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 of %2 running — stopped: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cluster / Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster ID / Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unified CM Release</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabScript</name>
    <message>
        <location filename="../models/script/labscript.cpp" line="+763"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabSnapshot</name>
    <message>
        <location filename="../models/lab/labsnapshot.cpp" line="+80"/>
        <source>The database of %1 was refused when the lab opened, so the lab cannot be saved whole: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not empty: choose a new folder for the snapshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+155"/>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-139"/>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot copy the database of %1 into the snapshot: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a snapshot of EMRoam Console (it has no %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a snapshot of EMRoam Console (%2 does not describe one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The snapshot %1 was written by a newer version of EMRoam Console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 names a file outside the snapshot: &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file %1 of the snapshot is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file %1 of the snapshot was changed or is damaged (its checksum differs from the one taken with the snapshot).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The snapshot has no %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The snapshot has no database for %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The snapshot %1 cannot be restored; the lab was not changed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot create a temporary folder for the demo lab: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Cannot copy %1 into the lab folder %2; the lab was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Cannot move %1 into the lab folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot move %1 aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The lab could not be replaced and was reopened as it was: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginTableModel</name>
    <message>
        <location filename="../models/items/logintablemodel.cpp" line="+105"/>
        <source>Home cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Roaming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directory Numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home / Roaming</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/mainwindow.cpp" line="+267"/>
        <source>Open Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reset Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the demo lab back in %1? Every change made to this lab is lost (save a snapshot first to keep it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Restore Snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>About EMRoam Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;EMRoam Console %1&lt;/h3&gt;&lt;p&gt;Administration console and lab for Cisco Unified CM Intercluster Extension Mobility Roaming.&lt;/p&gt;&lt;p&gt;Lab folder: %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+130"/>
        <source>Open Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lab scripts (*.emroam);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Cluster:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cluster whose administration pages you are in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Lab...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens the lab in another folder (an empty folder gets the demo lab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reset Lab...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save Snapshot...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Res&amp;tore Snapshot...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Scenario…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full screen with larger type, for a projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ILS Topology and Phones &amp;Side by Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About EMRoam Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help for This &amp;Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User ID, device, profile or DN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finds a user ID, phone, device profile or directory number on every cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This page is not part of this version of the console yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Warning: HTTP listens on %1: user IDs and PINs cross the network in clear text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started with --listen %1. Phones and API clients use plain HTTP; only use this on a network you trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+52"/>
        <source>End User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2 on %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Help: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Lab: %1 — %2 of %3 clusters up, %4 logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This demo lab lives only while the console runs: the changes made to it are lost when you quit. Save a snapshot of it first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>EMRoam snapshot %1</source>
        <extracomment>default name of a new snapshot folder; %1 is the date and time</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save Snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The snapshot was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Snapshot saved in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The snapshot %1 cannot be restored; the lab was not changed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The lab in %1 cannot be opened; nothing was changed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Opened the lab in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonitoringPage</name>
    <message>
        <location filename="../views/monitoring/monitoringpage.cpp" line="+254"/>
        <source>%1 has no phones or no users with a device profile to log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Burst on %1: %2 of %3 answered — %4 refused with 26 (throttled), %5 logged in, %6 refused otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Burst of Logins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logins to send at once to %1 (Maximum Concurrent Requests is %2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Monitoring: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cisco Extension Mobility and ILS counters of the cluster chosen in the selector, on lab time (seconds). Requests beyond Maximum Concurrent Requests are refused with error 26 and counted in Requests Throttled: Burst… sends many logins at once to show it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Burst...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sends many Extension Mobility logins at once from this cluster&apos;s phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login and logout requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logins and logouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>ILS updates pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Requests In Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum Concurrent Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests Throttled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Successful logins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed logins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Successful logouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed logouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lab time (s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../app/mainwindow.cpp" line="-743"/>
        <source>Lab Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ILS Topology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ILS Topology and Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Troubleshooting Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roaming Readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cisco Unified CM Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enterprise Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advanced Features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ILS Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User Management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access Control Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credential Policy Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bulk Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import/Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cisco Unified Serviceability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service Activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Control Center - Feature Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Control Center - Network Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cisco Unified Reporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unified CM Phone Feature List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit Log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../views/overview/overviewpage.ui" line="+9"/>
        <source>Lab Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Clusters and servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Extension Mobility logins</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../views/overview/overviewpage.cpp" line="+81"/>
        <source>%n cluster(s) in the lab, %1 up; %2.</source>
        <translation>
            <numerusform>%n cluster in the lab, %1 up; %2.</numerusform>
            <numerusform>%n clusters in the lab, %1 up; %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n user(s) logged in with Extension Mobility</source>
        <translation>
            <numerusform>%n user logged in with Extension Mobility</numerusform>
            <numerusform>%n users logged in with Extension Mobility</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PageHelp</name>
    <message>
        <location filename="../views/common/pagehelp.cpp" line="+17"/>
        <source>Lab Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every cluster of the lab, whether it is up, and who is logged in with Extension Mobility where (home or roaming).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a step of the task flow: check here the result of the steps on every cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ILS Topology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ILS network drawn as a map: hubs, spokes, their links and the updates travelling between them on the lab clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prerequisite of Step 3: roaming users are found through the ILS network, so every cluster must take part in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phones of the lab side by side: log in and out with Extension Mobility as a user would, and dial a directory number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After Step 3: a user logs in on a phone of a remote cluster with the same user ID and PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ILS Topology and Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ILS map and the phones side by side, for a class: log a user in on a phone and watch the update cross the map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After Step 3: a roaming login, and the ILS update that tells the other clusters where the user is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The RTMT counters of Cisco Extension Mobility and ILS of one cluster over lab time: requests in progress and throttled, logins and logouts, ILS updates pending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Troubleshooting: error 26 (Busy) appears when more requests arrive than Maximum Concurrent Requests allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Troubleshooting Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every entry of the guide&apos;s troubleshooting list on demand: Set Up causes it on a cluster and the phone shows the symptom, Fix applies the resolution, Reset Cluster puts the cluster back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Troubleshooting Intercluster Extension Mobility Roaming: the EMApp and EMService error codes and what to do about them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unified CM Phone Feature List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A report of the phone models and protocols that support a feature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step 1: Generate a Phone Feature List, to find the phones that support Extension Mobility.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service Activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activates and deactivates the feature services of each server of the cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step 2, Activate the Extension Mobility service: Cisco CallManager, Cisco Tftp and Cisco Extension Mobility, and Cisco Intercluster Lookup Service on the publisher.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Control Center - Feature Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows whether each feature service runs on a server, and starts, stops or restarts it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After Step 2: check that the services you activated are started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Control Center - Network Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows whether each network service (Cisco Tomcat, Cisco Extension Mobility Application…) runs on a server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After Step 2: phones reach Extension Mobility through these services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The IP phone services of the cluster, with the URL each one opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step 2, Configure the Cisco Extension Mobility phone service: a service whose URL is http://&lt;server&gt;:8080/emapp/EMAppServlet?device=#DEVICENAME#.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Device Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User device profiles: the lines, services and settings a user carries to any phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step 2, Create an Extension Mobility device profile for users: Add New, the model and protocol, a directory number, Save, Reset; then subscribe the profile to the Extension Mobility service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The users of the cluster: their PIN, primary extension, controlled profiles and groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step 2, Associate a device profile to a user: move the profile to Controlled Profiles, and check Home Cluster on the user&apos;s home cluster only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The phones of the cluster, whether they are registered and who is logged in on them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step 2, Subscribe to Extension Mobility: check Enable Extension Mobility on the phone and subscribe it to the Extension Mobility service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Access Control Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Groups that give users and application users their rights; the standard groups cannot be renamed or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step 3, Configure roaming for Extension Mobility users: add the users to Standard EM Roaming Across Clusters Super Users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Application User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accounts of applications, such as a client of the Extension Mobility API (group Standard EM Authentication Proxy Rights).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a step of the task flow: needed only to log users in and out through the EM API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parameters of a service on a server, with their defaults and ranges: for Cisco Extension Mobility, login times, Multiple Login Behavior, IP address validation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional after Step 2: adjust how Extension Mobility behaves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enterprise Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster-wide parameters, such as the Cluster ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prerequisite of Step 3: each cluster of the ILS network needs its own Cluster ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ILS Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cluster&apos;s role in the ILS network (hub or spoke), its hub, and the state of its links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prerequisite of Step 3: the clusters must form one ILS network for users to roam.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Intercluster Extension Mobility Roaming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What this page is for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the task flow:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The task flow of Intercluster Extension Mobility Roaming:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generate a Phone Feature List.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Configure Extension Mobility: activate the services, configure the phone service, create the device profile, associate it to the user, subscribe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Configure roaming for Extension Mobility users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do it on the home cluster and on every remote cluster.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParameterCatalog</name>
    <message>
        <location filename="../models/catalog/parametercatalog.cpp" line="+15"/>
        <source>True logs users out automatically after the Intra-cluster Maximum Login Time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Longest local login before automatic logout, as HHH:MM from 0:00 to 168:00 (for example 8:00 or :30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Longest login of a user from another cluster (EMCC) before automatic logout, as HHH:MM from 0:00 to 168:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Most login and logout requests processed at once; more are refused with error 26 and counted in Requests Throttled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What happens when a user already logged in on one phone logs in on another phone of this cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>True allows letters in user IDs; False allows digits only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>True fills in the last user&apos;s ID on the login screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>True clears call logs on manual login and logout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Addresses or host names separated by semicolons, at most 1024 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Whether users sign in and out of Extension Mobility by connecting their Cisco headset to a phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minutes after the headset is disconnected before the user is signed out (0: at once).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whether a headset-based sign in asks for the PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seconds after the headset is connected before the sign in starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>True checks the source address of each login and logout request, over EMApp and the EM API: trusted are the Trusted List of IPs and the cluster&apos;s servers; others get error 28 (Untrusted IP Error).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>While Validate IP Address is True, False refuses login and logout requests that came through a proxy (a Via header): error 30 (Proxy not allowed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>False refuses Extension Mobility Cross Cluster requests that came through a proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size of the device cache used when Validate IP Address is True.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Most learned objects this cluster writes to its database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Identifies the cluster; must be unique in the ILS network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>True keeps the phone&apos;s services in its autogenerated logout profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enforce Intra-cluster Maximum Login Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intra-cluster Maximum Login Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inter-cluster Maximum Login Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum Concurrent Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Headset-based Extension Mobility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auto logout timer after headset disconnect (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN entry for headset-based sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auto login timer after headset connect (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EMCC Allow Proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Multiple Login Behavior</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alphanumeric User ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remember the Last User Logged In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear Call Logs on Intra-Cluster EM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validate IP Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trusted List of IPs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allow Proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extension Mobility Cache Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ILS Max Number of Learned Objects in Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Synchronization Between Auto Device Profile and Phone Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Multiple Logins Allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Multiple Logins Not Allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auto Logout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allow headset for Extension Mobility sign in and sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not allow headset for Extension Mobility sign in and sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN not required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1 must be True or False.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 must be one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 must be a time as HHH:MM from 0:00 to 168:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 can be at most %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cluster ID may contain only letters, digits, dots, hyphens and underscores.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParametersPage</name>
    <message>
        <location filename="../views/admin/parameterspage.ui" line="+18"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../views/admin/parameterspage.cpp" line="+196"/>
        <source>Set to Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Select Server and Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Server*:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Service*:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/admin/parameterspage.cpp" line="+0"/>
        <source>Set every parameter on this page to its default value? Save to apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Service Parameter Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enterprise Parameters Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parameters of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enterprise Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Minimum: %1 Maximum: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From 0:00 to %1:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>At most %n character(s)</source>
        <translation>
            <numerusform>%n cluster in the lab, %1 up; %2.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n cluster in the lab, %1 up; %2.&lt;/numerusform&gt;
            &lt;numerusform&gt;%n clusters in the lab, %1 up; %2.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;location line=&quot;+2&quot;/&gt;
        &lt;source&gt;%n user logged in with Extension Mobility&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n user logged in with Extension Mobility&lt;/numerusform&gt;
            &lt;numerusform&gt;%n users logged in with Extension Mobility&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;PageHelp&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../views/common/pagehelp.cpp&quot; line=&quot;+17&quot;/&gt;
        &lt;source&gt;Lab Overview&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;Every cluster of the lab, whether it is up, and who is logged in with Extension Mobility where (home or roaming).&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;Not a step of the task flow: check here the result of the steps on every cluster.&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+2&quot;/&gt;
        &lt;source&gt;ILS Topology&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;The ILS network drawn as a map: hubs, spokes, their links and the updates travelling between them on the lab clock.&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;Prerequisite of Step 3: roaming users are found through the ILS network, so every cluster must take part in it.&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+2&quot;/&gt;
        &lt;source&gt;Phones&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;Phones of the lab side by side: log in and out with Extension Mobility as a user would, and dial a directory number.&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;After Step 3: a user logs in on a phone of a remote cluster with the same user ID and PIN.&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+2&quot;/&gt;
        &lt;source&gt;Unified CM Phone Feature List&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;A report of the phone models and protocols that support a feature.&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;Step 1: Generate a Phone Feature List, to find the phones that support Extension Mobility.&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+2&quot;/&gt;
        &lt;source&gt;Service Activation&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;Activates and deactivates the feature services of each server of the cluster.&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;Step 2, Activate the Extension Mobility service: Cisco CallManager, Cisco Tftp and Cisco Extension Mobility, and Cisco Intercluster Lookup Service on the publisher.&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+2&quot;/&gt;
        &lt;source&gt;Control Center - Feature Services&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;Shows whether each feature service runs on a server, and starts, stops or restarts it.&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;After Step 2: check that the services you activated are started.&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+2&quot;/&gt;
        &lt;source&gt;Control Center - Network Services&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;Shows whether each network service (Cisco Tomcat, Cisco Extension Mobility Application…) runs on a server.&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;After Step 2: phones reach Extension Mobility through these services.&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+2&quot;/&gt;
        &lt;source&gt;Phone Services&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;The IP phone services of the cluster, with the URL each one opens.&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;Step 2, Configure the Cisco Extension Mobility phone service: a service whose URL is http://&lt;server&gt;:8080/emapp/EMAppServlet?device=#DEVICENAME#.&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+2&quot;/&gt;
        &lt;source&gt;Device Profile&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;User device profiles: the lines, services and settings a user carries to any phone.&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;Step 2, Create an Extension Mobility device profile for users: Add New, the model and protocol, a directory number, Save, Reset; then subscribe the profile to the Extension Mobility service.&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+2&quot;/&gt;
        &lt;source&gt;End User&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;The users of the cluster: their PIN, primary extension, controlled profiles and groups.&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;Step 2, Associate a device profile to a user: move the profile to Controlled Profiles, and check Home Cluster on the user&apos;s home cluster only.&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+2&quot;/&gt;
        &lt;source&gt;Phone&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;The phones of the cluster, whether they are registered and who is logged in on them.&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;Step 2, Subscribe to Extension Mobility: check Enable Extension Mobility on the phone and subscribe it to the Extension Mobility service.&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+2&quot;/&gt;
        &lt;source&gt;Access Control Group&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;Groups that give users and application users their rights; the standard groups cannot be renamed or deleted.&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;Step 3, Configure roaming for Extension Mobility users: add the users to Standard EM Roaming Across Clusters Super Users.&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+2&quot;/&gt;
        &lt;source&gt;Application User&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;Accounts of applications, such as a client of the Extension Mobility API (group Standard EM Authentication Proxy Rights).&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;Not a step of the task flow: needed only to log users in and out through the EM API.&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+2&quot;/&gt;
        &lt;source&gt;Service Parameters&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;Parameters of a service on a server, with their defaults and ranges: for Cisco Extension Mobility, login times, Multiple Login Behavior, IP address validation.&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;Optional after Step 2: adjust how Extension Mobility behaves.&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+2&quot;/&gt;
        &lt;source&gt;Enterprise Parameters&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;Cluster-wide parameters, such as the Cluster ID.&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;Prerequisite of Step 3: each cluster of the ILS network needs its own Cluster ID.&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+2&quot;/&gt;
        &lt;source&gt;ILS Configuration&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;The cluster&apos;s role in the ILS network (hub or spoke), its hub, and the state of its links.&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;Prerequisite of Step 3: the clusters must form one ILS network for users to roam.&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+14&quot;/&gt;
        &lt;source&gt;Intercluster Extension Mobility Roaming&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+8&quot;/&gt;
        &lt;source&gt;What this page is for:&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+2&quot;/&gt;
        &lt;source&gt;In the task flow:&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+4&quot;/&gt;
        &lt;source&gt;The task flow of Intercluster Extension Mobility Roaming:&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;Generate a Phone Feature List.&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;Configure Extension Mobility: activate the services, configure the phone service, create the device profile, associate it to the user, subscribe.&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;Configure roaming for Extension Mobility users.&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;Do it on the home cluster and on every remote cluster.&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;ParameterCatalog&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../models/catalog/parametercatalog.cpp&quot; line=&quot;+15&quot;/&gt;
        &lt;source&gt;True logs users out automatically after the Intra-cluster Maximum Login Time.&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+2&quot;/&gt;
        &lt;source&gt;Longest local login before automatic logout, as HHH:MM from 0:00 to 168:00 (for example 8:00 or :30).&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+2&quot;/&gt;
        &lt;source&gt;Most login and logout requests processed at once; more are refused with error 26 and counted in Requests Throttled.&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+3&quot;/&gt;
        &lt;source&gt;What happens when a user already logged in on one phone logs in on another phone of this cluster.&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+2&quot;/&gt;
        &lt;source&gt;True allows letters in user IDs; False allows digits only.&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+2&quot;/&gt;
        &lt;source&gt;True fills in the last user&apos;s ID on the login screen.&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+2&quot;/&gt;
        &lt;source&gt;True clears call logs on manual login and logout.&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+2&quot;/&gt;
        &lt;source&gt;True checks the source address of each login and logout request (error 28 when untrusted).&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+2&quot;/&gt;
        &lt;source&gt;Addresses or host names separated by semicolons, at most 1024 characters.&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+2&quot;/&gt;
        &lt;source&gt;False refuses requests that came through a proxy (error 30).&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+2&quot;/&gt;
        &lt;source&gt;Size of the device cache used when Validate IP Address is True.&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+2&quot;/&gt;
        &lt;source&gt;Most learned objects this cluster writes to its database.&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+2&quot;/&gt;
        &lt;source&gt;Identifies the cluster; must be unique in the ILS network.&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+2&quot;/&gt;
        &lt;source&gt;True keeps the phone&apos;s services in its autogenerated logout profile.&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+8&quot;/&gt;
        &lt;source&gt;Enforce Intra-cluster Maximum Login Time&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;Intra-cluster Maximum Login Time&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;Maximum Concurrent Requests&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;Multiple Login Behavior&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;Alphanumeric User ID&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;Remember the Last User Logged In&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;Clear Call Logs on Intra-Cluster EM&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;Validate IP Address&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;Trusted List of IPs&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;Allow Proxy&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;Extension Mobility Cache Size&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;ILS Max Number of Learned Objects in Database&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;Cluster ID&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;Synchronization Between Auto Device Profile and Phone Configuration&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+8&quot;/&gt;
        &lt;source&gt;Multiple Logins Allowed&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;Multiple Logins Not Allowed&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;Auto Logout&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+52&quot;/&gt;
        &lt;source&gt;%1 must be True or False.&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+6&quot;/&gt;
        &lt;source&gt;%1 must be a whole number from %2 to %3.&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+12&quot;/&gt;
        &lt;source&gt;%1 must be one of: %2.&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+6&quot;/&gt;
        &lt;source&gt;%1 must be a time as HHH:MM from 0:00 to 168:00.&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+6&quot;/&gt;
        &lt;source&gt;%1 can be at most %2 characters.&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+3&quot;/&gt;
        &lt;source&gt;%1 is required.&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+5&quot;/&gt;
        &lt;source&gt;Cluster ID may contain only letters, digits, dots, hyphens and underscores.&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;ParametersPage&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../views/admin/parameterspage.ui&quot; line=&quot;+18&quot;/&gt;
        &lt;source&gt;&amp;Save&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+7&quot;/&gt;
        &lt;location filename=&quot;../views/admin/parameterspage.cpp&quot; line=&quot;+186&quot;/&gt;
        &lt;source&gt;Set to Default&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+32&quot;/&gt;
        &lt;source&gt;Select Server and Service&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+6&quot;/&gt;
        &lt;source&gt;Server*:&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+14&quot;/&gt;
        &lt;source&gt;Service*:&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../views/admin/parameterspage.cpp&quot; line=&quot;+0&quot;/&gt;
        &lt;source&gt;Set every parameter on this page to its default value? Save to apply.&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+12&quot;/&gt;
        &lt;source&gt;Service Parameter Configuration&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+0&quot;/&gt;
        &lt;source&gt;Enterprise Parameters Configuration&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;Parameters of %1&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+0&quot;/&gt;
        &lt;source&gt;Enterprise Parameters&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+8&quot;/&gt;
        &lt;source&gt;Minimum: %1 Maximum: %2&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+3&quot;/&gt;
        &lt;source&gt;From 0:00 to %1:00&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;location line=&quot;+3&quot;/&gt;
        &lt;source&gt;At most %n character</numerusform>
            <numerusform>%n clusters in the lab, %1 up; %2.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n cluster in the lab, %1 up; %2.&lt;/numerusform&gt;
            &lt;numerusform&gt;%n clusters in the lab, %1 up; %2.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;location line=&quot;+2&quot;/&gt;
        &lt;source&gt;%n users logged in with Extension Mobility&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n user logged in with Extension Mobility&lt;/numerusform&gt;
            &lt;numerusform&gt;%n users logged in with Extension Mobility&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;PageHelp&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../views/common/pagehelp.cpp&quot; line=&quot;+17&quot;/&gt;
        &lt;source&gt;Lab Overview&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;Every cluster of the lab, whether it is up, and who is logged in with Extension Mobility where (home or roaming).&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;Not a step of the task flow: check here the result of the steps on every cluster.&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+2&quot;/&gt;
        &lt;source&gt;ILS Topology&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;The ILS network drawn as a map: hubs, spokes, their links and the updates travelling between them on the lab clock.&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;Prerequisite of Step 3: roaming users are found through the ILS network, so every cluster must take part in it.&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+2&quot;/&gt;
        &lt;source&gt;Phones&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;Phones of the lab side by side: log in and out with Extension Mobility as a user would, and dial a directory number.&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;After Step 3: a user logs in on a phone of a remote cluster with the same user ID and PIN.&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+2&quot;/&gt;
        &lt;source&gt;Unified CM Phone Feature List&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;A report of the phone models and protocols that support a feature.&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;Step 1: Generate a Phone Feature List, to find the phones that support Extension Mobility.&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+2&quot;/&gt;
        &lt;source&gt;Service Activation&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;Activates and deactivates the feature services of each server of the cluster.&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;Step 2, Activate the Extension Mobility service: Cisco CallManager, Cisco Tftp and Cisco Extension Mobility, and Cisco Intercluster Lookup Service on the publisher.&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+2&quot;/&gt;
        &lt;source&gt;Control Center - Feature Services&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;Shows whether each feature service runs on a server, and starts, stops or restarts it.&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;After Step 2: check that the services you activated are started.&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+2&quot;/&gt;
        &lt;source&gt;Control Center - Network Services&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;Shows whether each network service (Cisco Tomcat, Cisco Extension Mobility Application…) runs on a server.&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;After Step 2: phones reach Extension Mobility through these services.&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+2&quot;/&gt;
        &lt;source&gt;Phone Services&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;The IP phone services of the cluster, with the URL each one opens.&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;Step 2, Configure the Cisco Extension Mobility phone service: a service whose URL is http://&lt;server&gt;:8080/emapp/EMAppServlet?device=#DEVICENAME#.&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+2&quot;/&gt;
        &lt;source&gt;Device Profile&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;User device profiles: the lines, services and settings a user carries to any phone.&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;Step 2, Create an Extension Mobility device profile for users: Add New, the model and protocol, a directory number, Save, Reset; then subscribe the profile to the Extension Mobility service.&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+2&quot;/&gt;
        &lt;source&gt;End User&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;The users of the cluster: their PIN, primary extension, controlled profiles and groups.&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;Step 2, Associate a device profile to a user: move the profile to Controlled Profiles, and check Home Cluster on the user&apos;s home cluster only.&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+2&quot;/&gt;
        &lt;source&gt;Phone&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;The phones of the cluster, whether they are registered and who is logged in on them.&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;Step 2, Subscribe to Extension Mobility: check Enable Extension Mobility on the phone and subscribe it to the Extension Mobility service.&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+2&quot;/&gt;
        &lt;source&gt;Access Control Group&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;Groups that give users and application users their rights; the standard groups cannot be renamed or deleted.&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;Step 3, Configure roaming for Extension Mobility users: add the users to Standard EM Roaming Across Clusters Super Users.&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+2&quot;/&gt;
        &lt;source&gt;Application User&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;Accounts of applications, such as a client of the Extension Mobility API (group Standard EM Authentication Proxy Rights).&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;Not a step of the task flow: needed only to log users in and out through the EM API.&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+2&quot;/&gt;
        &lt;source&gt;Service Parameters&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;Parameters of a service on a server, with their defaults and ranges: for Cisco Extension Mobility, login times, Multiple Login Behavior, IP address validation.&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;Optional after Step 2: adjust how Extension Mobility behaves.&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+2&quot;/&gt;
        &lt;source&gt;Enterprise Parameters&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;Cluster-wide parameters, such as the Cluster ID.&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;Prerequisite of Step 3: each cluster of the ILS network needs its own Cluster ID.&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+2&quot;/&gt;
        &lt;source&gt;ILS Configuration&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;The cluster&apos;s role in the ILS network (hub or spoke), its hub, and the state of its links.&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;Prerequisite of Step 3: the clusters must form one ILS network for users to roam.&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+14&quot;/&gt;
        &lt;source&gt;Intercluster Extension Mobility Roaming&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+8&quot;/&gt;
        &lt;source&gt;What this page is for:&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+2&quot;/&gt;
        &lt;source&gt;In the task flow:&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+4&quot;/&gt;
        &lt;source&gt;The task flow of Intercluster Extension Mobility Roaming:&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;Generate a Phone Feature List.&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;Configure Extension Mobility: activate the services, configure the phone service, create the device profile, associate it to the user, subscribe.&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;Configure roaming for Extension Mobility users.&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;Do it on the home cluster and on every remote cluster.&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;ParameterCatalog&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../models/catalog/parametercatalog.cpp&quot; line=&quot;+15&quot;/&gt;
        &lt;source&gt;True logs users out automatically after the Intra-cluster Maximum Login Time.&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+2&quot;/&gt;
        &lt;source&gt;Longest local login before automatic logout, as HHH:MM from 0:00 to 168:00 (for example 8:00 or :30).&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+2&quot;/&gt;
        &lt;source&gt;Most login and logout requests processed at once; more are refused with error 26 and counted in Requests Throttled.&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+3&quot;/&gt;
        &lt;source&gt;What happens when a user already logged in on one phone logs in on another phone of this cluster.&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+2&quot;/&gt;
        &lt;source&gt;True allows letters in user IDs; False allows digits only.&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+2&quot;/&gt;
        &lt;source&gt;True fills in the last user&apos;s ID on the login screen.&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+2&quot;/&gt;
        &lt;source&gt;True clears call logs on manual login and logout.&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+2&quot;/&gt;
        &lt;source&gt;True checks the source address of each login and logout request (error 28 when untrusted).&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+2&quot;/&gt;
        &lt;source&gt;Addresses or host names separated by semicolons, at most 1024 characters.&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+2&quot;/&gt;
        &lt;source&gt;False refuses requests that came through a proxy (error 30).&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+2&quot;/&gt;
        &lt;source&gt;Size of the device cache used when Validate IP Address is True.&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+2&quot;/&gt;
        &lt;source&gt;Most learned objects this cluster writes to its database.&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+2&quot;/&gt;
        &lt;source&gt;Identifies the cluster; must be unique in the ILS network.&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+2&quot;/&gt;
        &lt;source&gt;True keeps the phone&apos;s services in its autogenerated logout profile.&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+8&quot;/&gt;
        &lt;source&gt;Enforce Intra-cluster Maximum Login Time&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;Intra-cluster Maximum Login Time&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;Maximum Concurrent Requests&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;Multiple Login Behavior&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;Alphanumeric User ID&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;Remember the Last User Logged In&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;Clear Call Logs on Intra-Cluster EM&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;Validate IP Address&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;Trusted List of IPs&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;Allow Proxy&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;Extension Mobility Cache Size&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;ILS Max Number of Learned Objects in Database&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;Cluster ID&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;Synchronization Between Auto Device Profile and Phone Configuration&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+8&quot;/&gt;
        &lt;source&gt;Multiple Logins Allowed&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;Multiple Logins Not Allowed&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;Auto Logout&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+52&quot;/&gt;
        &lt;source&gt;%1 must be True or False.&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+6&quot;/&gt;
        &lt;source&gt;%1 must be a whole number from %2 to %3.&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+12&quot;/&gt;
        &lt;source&gt;%1 must be one of: %2.&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+6&quot;/&gt;
        &lt;source&gt;%1 must be a time as HHH:MM from 0:00 to 168:00.&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+6&quot;/&gt;
        &lt;source&gt;%1 can be at most %2 characters.&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+3&quot;/&gt;
        &lt;source&gt;%1 is required.&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+5&quot;/&gt;
        &lt;source&gt;Cluster ID may contain only letters, digits, dots, hyphens and underscores.&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;ParametersPage&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../views/admin/parameterspage.ui&quot; line=&quot;+18&quot;/&gt;
        &lt;source&gt;&amp;Save&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+7&quot;/&gt;
        &lt;location filename=&quot;../views/admin/parameterspage.cpp&quot; line=&quot;+186&quot;/&gt;
        &lt;source&gt;Set to Default&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+32&quot;/&gt;
        &lt;source&gt;Select Server and Service&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+6&quot;/&gt;
        &lt;source&gt;Server*:&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+14&quot;/&gt;
        &lt;source&gt;Service*:&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../views/admin/parameterspage.cpp&quot; line=&quot;+0&quot;/&gt;
        &lt;source&gt;Set every parameter on this page to its default value? Save to apply.&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+12&quot;/&gt;
        &lt;source&gt;Service Parameter Configuration&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+0&quot;/&gt;
        &lt;source&gt;Enterprise Parameters Configuration&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;Parameters of %1&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+0&quot;/&gt;
        &lt;source&gt;Enterprise Parameters&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+8&quot;/&gt;
        &lt;source&gt;Minimum: %1 Maximum: %2&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+3&quot;/&gt;
        &lt;source&gt;From 0:00 to %1:00&lt;/source&gt;
        &lt;translation type=&quot;unfinished&quot;&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;location line=&quot;+3&quot;/&gt;
        &lt;source&gt;At most %n characters</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Default: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneAgent</name>
    <message>
        <location filename="../models/phone/phoneagent.cpp" line="+71"/>
        <source>Host Not Found</source>
        <extracomment>what a Cisco phone shows when the services URL&apos;s host does not answer</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP Error (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>XML Error</source>
        <extracomment>what a Cisco phone shows for an answer that is not a CiscoIPPhone object it can display</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneEmulator</name>
    <message>
        <location filename="../views/phone/phoneemulator.cpp" line="+24"/>
        <source>Extension Mobility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Primary Extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-Service User ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter User ID and PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter Primary Extension and PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter Self-Service ID and PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logout?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+278"/>
        <source>Directories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-277"/>
        <location line="+277"/>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-276"/>
        <source>Select a service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No services configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+205"/>
        <source>Enter number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>via %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Incoming call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ringing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+128"/>
        <source>Line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Soft key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Soft key %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-248"/>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-171"/>
        <source>Select a device profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+413"/>
        <source>Select</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-411"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+279"/>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-271"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+293"/>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+27"/>
        <source>End Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-174"/>
        <source>Resetting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restarting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Registered on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registering…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unregistered: %1 is down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+66"/>
        <source>No user logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Decline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Redial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-223"/>
        <source>Call failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneFeatureListPage</name>
    <message>
        <location filename="../views/admin/phonefeaturelistpage.ui" line="+18"/>
        <source>Generate New Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Report Criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Product:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Feature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/admin/phonefeaturelistpage.cpp" line="+51"/>
        <source>Unified CM Phone Feature List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click Generate New Report, choose the Product and the feature, then Submit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1: %2 of %n model/protocol combination(s) support it.</source>
        <translation>
            <numerusform>%1: %2 of %n model/protocol combination supports it.</numerusform>
            <numerusform>%1: %2 of %n model/protocol combinations support it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhoneFeatureTableModel</name>
    <message>
        <location filename="../models/items/phonefeaturetablemodel.cpp" line="+65"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not documented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneServiceTableModel</name>
    <message>
        <location filename="../models/items/phoneservicetablemodel.cpp" line="+16"/>
        <source>Service Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enterprise Subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneServicesPage</name>
    <message>
        <location filename="../views/admin/phoneservicespage.ui" line="+54"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy to Clusters...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete from Clusters...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Back To Find/List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Service Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Service Name*:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>ASCII Service Name*:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Service Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Service URL*:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Secure-Service URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Service Category*:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Service Type*:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enterprise Subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/admin/phoneservicespage.cpp" line="+19"/>
        <source>Find and List IP Phone Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find IP Phone Services where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+85"/>
        <source>IP Phone Services Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>XML Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Java MIDlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard IP Phone Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provisions the service to every phone and device profile; it can be set only now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enterprise Subscription can be set only when the service is added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>http://&lt;IP Address&gt;:8080/emapp/EMAppServlet?device=#DEVICENAME#</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhonesPage</name>
    <message>
        <location filename="../views/phone/phonespage.cpp" line="+285"/>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick up to %1 phones in the phone list to use them side by side. Press Services to log in or out with Extension Mobility; dial a directory number on the keypad to place a call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show or hide the list of the lab&apos;s phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/main.cpp" line="+105"/>
        <source>EMRoam Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--listen needs an IP address, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warning: listening on %1. Phones and API clients then send user IDs and PINs across the network in clear text (plain HTTP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>There is no page %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadinessPage</name>
    <message>
        <location filename="../views/readiness/readinesspage.cpp" line="+90"/>
        <source>Why it matters: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the page that fixes this on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fix...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy what is missing from %1 (a preview comes first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ready: nothing found. Super users checked: %1; clusters: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n problem(s) found. Super users checked: %1; clusters: %2.</source>
        <translation>
            <numerusform>%n problem found. Super users checked: %1; clusters: %2.</numerusform>
            <numerusform>%n problems found. Super users checked: %1; clusters: %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Roaming Readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What keeps a super user from roaming: for every member of Standard EM Roaming Across Clusters Super Users and every cluster, the user, the group and a device profile on each cluster, one home cluster, a uniform dial plan, the services and ILS, the Extension Mobility phone service and its subscriptions, and the Unified CM release. The same report: emroam --check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Registrar</name>
    <message>
        <location filename="../models/mobility/registrar.cpp" line="+37"/>
        <source>%1 registered with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 unregistered: Cisco CallManager of %2 is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 was reset and registered again with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was reset and cannot register: Cisco CallManager of %2 is not running.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoamingReadiness</name>
    <message>
        <location filename="../models/provisioning/roamingreadiness.cpp" line="+21"/>
        <source>Device profiles and user information must be synchronized on every cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Super user information must be shared on every cluster, whichever cluster the user logs in to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Associate the device profile with the user so that the user can access their settings from another phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The home cluster is the cluster where the user&apos;s settings, such as the user device profile and the dial plan, are stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A uniform dial plan is required across the ILS network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Cisco Extension Mobility service must be running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Intercluster Lookup Service must be running. To activate the ILS service, select the publisher node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ILS network must be configured, because ILS replicates user and login information between clusters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The format is http://&lt;IP Address&gt;:8080/emapp/EMAppServlet?device=#DEVICENAME#. The IP address is that of a Unified Communications Manager where Cisco Extension Mobility is activated and running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subscribe IP phones and device profiles to the Extension Mobility service so that users can log in to Extension Mobility, use it and log out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deploying Intercluster Extension Mobility Roaming requires Cisco Unified Communications Manager Release 12.0(1)SU1 or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The URL of phone service %1 does not name #DEVICENAME#: EMApp cannot tell which phone asks (error 207).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The URL of phone service %1 names no server of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The URL of phone service %1 points to %2, where Cisco Extension Mobility Application is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 runs Unified CM %2: it takes no roaming logins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cisco Extension Mobility is not running on any server of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cisco Intercluster Lookup Service is not activated on the publisher %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 does not take part in the ILS network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is a spoke of %2, which is not a cluster of the lab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is a spoke of %2, which is not a hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 has no phone service whose URL points to EMApp (/emapp/EMAppServlet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Phone %1 has Extension Mobility enabled but does not subscribe to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Home Cluster is checked for %1 on no cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Home Cluster is checked for %1 on %2 and also on %3: it must be checked on exactly one cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is not an end user of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a member of Standard EM Roaming Across Clusters Super Users on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 controls no device profile on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Device profile %1 of %2 does not subscribe to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Directory Number %1 of %2 is also the DN of %3 on %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceActivationPage</name>
    <message>
        <location filename="../views/admin/serviceactivationpage.ui" line="+18"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Check All Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Select Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Server*:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/admin/serviceactivationpage.cpp" line="+118"/>
        <location line="+17"/>
        <source>Service Activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Service Activation will take a while to complete. Click OK to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Service Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Activation Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Only on the publisher (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Activated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deactivated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceCatalog</name>
    <message>
        <location filename="../models/catalog/servicecatalog.cpp" line="+6"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+1"/>
        <source>CM Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Platform Services</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceStatusTableModel</name>
    <message>
        <location filename="../models/items/servicestatustablemodel.cpp" line="+86"/>
        <source>Server down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started</source>
        <extracomment>Control Center&apos;s Status column: a state (稼働中 / 停止中), not the Start/Stop buttons</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Activated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Service Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activation Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SimulationPanel</name>
    <message>
        <location filename="../views/simulation/simulationpanel.cpp" line="+224"/>
        <location line="+63"/>
        <source>Done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-49"/>
        <source>waits</source>
        <extracomment>a simulation entry with no time: it happens once a cluster can receive again</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>in %1 s</source>
        <extracomment>lab time until it happens, e.g. &quot;in 0.2 s&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Deferred logout: %1 logs %2 out when the ILS update from %3 arrives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deferred logout: %1 logs %2 out once the newer login reaches it through ILS</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n ILS update(s) from %1 to %2 wait until both take part in ILS</source>
        <translation>
            <numerusform>%n ILS update from %1 to %2 waits until both take part in ILS</numerusform>
            <numerusform>%n ILS updates from %1 to %2 wait until both take part in ILS</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n ILS update(s) from %1 reach %2</source>
        <translation>
            <numerusform>%n ILS update from %1 reaches %2</numerusform>
            <numerusform>%n ILS updates from %1 reach %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ILS: %1 advertises its configuration changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extension Mobility on %1 answers the request from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extension Mobility on %1 answers %2&apos;s request from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Intra-cluster Maximum Login Time: %1 is logged out of %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exclusiveDuration ends: %1 is logged out of %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 stops ringing: nobody answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 finishes restarting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another lab task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Simulation: the lab clock is paused. What happens next, in order; select an entry to see it on the map, Step to make it happen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What happens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume Clock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoryScript</name>
    <message>
        <location filename="../models/script/storystepper.cpp" line="+31"/>
        <source>The roaming story: Bob roams when his home cluster goes down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kally dials Bob: Cluster3 routes the call to Cluster1, where Bob is logged in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The call goes from the spoke Cluster3 to Bob&apos;s home cluster Cluster1; Bob&apos;s phone rings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bob answers; after a short talk, Kally hangs up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing has moved yet: Bob is at home on Cluster1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bob&apos;s home cluster goes down: his phone unregisters, calls to him fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster1 turns grey and Bob&apos;s phone loses its registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kally calls Bob again: the call fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster3 still routes Bob&apos;s number to Cluster1, which is down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bob, a roaming super user, logs in with Extension Mobility on a phone of Cluster2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The phone restarts with Bob&apos;s device profile: it now shows his line 1000001.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ILS publishes the new location; once it has settled, Kally&apos;s call rings on Cluster2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The call now goes from Cluster3 to Cluster2, where Bob roams.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster1 comes back, learns Bob&apos;s newer login and logs him out there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bob is logged in on one cluster only: Cluster2. His home phone is free again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dave on Cluster4, a spoke of Cluster1, calls Bob: the call reaches him on Cluster2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster4 learned Bob&apos;s new location through its hub once Cluster1 was back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hub-down limit: a spoke learns nothing while its hub is down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster1 goes down. It is the hub of Cluster4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster4 itself is up, but its only ILS link goes through Cluster1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bob logs in with Extension Mobility on a phone of Cluster2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The phone restarts with Bob&apos;s device profile and his line 1000001.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ILS carries Bob&apos;s new location to every cluster it can reach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster3 learns it; Cluster4 still believes Bob is on Cluster1, because its hub is down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dave on Cluster4 calls Bob: the call fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster4 routes the call to where it last heard Bob was: Cluster1, which is down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster1 comes back and ILS catches up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Once its hub is back, Cluster4 learns Bob&apos;s new location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dave calls Bob again: the call reaches him on Cluster2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The call goes from Cluster4 to Cluster2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Multiple Login Behavior: Multiple Logins Not Allowed against Auto Logout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bob is logged in on his phone of Cluster1. Multiple Login Behavior is Multiple Logins Not Allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is the parameter&apos;s default value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bob logs in on a second phone of Cluster1: the login is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The phone shows error 25: Bob stays logged in on his first phone only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The administrator sets Multiple Login Behavior to Auto Logout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cisco Extension Mobility&apos;s service parameter, on Cluster1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bob logs in on the second phone again: it works, and his first phone logs him out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With Auto Logout the newer login wins: the first phone is free again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bob roams to a phone of Cluster4: Cluster1 logs him out once ILS tells it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Across clusters a super user is never logged in twice, whatever Multiple Login Behavior says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Throttling under a burst: error 26 Busy Please Try Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster2 gets two more phones with Extension Mobility, ready for a burst of logins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Four phones of Cluster2 can now log in and out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster2 handles at most two login or logout requests at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum Concurrent Requests is a Cisco Extension Mobility service parameter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A burst: four phones of Cluster2 send their requests at the same moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests In Progress reaches the limit of two; the requests beyond it are refused at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two requests succeed; the two others get error 26 Busy Please Try Again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests Throttled counts the two refused requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The resolution: fewer requests at a time. The two refused phones try again, one after the other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spread out, the same requests all succeed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubscribeServicesDialog</name>
    <message>
        <location filename="../views/admin/subscribeservicesdialog.ui" line="+6"/>
        <source>Subscribe/Unsubscribe Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Select a Service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Service Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Subscribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Subscribed Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unsubscribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/admin/subscribeservicesdialog.cpp" line="+100"/>
        <source>Subscribed IP phone services of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update successful</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopologyPage</name>
    <message>
        <location filename="../views/topology/topologypage.cpp" line="+175"/>
        <source>ILS Topology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Export Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Map exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zoom In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Map...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show every hop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>While an ILS update travels, the lab clock slows down so that each hop stays on screen for at least 0.7 s; lab times are unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Simulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause the lab clock and list what happens next; Step makes it happen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slow motion: an ILS hop is on its way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Double ring: hub, single: spoke. Green: up; light green: a node down; orange: out of ILS; grey: down. Blue dots: ILS updates (the clock slows so each hop shows 0.7 s; lab times unchanged). Arrows: calls (amber ringing, green connected, red failed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Double ring: hub; single ring: spoke; red dotted ring: a spoke cut off because its hub is out of ILS. Green: up; light green: a node is down; orange: up but not taking part in ILS; grey: down. Blue dots are ILS updates on their way: with &quot;Show every hop&quot; the lab clock slows down while one travels, so each hop stays on screen at least 0.7 s (lab times in the event log do not change). Arrows are calls: amber ringing, green connected, red failed. Badges are users logged in there; a red dashed badge is a logout the cluster owes. Drag a cluster to move it, the background to pan, the wheel to zoom; right-click a cluster for its actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Selected: %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n ILS update(s) pending in the network.</source>
        <translation>
            <numerusform>%n ILS update pending in the network.</numerusform>
            <numerusform>%n ILS updates pending in the network.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TopologyView</name>
    <message>
        <location filename="../views/topology/topologyview.cpp" line="+333"/>
        <location line="+320"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-319"/>
        <source>%1: %2; it logs %3 out once it learns the newer login elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its hub %1 does not take part in ILS: no update reaches %2 or leaves it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>%n ILS update(s) from %1 to %2</source>
        <translation>
            <numerusform>%n ILS update from %1 to %2</numerusform>
            <numerusform>%n ILS updates from %1 to %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%n waiting</source>
        <extracomment>a marker at the end of an ILS link: &quot;3 waiting&quot;</extracomment>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n ILS update(s) from %1 to %2 wait until both take part in ILS</source>
        <translation>
            <numerusform>%n ILS update from %1 to %2 waits until both take part in ILS</numerusform>
            <numerusform>%n ILS updates from %1 to %2 wait until both take part in ILS</numerusform>
        </translation>
    </message>
    <message>
        <location line="+148"/>
        <source>%1 ringing</source>
        <extracomment>a call drawn on the map: the dialled number, then its state</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cluster down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>stale location</source>
        <extracomment>the calling cluster still believes the number is where it was (ILS has not told it yet)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 failed: %2</source>
        <extracomment>a failed call drawn on the map: &quot;2000001 failed: stale location&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Administer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Take %1 Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bring %1 Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <source>%1 is up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+7"/>
        <source>%1 is down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Stop Node %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start Node %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stop Cisco Intercluster Lookup Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start Cisco Intercluster Lookup Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ILS stopped on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ILS started on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+78"/>
        <location line="+31"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-22"/>
        <source>ILS Topology</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TroubleshootingEntry</name>
    <message>
        <location filename="../models/troubleshooting/troubleshootingentry.cpp" line="+12"/>
        <source>Authentication Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“Error 201 Authentication Error” appears on the phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make sure that the correct user ID and PIN are entered. Also check with the system administrator that the user ID and PIN are correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The phone opens Services › Extension Mobility and submits the user ID with a wrong PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The administrator checks the user ID and PIN (and unlocks the PIN if wrong tries locked it); the phone logs in with the right ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blank User ID or PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“Error 202 Blank User ID or PIN” appears on the phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a valid user ID and PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The phone opens Services › Extension Mobility and submits the user ID with the PIN left blank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The phone logs in with a valid user ID and PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Busy Please Try Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“Error 26 Busy Please Try Again” appears on the phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check whether the number of concurrent login/logout requests is greater than the Maximum Concurrent requests service parameter. If it is, reduce the number of concurrent requests.

Note: To check the number of concurrent login/logout requests, use the Cisco Unified Real-Time Monitoring Tool to view the Requests In Progress counter in the Extension Mobility object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maximum Concurrent Requests is lowered to 1; an EM API client sends logins from the cluster&apos;s other phone at the moment this phone submits its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum Concurrent Requests goes back to 5 and the phone logs in with no other request in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“Error 6 Database Error” appears on the phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check whether a large number of requests exists. If so, the Requests In Progress counter of the Extension Mobility object shows a high value. If requests were rejected because of a large number of concurrent requests, the Requests Throttled counter also shows a high value. Collect detailed database logs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cluster&apos;s database fails every request (a trainer&apos;s fault); the phone tries to log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database fault is cleared and the phone logs in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dev Logon Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“Error 22 Dev Logon Disabled” appears on the phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the Phone Configuration window (Device &gt; Phone), make sure that the Enable Extension Mobility check box is checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enable Extension Mobility is unchecked on the phone; the phone tries to log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enable Extension Mobility is checked on the phone and the phone logs in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device Name Empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“Error 207 Device Name Empty” appears on the phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make sure that the URL configured for Cisco Extension Mobility is correct. For details, see the related topic.

Related topic: Configure the Cisco Extension Mobility Phone Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Extension Mobility phone service&apos;s URL loses ?device=#DEVICENAME#; the phone tries to log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The service URL is http://&lt;server&gt;:8080/emapp/EMAppServlet?device=#DEVICENAME# again and the phone logs in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EM Service Connection Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“Error 208 EM Service Connection Error” appears on the phone. (The Japanese guide numbers it 207; Cisco&apos;s table of codes and this lab use 208.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In Cisco Unified Serviceability, choose Tools &gt; Control Center—Feature Services and make sure that the Cisco Extension Mobility service is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cisco Extension Mobility is stopped on every server of the cluster; the phone tries to log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cisco Extension Mobility is started in Control Center—Feature Services and the phone logs in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host Not Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The error message “Host Not Found” appears on the phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In Cisco Unified Serviceability, choose Tools &gt; Control Center—Network Services and make sure that the Cisco Tomcat service is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cisco Tomcat is stopped on every server of the cluster; the phone presses Services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cisco Tomcat is started in Control Center—Network Services and the phone logs in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP Error (503) on the Services button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>HTTP Error (503) appears on the phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-4"/>
        <source>If this error appears when you press the Services button, choose Tools &gt; Control Center—Network Services in Cisco Unified Serviceability and make sure that the Cisco IP Phone Services service is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cisco IP Phone Services is stopped on every server of the cluster; the phone presses Services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cisco IP Phone Services is started in Control Center—Network Services and the phone logs in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP Error (503) on selecting Extension Mobility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If this error appears when you select the Extension Mobility service, choose Tools &gt; Control Center—Network Services in Cisco Unified Serviceability and make sure that the Cisco Extension Mobility Application service is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cisco Extension Mobility Application is stopped on every server of the cluster; the phone presses Services and selects Extension Mobility.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cisco Extension Mobility Application is started in Control Center—Network Services and the phone logs in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone Resets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After a user logs in or logs out, the phone resets instead of restarting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reset is probably caused by a locale change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No action is needed. If the user locale associated with the user or profile logging in differs from the locale of the device, the phone restarts after a successful login and then resets. This pattern occurs because the phone configuration file is rebuilt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The user&apos;s User Locale becomes different from the phone&apos;s Device Locale; the phone logs in and resets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing is wrong. To see a plain restart, the user&apos;s locale is set to the phone&apos;s and the phone logs in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone Services Unavailable After Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After logging in, the phone services are not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The problem occurs because the user profile had no services associated with it when it was loaded on the phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>- Make sure that the user profile includes the Cisco Extension Mobility service.
- Change the configuration of the phone the user logs in to so that it includes Cisco Extension Mobility. After the phone is updated, the user can access the phone services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The user&apos;s device profile is unsubscribed from the Extension Mobility service; the phone logs in and presses Services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The device profile is subscribed to Extension Mobility again; the phone logs out from its Services menu and logs in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone Services Unavailable After Logout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After the user logs out and the phone reverts to the default device profile, the phone services are no longer available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>- Make sure that the Synchronization Between Auto Device Profile and Phone Configuration enterprise parameter is set to True.
- Subscribe the phone to the Cisco Extension Mobility service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The user is logged in on the phone; Synchronization Between Auto Device Profile and Phone Configuration is set to False; the phone logs out and presses Services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The enterprise parameter is set to True, the phone is subscribed to Extension Mobility, and the phone logs in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User Logged in Elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“Error 25 User Logged in Elsewhere” appears on the phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check whether the user is logged in to another phone. If multiple logins must be allowed, make sure that the Multiple Login Behavior service parameter is set to Multiple Logins Allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The user is logged in on the cluster&apos;s other phone while Multiple Login Behavior is Multiple Logins Not Allowed; this phone tries to log the same user in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Multiple Login Behavior is set to Multiple Logins Allowed and the phone logs the user in (the other login stays).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User Profile Absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“Error 205 User Profile Absent” appears on the phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Associate a device profile with the user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The user&apos;s Controlled Profiles are removed; the phone tries to log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The user&apos;s device profile is associated again (Controlled Profiles and Default Profile) and the phone logs in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TroubleshootingLab</name>
    <message>
        <location filename="../models/troubleshooting/troubleshootinglab.cpp" line="+108"/>
        <source>The lab has no cluster %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose an entry of the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+20"/>
        <source>%1 has no phone %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-9"/>
        <source>%1 has no end user whose home cluster it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 needs a second phone for the user to be logged in elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+274"/>
        <source>The cause could not be applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The fix could not be applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TroubleshootingPage</name>
    <message>
        <location filename="../views/troubleshooting/troubleshootingpage.cpp" line="+264"/>
        <source>Troubleshooting Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set Up causes the entry on the cluster and the phone shows the symptom; Fix applies the resolution and the phone logs in; Reset Cluster puts the cluster back as the demo lab has it. Set Up first resolves the entry set up before it, so entries can be taken in any order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cl&amp;uster:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Set Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply the cause on the cluster and drive the phone to the symptom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;ix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply the resolution and log in on the phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reset Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the cluster back as the demo lab has it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Possible cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In this lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set Up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The phone logs in %1 (PIN %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Host Not Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP Error (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>XML Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a Services menu without Extension Mobility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a reset instead of a restart after the login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>error %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a login or logout that worked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no answer from Extension Mobility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose an entry, a cluster and one of its phones, then press Set Up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Setting up “%1” on %2 — watch %3. %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixing “%1” on %2 — watch %3. %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The lab clock is paused: the phone waits until it runs again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 shows the symptom: %2. The resolution is above; press Fix to apply it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fixed: %1 is logged in on %2 and the phone works (it reset).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixed: %1 is logged in on %2 and the phone works (it restarted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 did not show the symptom; it showed %2. Press Reset Cluster and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The login on %1 still fails after the fix: %2. Press Reset Cluster and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is back to the demo state: its services run, its parameters are at their defaults and the demo users are logged in as at the start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
